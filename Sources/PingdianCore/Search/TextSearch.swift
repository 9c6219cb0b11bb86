/// Search in a document that folds what a Chinese reader does not tell apart: Traditional and
/// Simplified, full and half width, Latin case, and line breaks; and that finds a query's
/// regional variants too (芯片 and 晶片: ``SearchQuery``'s alternatives) (Docs/search.md).
///
/// Matches are half-open ranges of the document's scalar offsets, on the original text: a match
/// across a line break includes the newline. Every search folds lazily, stretch by stretch from
/// where it starts, so the first match near an offset costs the same in a 50 MB text as in a
/// short one. Occurrences may overlap (`哈哈` occurs twice in `哈哈哈`), as `n` in a reader visits them.
public struct TextSearch: Sendable {
    /// The document searched.
    public let document: TextDocument

    /// A search in `document`.
    public init(document: TextDocument) {
        self.document = document
    }

    /// The nearest match that starts at or after `offset` when `forward` (the first one), or
    /// before `offset` when not (the last one); nil when there is none on that side. Never wraps.
    ///
    /// For the next match after one at `s`, search forward from `s + 1`; for the one before it,
    /// backward from `s`.
    public func nextMatch(of query: SearchQuery, from offset: Int, forward: Bool) -> Range<Int>? {
        let offset = min(max(offset, 0), document.scalarCount)
        let bounds = forward ? offset..<document.scalarCount : 0..<offset
        return firstMatch(of: query, in: bounds, forward: forward)
    }

    /// Every match that overlaps `range`, in order: for highlighting the visible lines. Folds only
    /// `range` and a query's length on either side.
    public func matches(of query: SearchQuery, in range: Range<Int>) -> [Range<Int>] {
        let range = range.clamped(to: 0..<document.scalarCount)
        guard !range.isEmpty else { return [] }
        return document.scalars.withUnsafeBufferPointer { scalars in
            // A match that starts up to a query's length (newlines not counted) before the range may reach into it.
            var start = range.lowerBound
            var needed = query.longest - 1
            while start > 0 && needed > 0 {
                start -= 1
                if scalars[start].value != SearchFolding.newline { needed -= 1 }
            }
            let window = FoldedWindow(scalars, range: start..<range.upperBound, trailing: query.longest - 1)
            let all = query.alternatives.flatMap { window.matches(of: $0) }.filter { $0.upperBound > range.lowerBound }
            return query.alternatives.count == 1 ? all
                : Array(Set(all)).sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
        }
    }

    /// How many matches the whole document holds, or nil when `isCancelled` says to stop (it is
    /// asked before each stretch of at most 256 K scalars). Meant for a background thread.
    public func countMatches(of query: SearchQuery, isCancelled: () -> Bool) -> Int? {
        var count = 0
        let cancelled: Bool = document.scalars.withUnsafeBufferPointer { scalars in
            var chunks = SearchChunks(0..<scalars.count, forward: true, firstLength: SearchChunks.maximumLength)
            while let chunk = chunks.next() {
                if isCancelled() { return true }
                let window = FoldedWindow(scalars, range: chunk, trailing: query.longest - 1)
                // Two alternatives never match the same range: they fold differently.
                for alternative in query.alternatives { count += window.count(of: alternative) }
            }
            return false
        }
        return cancelled ? nil : count
    }

    /// Opens ICU's transliterator ahead of the first search (10–25 ms, once per process), e.g. on a
    /// background thread at start-up; optional, the first search does it otherwise.
    public static func prepare() {
        _ = SearchFolding.fold("學".unicodeScalars)
        _ = SearchQuery("學")
    }

    /// Whether `text` (an annotation's quote or note) holds `query`, folded the same way.
    public static func matches(_ query: SearchQuery, in text: String) -> Bool {
        let haystack = SearchFolding.fold(text.unicodeScalars)
        return query.alternatives.contains { alternative in
            FoldedScalars.search(alternative, in: haystack) { needle, haystack in
                ScalarSearch.firstOccurrence(of: needle, in: haystack) != nil
            }
        }
    }

    /// The first match starting in `bounds` (the last one when not `forward`), stretch by stretch.
    func firstMatch(of query: SearchQuery, in bounds: Range<Int>, forward: Bool) -> Range<Int>? {
        document.scalars.withUnsafeBufferPointer { scalars in
            for chunk in SearchChunks(bounds, forward: forward) {
                let window = FoldedWindow(scalars, range: chunk, trailing: query.longest - 1)
                let found = query.alternatives.compactMap { forward ? window.firstMatch(of: $0) : window.lastMatch(of: $0) }
                if let nearest = forward ? found.min(by: { $0.lowerBound < $1.lowerBound })
                    : found.max(by: { $0.lowerBound < $1.lowerBound }) { return nearest }
            }
            return nil
        }
    }
}
