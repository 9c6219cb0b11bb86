import PingdianApp
import PingdianCore

/// The reader's search over the core's folding `TextSearch` (Traditional/Simplified, width,
/// case, line breaks).
public struct FoldingSearch: SearchEngine {
    public let textSearch: TextSearch

    /// A search over `document`.
    public init(document: TextDocument) {
        textSearch = TextSearch(document: document)
    }

    /// The first match starting after `offset` (forward) or before it (backward).
    public func nextMatch(of query: String, from offset: Int, forward: Bool) -> Range<Int>? {
        guard let query = SearchQuery(query) else { return nil }
        return textSearch.nextMatch(of: query, from: forward ? offset + 1 : offset, forward: forward)
    }

    public func matches(of query: String, in range: Range<Int>) -> [Range<Int>] {
        SearchQuery(query).map { textSearch.matches(of: $0, in: range) } ?? []
    }

    public func textMatches(_ query: String, in text: String) -> Bool {
        SearchQuery(query).map { TextSearch.matches($0, in: text) } ?? false
    }

    /// Counts all matches and the number of the one starting at `matchStart`; nil when cancelled.
    public func count(_ query: String, matchStart: Int, isCancelled: () -> Bool) -> MatchCount? {
        guard let folded = SearchQuery(query), let total = textSearch.countMatches(of: folded, isCancelled: isCancelled),
              !isCancelled() else { return nil }
        let before = textSearch.matches(of: folded, in: 0..<matchStart).filter { $0.lowerBound < matchStart }.count
        return MatchCount(query: query, matchStart: matchStart, index: before + 1, total: total)
    }
}
