import CellWidth

/// How a text file marks its paragraphs (Docs/layout.md, "Paragraphs as people write them").
public enum ParagraphConvention: String, Hashable, Sendable, CaseIterable {
    /// One paragraph per line; a blank line (or more) starts a section. The bundled essay.
    case lines
    /// Paragraphs separated by a blank line, their lines hard-wrapped (joined for display with a
    /// space between Latin words, with nothing between Chinese characters); two or more blank
    /// lines, or a separator line such as `* * *`, start a section.
    case blank

    /// The convention a text follows. Blank-line paragraphs when most lines are followed by a
    /// blank line (one paragraph a line, blank lines between), or when at least a third of the
    /// runs of lines between blank lines have two lines or more and those lines are short — at
    /// most 100 columns at the median — as hard-wrapped text is; otherwise one paragraph per line.
    /// Only the first ``detectionLimit`` scalars are looked at.
    public static func detect(in scalars: [Unicode.Scalar]) -> ParagraphConvention {
        let lines = TextLine.lines(of: scalars[..<min(scalars.count, detectionLimit)])
        guard lines.count > 1 else { return .lines }
        let gaps = lines.dropFirst()
        let separated = gaps.filter { $0.blankBefore > 0 }.count
        if separated * 2 >= gaps.count { return .blank }
        // The runs of adjacent lines, as where each starts in `lines` and how many lines it has.
        var runs: [(start: Int, count: Int)] = []
        for (index, line) in lines.enumerated() {
            if line.blankBefore > 0 || runs.isEmpty { runs.append((index, 1)) } else { runs[runs.count - 1].count += 1 }
        }
        let wrapped = runs.filter { $0.count >= 2 }
        guard runs.count >= 2, wrapped.count * 3 >= runs.count else { return .lines }
        // Measured on the scalars: making a string of every line took 0.5 ms of the essay's start.
        let widths = wrapped.flatMap { lines[$0.start..<$0.start + $0.count] }.map { CellWidth.of(scalars: scalars[$0.range]) }.sorted()
        return widths[widths.count / 2] <= 100 ? .blank : .lines
    }

    /// How much of a text ``detect(in:)`` reads: its first million scalars (a megabyte or more),
    /// which show how it is written. A large text's every line would be held for nothing: on
    /// 50 MB, 9 MB more at the peak of its reading.
    static let detectionLimit = 1 << 20
}

/// A non-blank line of a text, with how many blank lines come before it.
struct TextLine {
    /// The offsets of the line's scalars, without its newline.
    let range: Range<Int>
    /// The blank lines between this line and the previous non-blank one (0 for adjacent lines).
    let blankBefore: Int
    /// Whether the line is a separator: only `*` `-` `=` `_` `~` `#` `·` `•` `＊` `※` and spaces,
    /// with at least three marks (`* * *`, `---`, `＊　＊　＊`).
    let isSeparator: Bool

    /// The non-blank lines of `scalars` (offsets are those of the whole text).
    static func lines(of scalars: ArraySlice<Unicode.Scalar>) -> [TextLine] {
        var lines: [TextLine] = []
        var lineStart = scalars.startIndex
        var blank = 0
        func finish(_ end: Int) {
            let line = scalars[lineStart..<end]
            if line.allSatisfy(\.isLineWhiteSpace) {
                blank += 1
                return
            }
            // A separator: three or more marks and nothing else but white space. Counted in place,
            // stopping at the first other character (most lines stop at their first).
            var marks = 0
            for scalar in line where !scalar.isLineWhiteSpace {
                guard scalar.isSeparatorMark else { marks = 0; break }
                marks += 1
            }
            let separator = marks >= 3
            lines.append(TextLine(range: lineStart..<end, blankBefore: lines.isEmpty ? 0 : blank, isSeparator: separator))
            blank = 0
        }
        for offset in scalars.indices where scalars[offset] == "\n" {
            finish(offset)
            lineStart = offset + 1
        }
        finish(scalars.endIndex)
        return lines
    }
}

extension Paragraph {
    /// The paragraphs of `scalars` under `convention`. Lines: each non-blank line, a section
    /// after blank lines. Blank: each run of adjacent non-blank lines (its range spans their
    /// newlines), a section after two or more blank lines or a separator line, which is not a
    /// paragraph itself.
    static func split(_ scalars: [Unicode.Scalar], convention: ParagraphConvention) -> [Paragraph] {
        guard convention == .blank else { return split(scalars) }
        var paragraphs: [Paragraph] = []
        var current: (start: Int, end: Int, section: Bool)?
        var sectionPending = false
        func close() {
            if let current { paragraphs.append(Paragraph(range: current.start..<current.end, startsSection: current.section && !paragraphs.isEmpty)) }
            current = nil
        }
        for line in TextLine.lines(of: scalars[...]) {
            if line.blankBefore >= 2 { sectionPending = true }
            if line.isSeparator {
                close()
                sectionPending = true
                continue
            }
            if line.blankBefore == 0, current != nil {
                current?.end = line.range.upperBound
                continue
            }
            close()
            current = (line.range.lowerBound, line.range.upperBound, sectionPending)
            sectionPending = false
        }
        close()
        return paragraphs
    }
}

extension TextDocument {
    /// The same text with its paragraphs found under `convention` (same scalars, same offsets).
    /// A provisional document (a large text still being read) keeps one paragraph per line: the
    /// exact one that replaces it gets the convention.
    public func withParagraphs(_ convention: ParagraphConvention) -> TextDocument {
        guard !isProvisional, convention != paragraphConvention else { return self }
        return TextDocument(title: title, scalars: scalars, convention: convention)
    }
}

extension Unicode.Scalar {
    /// A character that a separator line (`* * *`, `———`, `※※※`) is made of.
    fileprivate var isSeparatorMark: Bool {
        switch value {
        case 0x2A, 0x2D, 0x3D, 0x5F, 0x7E, 0x23, 0xB7, 0x2022, 0xFF0A, 0x203B: return true  // * - = _ ~ # · • ＊ ※
        default: return false
        }
    }
}
