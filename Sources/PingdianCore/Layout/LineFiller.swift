/// Fills the units of a paragraph greedily into lines no wider than the pane (Docs/layout.md §3).
///
/// A unit is the run of clusters between two ``BreakStrength/allowed`` boundaries. A unit goes on
/// the current line if it fits, else it starts the next line; since forbidden breaks were removed
/// (units glued), this is clreq's "push the previous unit down", with no hanging punctuation and no
/// compression. Only a unit wider than a whole line is split inside, at the best boundary that
/// fits: after a hyphen, else anywhere the clreq rules allow, else anywhere but inside `——` or
/// `……`, else at any glyph.
///
/// Behaviours a reader may notice, all deliberate:
/// - Spaces and tabs at the end of a unit hang: they are drawn while they fit, and past the
///   width they stay in the line's range with no glyph. A tab takes the columns up to the next
///   multiple of 4, clipped at the edge of the line.
/// - In a one-column pane, a two-column glyph is shown as a one-column `…` placeholder: a line
///   never exceeds the width, and the scalar still has its glyph.
/// - The indent (two U+3000) is drawn only when the width is at least 6, so that a full-width
///   character still fits beside it. If the first unit does not fit beside the indent but fits a
///   whole line, it starts the second line and the first line shows the indent alone.
struct LineFiller {
    /// Columns a line may take.
    let width: Int
    private let paragraph: Int
    private let mapped: MappedParagraph
    private let strengths: [BreakStrength]
    private let scalars: [Unicode.Scalar]
    private var lines: [DisplayLine] = []
    private var glyphs: [Glyph] = []
    private var column = 0
    private var lineStart = 0
    private var lineHasText = false

    /// The narrowest pane that gets the indent: a full-width character still fits beside it.
    static let minimumWidthForIndent = 6

    /// Lays out a mapped paragraph whose boundaries have the given strengths.
    static func fill(
        paragraph: Int, mapped: MappedParagraph, strengths: [BreakStrength], scalars: [Unicode.Scalar],
        options: LayoutOptions
    ) -> [DisplayLine] {
        var filler = LineFiller(
            width: options.width, paragraph: paragraph, mapped: mapped, strengths: strengths, scalars: scalars)
        if options.indentParagraphs, options.width >= minimumWidthForIndent {
            let start = mapped.range.lowerBound
            let space = Glyph(text: "\u{3000}", width: 2, offsets: start..<start, role: .indent)
            filler.glyphs = [space, space]
            filler.column = 4
        }
        var unitStart = 0
        let count = mapped.clusters.count
        if count > 0 {
            for boundary in 1...count where strengths[boundary] == .allowed {
                filler.place(unitStart..<boundary)
                unitStart = boundary
            }
        }
        filler.breakLine(at: count)
        return filler.lines
    }

    private init(width: Int, paragraph: Int, mapped: MappedParagraph, strengths: [BreakStrength], scalars: [Unicode.Scalar]) {
        self.width = width
        self.paragraph = paragraph
        self.mapped = mapped
        self.strengths = strengths
        self.scalars = scalars
    }

    /// Puts one unit (clusters `unit`) on the current line, on the next, or split over several.
    private mutating func place(_ unit: Range<Int>) {
        var bodyEnd = unit.upperBound
        while bodyEnd > unit.lowerBound, mapped.clusters[bodyEnd - 1].mayHang { bodyEnd -= 1 }
        var index = unit.lowerBound
        while index < bodyEnd {
            let reach = reach(from: index, to: bodyEnd, column: column)
            if reach == bodyEnd {
                emit(index..<bodyEnd)
                break
            }
            if lineHasText || (column > 0 && self.reach(from: index, to: bodyEnd, column: 0) == bodyEnd) {
                breakLine(at: index)
                continue
            }
            // Wider than a whole line: split it, or squeeze a wide glyph into a 1-column pane.
            if let split = bestSplit(from: index, reach: reach) {
                emit(index..<split)
                breakLine(at: split)
                index = split
            } else {
                emitTooWide(index)
                index += 1
            }
        }
        for space in bodyEnd..<unit.upperBound where columns(of: space, at: column) > 0 {
            emit(space..<(space + 1))
        }
    }

