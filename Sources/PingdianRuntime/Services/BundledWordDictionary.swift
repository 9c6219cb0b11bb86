import DictionaryFormat
import PingdianApp
import PingdianDictionary

/// The bundled CC-CEDICT for `K` (Docs/dictionary.md): nothing is done at opening; the first
/// lookup inflates the index (``BundledDictionary/index``), later ones search it in place.
struct BundledWordDictionary: WordDictionary {
    func lookUp(_ scalars: [Unicode.Scalar], at offset: Int, word: Range<Int>) -> DictionaryLookup {
        guard let index = BundledDictionary.index else { return DictionaryLookup(phrase: "", kind: .characters, words: []) }
        return index.lookUp(scalars, at: offset, word: word)
    }

    func wordBoundaries(_ scalars: ArraySlice<Unicode.Scalar>, icu: [Int]) -> [Int] {
        BundledDictionary.index?.wordBoundaries(scalars, icu: icu) ?? icu
    }

    func lookUp(phrase: String) -> DictionaryLookup {
        guard let index = BundledDictionary.index else { return DictionaryLookup(phrase: phrase, kind: .characters, words: []) }
        return index.lookUp(phrase: phrase)
    }
}
