/// A match found by a search that may go on from the other end of the text.
public struct WrappedMatch: Hashable, Sendable {
    /// The match's scalar offsets in the original text, half-open.
    public let range: Range<Int>
    /// Whether the search passed the end of the text (or, backward, its start) to find it.
    public let wrapped: Bool

    /// A match at `range`, found after wrapping or not.
    public init(range: Range<Int>, wrapped: Bool) {
        self.range = range
        self.wrapped = wrapped
    }
}

extension TextSearch {
    /// Like ``nextMatch(of:from:forward:)``, but when that side of `offset` has no match, goes on
    /// from the other end of the text: forward, the first match before `offset`; backward, the
    /// last one at or after it. Nil only when the text holds no match at all.
    public func nextMatchWrapping(of query: SearchQuery, from offset: Int, forward: Bool) -> WrappedMatch? {
        if let range = nextMatch(of: query, from: offset, forward: forward) {
            return WrappedMatch(range: range, wrapped: false)
        }
        let offset = min(max(offset, 0), document.scalarCount)
        let rest = forward ? 0..<offset : offset..<document.scalarCount
        return firstMatch(of: query, in: rest, forward: forward).map { WrappedMatch(range: $0, wrapped: true) }
    }
}
