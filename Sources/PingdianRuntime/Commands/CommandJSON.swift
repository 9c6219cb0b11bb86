import Foundation

/// The JSON the commands print: pretty, keys sorted, slashes unescaped.
enum CommandJSON {
    /// `value` encoded, or nil when it cannot be.
    static func data(_ value: some Encodable) -> Data? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try? encoder.encode(value)
    }

    /// A JSON array of `entries` with a final newline, an empty one as `[]`.
    static func array(_ entries: [some Encodable]) -> String {
        text(entries, empty: "[]")
    }

    /// `value` as JSON with a final newline, empty arrays inside it as `[]`; `empty` when it
    /// cannot be encoded.
    static func text(_ value: some Encodable, empty: String = "{}") -> String {
        let data = data(value) ?? Data(empty.utf8)
        // A newline inside a string is escaped, so a bare one between brackets is layout only.
        return String(decoding: data, as: UTF8.self).replacing(/\[\n\s*\]/, with: "[]") + "\n"
    }
}
