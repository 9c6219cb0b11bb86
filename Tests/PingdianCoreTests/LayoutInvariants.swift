import CellWidth
@testable import PingdianCore

/// What a reader checks on any laid-out paragraph: nothing lost or reordered, nothing too wide,
/// nothing raw sent to the terminal, and (separately) where the clreq rules were broken.
enum LayoutInvariants {
    /// Violations of the guarantees that hold at every width: tiling, coverage, order, widths,
    /// no raw control in a glyph, the indent. Empty when the layout is sound.
    static func problems(_ layout: ParagraphLayout, of document: TextDocument, options: LayoutOptions) -> [String] {
        var problems: [String] = []
        let paragraph = document.paragraphs[layout.paragraph].range
        guard let first = layout.lines.first, let last = layout.lines.last else { return ["no line"] }
        if first.range.lowerBound != paragraph.lowerBound || last.range.upperBound != paragraph.upperBound {
            problems.append("lines cover \(first.range.lowerBound)..<\(last.range.upperBound), paragraph is \(paragraph)")
        }
        for (number, line) in layout.lines.enumerated() {
            let label = "line \(number) “\(line.displayText)”"
            if number > 0, layout.lines[number - 1].range.upperBound != line.range.lowerBound {
                problems.append("\(label) does not start where the previous line ends")
            }
            if line.width > options.width { problems.append("\(label) is \(line.width) columns wide") }
            var next = line.range.lowerBound
            var previous: Range<Int>? = nil
            for (position, glyph) in line.glyphs.enumerated() {
                if glyph.width < 1 || glyph.width > 2 || CellWidth.of(glyph.text) != glyph.width {
                    problems.append("\(label): glyph “\(glyph.text)” says \(glyph.width) columns, wcwidth says \(CellWidth.of(glyph.text))")
                }
                if glyph.text.unicodeScalars.contains(where: isRawControl) {
                    problems.append("\(label): glyph \(glyph.text.unicodeScalars.map { String($0.value, radix: 16) }) holds a raw control")
                }
                if glyph.role == .indent {
                    let expected = number == 0 && position < 2 && options.indentParagraphs
                    if !expected || glyph.text != "\u{3000}" || glyph.width != 2 || glyph.offsets != paragraph.lowerBound..<paragraph.lowerBound {
                        problems.append("\(label): unexpected indent glyph at \(position)")
                    }
                    continue
                }
                if glyph.offsets == previous, glyph.text == " ", document.scalars[glyph.offsets.lowerBound] == "\t" { continue }
                if glyph.offsets.lowerBound != next || glyph.offsets.isEmpty {
                    problems.append("\(label): glyph “\(glyph.text)” shows \(glyph.offsets), expected to start at \(next)")
                }
                next = glyph.offsets.upperBound
                previous = glyph.offsets
            }
            if next > line.range.upperBound { problems.append("\(label): glyphs run past the line's range") }
            for offset in next..<max(next, line.range.upperBound) where !" \t".unicodeScalars.contains(document.scalars[offset]) {
                problems.append("\(label): scalar \(offset) “\(document.scalars[offset])” has no glyph and is no hanging space")
            }
        }
        let indented = first.glyphs.prefix(2).filter { $0.role == .indent }.count
        let wantIndent = options.indentParagraphs && options.width >= 6
        if indented != (wantIndent ? 2 : 0) { problems.append("first line has \(indented) indent glyphs") }
        return problems
    }

    /// A break of a clreq rule at a line edge.
    struct RuleBreak: Hashable, CustomStringConvertible {
        /// The index of the line the break is after.
        var line: Int
        /// What is wrong, for the failure message.
        var rule: String
        /// The characters at the edge: the end of the line and the start of the next.
        var end: String
        var start: String

        var description: String { "after line \(line): \(rule) (“\(end)|\(start)”)" }
    }

    /// The clreq rules broken at the line breaks of `layout`: a line starting with a character that
    /// must not start one (which covers a split `——` or `……`), ending with one that must not end
    /// one, or a break inside a Latin word or number (letters and digits on both sides, or a
    /// hyphen between them).
    static func ruleBreaks(_ layout: ParagraphLayout, of document: TextDocument) -> [RuleBreak] {
        var breaks: [RuleBreak] = []
        let lines = layout.lines
        for number in 0..<(lines.count - 1) {
            let textGlyphs = lines[number].glyphs.filter { $0.role != .indent && $0.text != " " }
            let nextGlyphs = lines[number + 1].glyphs
            guard let end = textGlyphs.last?.text.unicodeScalars.first,
                  let start = nextGlyphs.first?.text.unicodeScalars.first else { continue }
            let edge = (String(end), String(start))
            if isNoStart(start) { breaks.append(RuleBreak(line: number, rule: "forbidden line start", end: edge.0, start: edge.1)) }
            if isNoEnd(end) { breaks.append(RuleBreak(line: number, rule: "forbidden line end", end: edge.0, start: edge.1)) }
            // Inside a word: look at the document, where the line ends (hanging spaces excluded).
            let cut = lines[number + 1].range.lowerBound
            let before = document.scalars[cut - 1]
            let after = document.scalars[cut]
            let beforeHyphen = cut >= 2 ? document.scalars[cut - 2] : " "
            if (isWord(before) && isWord(after)) || (before == "-" && isWord(beforeHyphen) && isWord(after)) {
                breaks.append(RuleBreak(line: number, rule: "split word", end: edge.0, start: edge.1))
            }
        }
        return breaks
    }

    /// `、，。．；：？！,.;:?!」』”’）》〉】〕〗］｝)]}—…` (Docs/layout.md §2), written out again, not taken from the code.
    static func isNoStart(_ scalar: Unicode.Scalar) -> Bool {
        "、，。．；：？！,.;:?!」』”’）》〉】〕〗］｝)]}—…".unicodeScalars.contains(scalar)
    }

    /// `「『“‘（《〈【〔〖［｛([{` (Docs/layout.md §2).
    static func isNoEnd(_ scalar: Unicode.Scalar) -> Bool {
        "「『“‘（《〈【〔〖［｛([{".unicodeScalars.contains(scalar)
    }

    /// An ASCII letter or digit.
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
    }

    /// C0, DEL, C1, and the bidi controls.
    static func isRawControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
