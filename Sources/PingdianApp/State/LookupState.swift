import DictionaryFormat

/// A dictionary the reader looks words up in (`K`): the bundled CC-CEDICT, given by the runtime
/// (Docs/dictionary.md).
public protocol WordDictionary: Sendable {
    /// The headwords starting at `offset` of `scalars`, longest first, or the single characters
    /// of `word` (the word the place is in) when none does.
    func lookUp(_ scalars: [Unicode.Scalar], at offset: Int, word: Range<Int>) -> DictionaryLookup
    /// A phrase (a selection): itself when a headword, else its parts.
    func lookUp(phrase: String) -> DictionaryLookup
    /// Word boundaries for moving by word: ICU's `icu` (sorted offsets into `scalars`), joined where
    /// the dictionary has a word made of them.
    func wordBoundaries(_ scalars: ArraySlice<Unicode.Scalar>, icu: [Int]) -> [Int]
}

/// The word looked up (`K`) and what the dictionary says of it, shown in the pane.
public struct LookupState: Hashable, Sendable {
    /// The words looked up, in the text.
    public var range: Range<Int>
    /// What the dictionary says.
    public var result: DictionaryLookup
    /// Rows of the pane's page scrolled past.
    public var scroll = 0

    public init(range: Range<Int>, result: DictionaryLookup) {
        self.range = range
        self.result = result
    }
}
