/// What to search for: the text as typed and its folded form (Docs/search.md).
public struct SearchQuery: Hashable, Sendable {
    /// The query as typed.
    public let text: String
    /// The folded scalars, never empty.
    let folded: [UInt32]

    /// A query for `text`; nil when nothing is left after folding (empty, or only newlines).
    public init?(_ text: String) {
        let folded = SearchFolding.fold(text.unicodeScalars)
        guard !folded.isEmpty else { return nil }
        self.text = text
        self.folded = folded
    }
}