    /// The columns cluster `index` takes at `column`, 0 when it does not fit there.
    private func columns(of index: Int, at column: Int) -> Int {
        let cluster = mapped.clusters[index]
        let wanted = cluster.kind == .tab ? 4 - column % 4 : Int(cluster.width)
        if cluster.kind == .tab { return max(0, min(wanted, width - column)) }
        return column + wanted <= width ? wanted : 0
    }

    /// The end of the longest run of clusters from `start` (at most to `end`) that fits from `column`.
    private func reach(from start: Int, to end: Int, column: Int) -> Int {
        var index = start
        var column = column
        while index < end {
            let taken = columns(of: index, at: column)
            if taken == 0 { break }
            column += taken
            index += 1
        }
        return index
    }

    /// Where to split a unit that starts at `start` on a fresh line and fits up to `reach`: the
    /// last boundary of the strongest kind in `(start, reach]`, or nil when nothing fits.
    private func bestSplit(from start: Int, reach: Int) -> Int? {
        for level in [BreakStrength.afterHyphen, .keepsClreq, .breaksEdgeRule, .forced] {
            var boundary = reach
            while boundary > start {
                if strengths[boundary] >= level { return boundary }
                boundary -= 1
            }
        }
        return nil
    }

    /// Draws clusters `range` at the current column.
    private mutating func emit(_ range: Range<Int>) {
        for index in range {
            let cluster = mapped.clusters[index]
            let offsets = mapped.offset(ofCluster: index)..<mapped.offset(ofCluster: index + 1)
            let taken = columns(of: index, at: column)
            switch cluster.kind {
            case .tab:
                for _ in 0..<taken { glyphs.append(Glyph(text: " ", width: 1, offsets: offsets)) }
            case .space:
                glyphs.append(Glyph(text: " ", width: 1, offsets: offsets))
            case .text:
                glyphs.append(Glyph(text: text(cluster.shown, marks: (offsets.lowerBound + 1)..<offsets.upperBound),
                                    width: taken, offsets: offsets))
            case .placeholder:
                glyphs.append(Glyph(text: String(Character(cluster.shown)), width: taken, offsets: offsets, role: .placeholder))
            case .orphanMarks:
                glyphs.append(Glyph(text: text(cluster.shown, marks: offsets), width: taken, offsets: offsets, role: .placeholder))
            }
            column += taken
            lineHasText = true
        }
    }

    /// Draws a glyph too wide for any line as a one-column placeholder.
    private mutating func emitTooWide(_ index: Int) {
        let offsets = mapped.offset(ofCluster: index)..<mapped.offset(ofCluster: index + 1)
        glyphs.append(Glyph(text: Placeholder.tooWide, width: 1, offsets: offsets, role: .placeholder))
        column += 1
        lineHasText = true
    }

    /// `base` followed by the document's scalars at `marks`, but those the terminal is not sent
    /// (``Placeholder/isLeftOut(_:)``: ZWJ and presentation selectors).
    private func text(_ base: Unicode.Scalar, marks: Range<Int>) -> String {
        if marks.isEmpty { return String(Character(base)) }
        var view = String.UnicodeScalarView()
        view.append(base)
        // A hard-wrapped line's end and indent joined to the cluster are not drawn.
        view.append(contentsOf: scalars[marks].lazy.filter { !Placeholder.isLeftOut($0) && $0 != "\n" && !$0.isLineWhiteSpace })
        return String(view)
    }

    /// Ends the current line before cluster `index` and starts the next one there.
    private mutating func breakLine(at index: Int) {
        let range = mapped.offset(ofCluster: lineStart)..<mapped.offset(ofCluster: index)
        lines.append(DisplayLine(paragraph: paragraph, range: range, glyphs: glyphs))
        glyphs = []
        column = 0
        lineStart = index
        lineHasText = false
    }
}
