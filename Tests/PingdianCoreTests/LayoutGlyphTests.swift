import CellWidth
import Testing
@testable import PingdianCore

/// What each scalar is drawn as: widths, zero-width scalars, placeholders, tabs, full-width
/// punctuation, the indent.
@Suite struct LayoutGlyphTests {
    private func glyphs(_ text: String, width: Int = 80, indent: Bool = false, punctuation: PunctuationStyle = .original) -> [Glyph] {
        LayoutTestSupport.layout(text, width: width, indent: indent, punctuation: punctuation).lines.flatMap(\.glyphs)
    }

    @Test func widthsAreWhatWcwidthSays() {
        let drawn = glyphs("漢A“，")
        #expect(drawn.map(\.text) == ["漢", "A", "“", "，"])
        #expect(drawn.map(\.width) == [2, 1, 1, 2])
        #expect(drawn.map(\.offsets) == [0..<1, 1..<2, 2..<3, 3..<4])
        #expect(drawn.allSatisfy { $0.role == .text })
    }

    @Test func zeroWidthScalarsJoinTheGlyphBefore() {
        let drawn = glyphs("e\u{301}漢\u{FE0F}a\u{200D}b")
        // ZWJ and presentation selectors keep their offsets but are not sent (Placeholder.isLeftOut).
        #expect(drawn.map(\.text) == ["e\u{301}", "漢", "a", "b"])
        #expect(drawn.map(\.offsets) == [0..<2, 2..<4, 4..<6, 6..<7])
        #expect(drawn.map(\.width) == [1, 2, 1, 1])
    }

    @Test func zeroWidthScalarsNeverStartALine() {
        let layout = LayoutTestSupport.layout("漢漢\u{301}\u{301}漢", width: 2)
        #expect(layout.lines.map(\.displayText) == ["漢", "漢\u{301}\u{301}", "漢"])
        #expect(layout.lines.map(\.range) == [0..<1, 1..<4, 4..<5])
    }

    @Test func aMarkWithNothingToJoinSitsOnADottedCircle() {
        let drawn = glyphs("\u{301}a\u{1B}\u{308}")
        #expect(drawn.map(\.text) == ["\u{25CC}\u{301}", "a", "\u{241B}", "\u{25CC}\u{308}"])
        #expect(drawn.map(\.role) == [.placeholder, .text, .placeholder, .placeholder])
        #expect(drawn.map(\.offsets) == [0..<1, 1..<2, 2..<3, 3..<4])
    }

    @Test func controlsAreVisiblePlaceholders() {
        // An escape sequence, a bell, a right-to-left override, DEL, a C1 NEL, a lone CR, RLM.
        let drawn = glyphs("a\u{1B}[31mb\u{7}c\u{202E}d\u{7F}e\u{85}f\rg\u{200F}h\u{2066}i")
        #expect(drawn.map(\.text).joined() == "a␛[31mb␇c\u{FFFD}d␡e\u{FFFD}f␍g\u{FFFD}h\u{FFFD}i")
        #expect(drawn.count == 21)
        let placeholders = drawn.filter { $0.role == .placeholder }
        #expect(placeholders.map(\.offsets.lowerBound) == [1, 7, 9, 11, 13, 15, 17, 19])
        for glyph in drawn {
            #expect(glyph.width == 1 && CellWidth.of(glyph.text) == 1, "\(glyph)")
            #expect(!glyph.text.unicodeScalars.contains(where: LayoutInvariants.isRawControl))
        }
    }

    @Test func everyC0ControlHasItsControlPicture() {
        let controls = (0x01...0x1F).filter { $0 != 0x09 && $0 != 0x0A }.map { Character(Unicode.Scalar($0)!) }
        let drawn = glyphs(String(controls))
        #expect(drawn.map(\.text) == controls.map { String(Unicode.Scalar(0x2400 + $0.unicodeScalars.first!.value)!) })
        #expect(drawn.allSatisfy { $0.role == .placeholder && $0.width == 1 })
    }

