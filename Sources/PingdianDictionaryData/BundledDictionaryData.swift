import Foundation

/// CC-CEDICT (Texts/cedict), compiled into the binary at build time: its index compressed with
/// zlib, in base64 (the EmbedDictionary plugin writes the rest of this type; Docs/dictionary.md).
public enum BundledDictionaryData {
    /// The compressed index's bytes (decoded from base64 each time it is asked for: ask once).
    public static var compressedIndex: [UInt8] {
        Data(base64Encoded: compressedBase64).map { [UInt8]($0) } ?? []
    }
}
