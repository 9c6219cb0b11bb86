import CellWidth
import TerminalKit
import Testing

@Suite("Cell grid")
struct CellGridTests {
    init() { UTF8Locale.activate() }

    @Test("Wide characters take two cells and never land in the last column")
    func wideCharacters() {
        var grid = CellGrid(size: TerminalSize(columns: 5, rows: 1))
        let end = grid.write("漢字漢", x: 0, y: 0, style: .plain)
        #expect(end == 4)
        #expect(grid.text(ofRow: 0) == "漢字")
        #expect(grid[1, 0].isContinuation)
    }

    @Test("Overwriting half of a wide character blanks its other half")
    func overwriteHalf() {
        var grid = CellGrid(size: TerminalSize(columns: 4, rows: 1))
        grid.write("漢字", x: 0, y: 0, style: .plain)
        grid.put("a", width: 1, x: 1, y: 0, style: .plain)
        #expect(grid.text(ofRow: 0) == " a字")
    }

    @Test("Combining marks join the character before them")
    func combining() {
        var grid = CellGrid(size: TerminalSize(columns: 4, rows: 1))
        grid.write("e\u{301}x", x: 0, y: 0, style: .plain)
        #expect(grid[0, 0].text == "e\u{301}")
        #expect(grid[1, 0].text == "x")
    }

    @Test("Control characters are never written raw")
    func controls() {
        var grid = CellGrid(size: TerminalSize(columns: 6, rows: 1))
        grid.write("a\u{1B}[31m", x: 0, y: 0, style: .plain)
        #expect(!grid.text(ofRow: 0).unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test("Bidi controls show as U+FFFD; ZWJ and presentation selectors are left out (a file name in the status line)")
    func bidiAndJoiners() {
        var grid = CellGrid(size: TerminalSize(columns: 20, rows: 1))
        let end = grid.write("a\u{202E}b\u{2066}👩\u{200D}👦❤\u{FE0F}", x: 0, y: 0, style: .plain)
        #expect(grid.text(ofRow: 0) == "a\u{FFFD}b\u{FFFD}👩👦❤")
        #expect(end == 9)
    }

    @Test("Key scripts parse vim notation")
    func keyNotation() throws {
        let steps = try KeyNotation.parse("jG<C-d><PageDown><Space><lt><Resize:80x24>")
        #expect(steps == [
            .key(.character("j")), .key(.character("G")), .key(.control("d")), .key(.pageDown),
            .key(.character(" ")), .key(.character("<")), .resize(TerminalSize(columns: 80, rows: 24)),
        ])
        #expect(throws: KeyNotation.ParseError.self) { try KeyNotation.parse("<Nope>") }
    }

    @Test("Text fitting truncates by columns with an ellipsis")
    func fitting() {
        #expect(TextFitting.truncate("一二三四五", toColumns: 5) == "一二…")
        #expect(TextFitting.truncate("一二三四五", toColumns: 10) == "一二三四五")
        #expect(TextFitting.truncate("abcdef", toColumns: 4) == "abc…")
    }

    @Test("Colours approximate to 8 colours and vanish in monochrome")
    func colourLimits() {
        let style = CellStyle(foreground: .palette(196), background: .palette(21), attributes: .bold)
        #expect(style.limited(to: .basic8) == CellStyle(foreground: .basic(1), background: .basic(4), attributes: .bold))
        #expect(style.limited(to: .monochrome) == CellStyle(attributes: .bold))
        #expect(TerminalColor.nearest(red: 255, green: 0, blue: 0) == .palette(196))
    }
}

@Suite("Fitting text")
struct TextFittingTests {
    @Test("A cut ends in one … and keeps the closing bracket, whether or not the text alone would fit")
    func cutKeepsTheClosingBracket() {
        UTF8Locale.activate()
        #expect(TextFitting.cut("單極世", toColumns: 10, closing: "」") == "單極世…」")
        // The text alone fills the room: a character gives way to the ….
        #expect(TextFitting.cut("單極世界", toColumns: 10, closing: "」") == "單極世…」")
        #expect(TextFitting.cut("單極世界的霸權", toColumns: 10, closing: "」") == "單極世…」")
        #expect(!TextFitting.cut("單極世界的霸權", toColumns: 10, closing: "」").contains("……"))
        #expect(TextFitting.fit("單極", toColumns: 10, closing: "」") == "單極」")
        #expect(TextFitting.fit("單極世界的霸權", toColumns: 10, closing: "」") == "單極世…」")
    }
}
