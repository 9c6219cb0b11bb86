import Foundation

/// JSON as pingdian writes its files and exports: pretty-printed, keys sorted, slashes unescaped,
/// empty arrays as `[]` and a final newline, so that the same value always gives the same bytes.
enum StableJSON {
    /// The bytes of `value`; empty when it cannot be encoded (pingdian's values always can).
    static func bytes(of value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return [] }
        // A newline inside a string is escaped, so a bare one between brackets is layout only.
        let text = String(decoding: data, as: UTF8.self).replacing(/\[\n\s*\]/, with: "[]")
        return Array(text.utf8) + [0x0A]
    }
}
