import CZlib
import DictionaryFormat
import PingdianDictionaryData

/// CC-CEDICT as the binary carries it (Texts/cedict, Docs/dictionary.md): the index is inflated
/// the first time it is asked for — the first lookup's cost — and kept.
public enum BundledDictionary {
    /// The dictionary's index; nil when it cannot be inflated (a build without the data).
    public static let index: DictionaryIndex? = {
        let compressed = BundledDictionaryData.compressedIndex
        guard !compressed.isEmpty else { return nil }
        var size = uLong(BundledDictionaryData.indexSize)
        var inflated = [UInt8](repeating: 0, count: Int(size))
        let status = inflated.withUnsafeMutableBytes { output in
            compressed.withUnsafeBytes { input in
                uncompress(output.baseAddress!.assumingMemoryBound(to: Bytef.self), &size,
                           input.baseAddress!.assumingMemoryBound(to: Bytef.self), uLong(compressed.count))
            }
        }
        guard status == Z_OK, Int(size) == inflated.count else { return nil }
        return DictionaryIndex(bytes: inflated)
    }()

    /// The number of entries the dictionary has (without inflating it).
    public static var entryCount: Int { BundledDictionaryData.entryCount }
}