    @Test func aTabIsSpacesToTheNextMultipleOfFour() {
        let drawn = glyphs("a\tb")
        #expect(drawn.map(\.text) == ["a", " ", " ", " ", "b"])
        #expect(drawn.map(\.offsets) == [0..<1, 1..<2, 1..<2, 1..<2, 2..<3])
        #expect(glyphs("abcd\te").count == 9)
        // Columns count from the start of the line, the indent included.
        let indented = glyphs("\tX", width: 20, indent: true)
        #expect(indented.map(\.text) == ["\u{3000}", "\u{3000}", " ", " ", " ", " ", "X"])
    }

    @Test func aTabIsClippedAtTheEdgeAndHangsPastIt() {
        #expect(LayoutTestSupport.lines("abc\tdef", width: 5) == ["abc ", "def"])
        let hanging = LayoutTestSupport.layout("abcd\tef", width: 4)
        #expect(hanging.lines.map(\.displayText) == ["abcd", "ef"])
        #expect(hanging.lines.map(\.range) == [0..<5, 5..<7])
    }

    @Test func fullPunctuationBetweenChineseCharacters() {
        let text = "他說:“好(真的)?”對,Hello, world (yes)."
        let full = glyphs(text, punctuation: .full)
        #expect(full.map(\.text).joined() == "他說：「好（真的）？」對，Hello, world (yes).")
        let original = glyphs(text)
        #expect(original.map(\.text).joined() == text)
        #expect(full.map(\.offsets) == original.map(\.offsets))
        #expect(full.map(\.width) == Array(repeating: 2, count: 13) + Array(repeating: 1, count: 19))
    }

    @Test func fullPunctuationLeavesEnglishAlone() {
        let text = "He said: (yes; really), “fine”?"
        #expect(glyphs(text, punctuation: .full).map(\.text).joined() == text)
        // A space between the mark and the Chinese character does not hide the neighbour.
        #expect(glyphs("中 , 文", punctuation: .full).map(\.text).joined() == "中 ， 文")
    }

    @Test func fullPunctuationBreaksLinesAsDisplayed() {
        // Shown as `，` (2 columns) the comma no longer fits beside 漢漢 in 5 columns, and a
        // line cannot start with it: the 漢 before it goes down with it.
        #expect(LayoutTestSupport.lines("漢漢,漢", width: 5) == ["漢漢,", "漢"])
        #expect(LayoutTestSupport.lines("漢漢,漢", width: 5, punctuation: .full) == ["漢", "漢，", "漢"])
    }

    @Test func indentIsTwoIdeographicSpacesOnTheFirstLine() {
        let layout = LayoutTestSupport.layout("一二三四五六七八", width: 10, indent: true)
        #expect(layout.lines.map(\.displayText) == ["\u{3000}\u{3000}一二三", "四五六七八"])
        let first = layout.lines[0].glyphs
        #expect(first.map(\.role) == [.indent, .indent, .text, .text, .text])
        #expect(first[0].offsets == 0..<0 && first[1].offsets == 0..<0 && first[0].width == 2)
        #expect(layout.lines[0].range == 0..<3)
    }

    @Test func noIndentInAPaneNarrowerThanSix() {
        #expect(LayoutTestSupport.lines("一二三", width: 5, indent: true) == ["一二", "三"])
        #expect(LayoutTestSupport.lines("一二三", width: 6, indent: true) == ["\u{3000}\u{3000}一", "二三"])
    }

    @Test func aFirstWordThatOnlyFitsAWholeLineStartsTheSecond() {
        let layout = LayoutTestSupport.layout("Anthropic 是", width: 10, indent: true)
        #expect(layout.lines.map(\.displayText) == ["\u{3000}\u{3000}", "Anthropic ", "是"])
        #expect(layout.lines.map(\.range) == [0..<0, 0..<10, 10..<11])
    }
}
