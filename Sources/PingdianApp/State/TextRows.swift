import PingdianCore

/// A row of the text pane: one of a paragraph's lines, or the spacer row before a paragraph.
public struct RowPosition: Hashable, Sendable, Comparable {
    /// The paragraph the row belongs to.
    public var paragraph: Int
    /// The row within the paragraph's rows: spacer rows first, then its lines.
    public var row: Int

    public init(paragraph: Int, row: Int) {
        self.paragraph = paragraph
        self.row = row
    }

    public static func < (lhs: RowPosition, rhs: RowPosition) -> Bool {
        (lhs.paragraph, lhs.row) < (rhs.paragraph, rhs.row)
    }
}

/// What a row of the text pane shows.
public enum TextRow: Hashable, Sendable {
    /// A line of a paragraph.
    case line(DisplayLine)
    /// The blank row between two paragraphs.
    case paragraphGap
    /// The row that marks a section break (blank lines in the file).
    case sectionBreak
}

/// The text as a sequence of rows for one layout, computed lazily paragraph by paragraph.
public struct TextRows {
    public let document: TextDocument
    public let options: LayoutOptions
    let cache: LayoutCache
    /// The dictionary whose words join ICU's when moving by word (Docs/dictionary.md); nil: ICU's alone.
    var dictionary: (any WordDictionary)?

    public init(document: TextDocument, options: LayoutOptions, cache: LayoutCache) {
        self.document = document
        self.options = options
        self.cache = cache
    }

    /// The layout of one paragraph.
    public func layout(_ paragraph: Int) -> ParagraphLayout {
        cache.layout(paragraph, of: document, options: options)
    }

    /// Rows before a paragraph's first line: one gap or section mark, none before the first.
    func gapRows(_ paragraph: Int) -> Int { paragraph == 0 ? 0 : 1 }

    /// All rows of a paragraph, its gap included.
    func rowCount(_ paragraph: Int) -> Int { gapRows(paragraph) + layout(paragraph).lines.count }

    /// The first row of the text.
    public var first: RowPosition { RowPosition(paragraph: 0, row: 0) }

    /// The last row of the text.
    public var last: RowPosition {
        let paragraph = max(0, document.paragraphs.count - 1)
        return RowPosition(paragraph: paragraph, row: document.isEmpty ? 0 : rowCount(paragraph) - 1)
    }

    /// What a row shows.
    public func row(at position: RowPosition) -> TextRow {
        let gap = gapRows(position.paragraph)
        if position.row < gap {
            return document.paragraphs[position.paragraph].startsSection ? .sectionBreak : .paragraphGap
        }
        return .line(layout(position.paragraph).lines[position.row - gap])
    }

    /// The line a row shows, or nil for a gap.
    public func line(at position: RowPosition) -> DisplayLine? {
        if case .line(let line) = row(at: position) { return line }
        return nil
    }

    /// The row after, or nil at the end.
    public func next(_ position: RowPosition) -> RowPosition? {
        if position.row + 1 < rowCount(position.paragraph) {
            return RowPosition(paragraph: position.paragraph, row: position.row + 1)
        }
        guard position.paragraph + 1 < document.paragraphs.count else { return nil }
        return RowPosition(paragraph: position.paragraph + 1, row: 0)
    }

    /// The row before, or nil at the start.
    public func previous(_ position: RowPosition) -> RowPosition? {
        if position.row > 0 { return RowPosition(paragraph: position.paragraph, row: position.row - 1) }
        guard position.paragraph > 0 else { return nil }
        return RowPosition(paragraph: position.paragraph - 1, row: rowCount(position.paragraph - 1) - 1)
    }

    /// The row `count` rows away (negative: up), stopping at either end.
    public func advance(_ position: RowPosition, by count: Int) -> RowPosition {
        var current = position
        if count >= 0 {
            for _ in 0..<count { guard let next = next(current) else { break }; current = next }
        } else {
            for _ in 0..<(-count) { guard let previous = previous(current) else { break }; current = previous }
        }
        return current
    }

    /// How many rows lie from `from` down to `to` (negative when `to` is above), counting at most `limit`.
    public func distance(from: RowPosition, to: RowPosition, limit: Int) -> Int {
        var current = from
        var steps = 0
        if from <= to {
            while current < to, steps < limit, let next = next(current) { current = next; steps += 1 }
            return steps
        }
        while current > to, steps < limit, let previous = previous(current) { current = previous; steps += 1 }
        return -steps
    }

    /// The row of the line that shows `offset`.
    public func position(of offset: Int) -> RowPosition {
        guard let paragraph = document.paragraphIndex(containing: offset) else { return first }
        let clamped = max(offset, document.paragraphs[paragraph].range.lowerBound)
        return RowPosition(paragraph: paragraph, row: gapRows(paragraph) + layout(paragraph).lineIndex(containing: clamped))
    }

    /// The nearest line row at or after `position` in the given direction (skipping gaps).
    public func lineRow(from position: RowPosition, forward: Bool) -> RowPosition {
        var current = position
        while line(at: current) == nil {
            guard let next = forward ? next(current) : previous(current) else {
                return forward ? lineRow(from: current, forward: false) : lineRow(from: current, forward: true)
            }
            current = next
        }
        return current
    }
}
