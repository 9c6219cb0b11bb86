import PingdianCore

/// What the reader needs from a text search: the core's `TextSearch` folds Traditional and
/// Simplified characters, full- and half-width forms, case and line breaks, and maps matches
/// back to the original offsets.
public protocol SearchEngine: Sendable {
    /// The first match of `query` starting after `offset` (forward) or before it (backward).
    func nextMatch(of query: String, from offset: Int, forward: Bool) -> Range<Int>?
    /// The matches of `query` that lie within `range`, for highlighting.
    func matches(of query: String, in range: Range<Int>) -> [Range<Int>]
    /// Whether `query` matches somewhere in `text` (quotes and notes of annotations).
    func textMatches(_ query: String, in text: String) -> Bool
}

/// The search prompt while it is open (`/`).
public struct SearchPrompt: Hashable, Sendable {
    /// What has been typed (without the leading `/`).
    public var query = ""
    /// Where the cursor and the view were when the search started: Esc goes back there.
    public var originCursor: Int
    public var originTop: RowPosition

    /// Whether the query searches the annotations (it starts with `@`) rather than the text.
    public var searchesAnnotations: Bool { query.hasPrefix("@") }
    /// The query without the `@` of an annotation search.
    public var terms: String { searchesAnnotations ? String(query.dropFirst()) : query }
}

/// How many matches the last search has, counted off the key path.
public struct MatchCount: Hashable, Sendable {
    public var query: String
    /// The start of the match the count's index refers to.
    public var matchStart: Int
    /// The number of that match, from 1.
    public var index: Int
    /// All matches in the text.
    public var total: Int

    public init(query: String, matchStart: Int, index: Int, total: Int) {
        self.query = query
        self.matchStart = matchStart
        self.index = index
        self.total = total
    }
}
