/// Cuts a paragraph's text at every highlight boundary and orders the highlights so that the
/// tags they become always nest: a highlight that overlaps another without holding it is closed
/// where the other ends and opened again after, as a second piece.
enum HighlightNesting {
    /// One step of writing the paragraph.
    enum Step: Hashable, Sendable {
        /// Open the highlight of the span with this index.
        case open(Int)
        /// The text of these offsets.
        case text(Range<Int>)
        /// Close the innermost open highlight.
        case close
    }

    /// The steps that write the text of `paragraph` with the `spans` that touch it (each clipped to
    /// the paragraph; empty ones are left out). Outer highlights are those that start earlier,
    /// then the longer, then the lower index.
    static func steps(in paragraph: Range<Int>, spans: [(index: Int, range: Range<Int>)]) -> [Step] {
        let clipped = spans.compactMap { span -> (index: Int, range: Range<Int>)? in
            let range = span.range.clamped(to: paragraph)
            return range.isEmpty ? nil : (span.index, range)
        }
        var boundaries = Set([paragraph.lowerBound, paragraph.upperBound])
        for span in clipped { boundaries.formUnion([span.range.lowerBound, span.range.upperBound]) }
        let cuts = boundaries.sorted()
        var steps: [Step] = []
        var open: [Int] = []
        for (start, end) in zip(cuts, cuts.dropFirst()) {
            let active = clipped
                .filter { $0.range.lowerBound <= start && $0.range.upperBound >= end }
                .sorted { a, b in
                    if a.range.lowerBound != b.range.lowerBound { return a.range.lowerBound < b.range.lowerBound }
                    if a.range.upperBound != b.range.upperBound { return a.range.upperBound > b.range.upperBound }
                    return a.index < b.index
                }
                .map(\.index)
            var kept = 0
            while kept < open.count, kept < active.count, open[kept] == active[kept] { kept += 1 }
            for _ in kept..<open.count { steps.append(.close) }
            open.removeLast(open.count - kept)
            for index in active[kept...] {
                steps.append(.open(index))
                open.append(index)
            }
            steps.append(.text(start..<end))
        }
        steps += Array(repeating: .close, count: open.count)
        return steps
    }
}
