import PingdianApp
import PingdianCore
import TerminalKit
import Testing

@Suite("Moving through the text")
struct NavigationTests {
    @Test("j and k move the cursor by line and the view follows")
    func lineMoves() {
        var reader = ReaderHarness(Fixtures.numbered(100), size: TerminalSize(columns: 100, rows: 12))
        reader.press("j")
        #expect(reader.state.cursorParagraph == 1)
        reader.press("20j")
        #expect(reader.state.cursorParagraph == 21)
        #expect(reader.textRows.contains(" 第22段，短短一句。"))
        reader.press("5k")
        #expect(reader.state.cursorParagraph == 16)
        #expect(reader.statusLine.contains("¶ 17/100"))
    }

    @Test("G shows the last paragraph and says 100%; g goes back to the start")
    func endAndStart() {
        var reader = ReaderHarness(Fixtures.essay)
        reader.press("G")
        let last = reader.state.document.paragraphs.count
        #expect(reader.statusLine.contains("¶ \(last)/\(last)"))
        #expect(reader.statusLine.contains("100%"))
        #expect(reader.textRows.joined().contains("這真是一個有意思的現象。"))
        #expect(reader.textRows.last?.isEmpty == false)
        reader.press("g")
        #expect(reader.textRows.first?.hasPrefix(" 一個科學家") == true)
        #expect(reader.statusLine.contains("¶ 1/39"))
    }

    @Test("Space and b turn pages; Ctrl-D and Ctrl-U move half a page")
    func paging() {
        var reader = ReaderHarness(Fixtures.numbered(100), size: TerminalSize(columns: 100, rows: 12))
        let firstRow = reader.textRows[0]
        reader.press(" ")
        #expect(reader.textRows[0] != firstRow)
        #expect(reader.textRows[0] == reader.textRows[0])
        let afterPage = reader.state.top
        reader.press("b")
        #expect(reader.textRows[0] == firstRow)
        reader.press("<PageDown>")
        #expect(reader.state.top == afterPage)
        reader.press("g<C-d>")
        #expect(reader.state.cursorParagraph == 3)
        reader.press("<C-u>")
        #expect(reader.state.cursorParagraph == 0)
    }

    @Test("Page down at the end stops there and says so")
    func pageAtEnd() {
        var reader = ReaderHarness(Fixtures.numbered(30), size: TerminalSize(columns: 100, rows: 12))
        reader.press("G ")
        #expect(reader.statusLine.contains("At the end"))
        #expect(reader.statusLine.contains("¶ 30/30"))
    }

    @Test("} and { go by paragraph; NG goes to paragraph N; N% to N per cent")
    func paragraphsAndPercent() {
        var reader = ReaderHarness(Fixtures.numbered(100), size: TerminalSize(columns: 100, rows: 12))
        reader.press("}}}")
        #expect(reader.state.cursorParagraph == 3)
        reader.press("{")
        #expect(reader.state.cursorParagraph == 2)
        reader.press("42G")
        #expect(reader.state.cursorParagraph == 41)
        reader.press("50%")
        let half = reader.state.document.scalarCount / 2
        let paragraph = reader.state.document.paragraphIndex(containing: half)!
        #expect(reader.state.cursorParagraph == paragraph)
        reader.press("100%")
        #expect(reader.state.cursorParagraph == 99)
    }

    @Test("Ctrl-O goes back to where a jump started, Tab forward again")
    func jumpBack() {
        var reader = ReaderHarness(Fixtures.numbered(100), size: TerminalSize(columns: 100, rows: 12))
        reader.press("5j")
        let before = reader.state.cursor
        reader.press("G")
        #expect(reader.state.cursorParagraph == 99)
        reader.press("<C-o>")
        #expect(reader.state.cursor == before)
        reader.press("<Tab>")
        #expect(reader.state.cursorParagraph == 99)
        reader.press("<C-o><C-o>")
        #expect(reader.statusLine.contains("Nothing to jump back to"))
    }

    @Test("h and l move by character across lines")
    func characterMoves() {
        var reader = ReaderHarness(Fixtures.numbered(3))
        reader.press("l")
        #expect(reader.cursorText == "1")
        reader.press("8l")
        #expect(reader.cursorText == "第")
        #expect(reader.state.cursorParagraph == 1)
        reader.press("h")
        #expect(reader.cursorText == "。")
    }

    @Test("A resize keeps the reading position: the text at the top stays at the top")
    func resizeKeepsTop() {
        var reader = ReaderHarness(Fixtures.essay)
        reader.press("40<C-e>")
        let top = reader.state.rows.line(at: reader.state.top)!
        #expect(reader.state.cursor == top.range.lowerBound)
        for size in ["80x24", "150x50", "60x20", "100x30"] {
            reader.press("<Resize:\(size)>")
            let newTop = reader.state.rows.line(at: reader.state.top)!
            #expect(newTop.range.contains(top.range.lowerBound), "at \(size)")
            #expect(reader.state.cursor == top.range.lowerBound)
        }
    }

    @Test("A resize keeps the cursor on its character and on screen")
    func resizeKeepsCursor() {
        var reader = ReaderHarness(Fixtures.essay)
        reader.press("}}}}}}}jj")
        let cursor = reader.state.cursor
        for size in ["80x24", "150x50", "30x8", "100x30"] {
            reader.press("<Resize:\(size)>")
            #expect(reader.state.cursor == cursor)
            #expect(reader.cursorText != nil, "cursor off screen at \(size)")
        }
    }

    @Test("q and Ctrl-C quit and save the position")
    func quit() {
        for key in ["q", "<C-c>"] {
            var reader = ReaderHarness(Fixtures.essay)
            reader.press("3}" + key)
            #expect(reader.effects == [.savePosition(offset: reader.state.cursor), .quit])
        }
    }

    @Test("Keys typed with a Chinese input method on: ？ opens help, ／ search, Ｇ goes to the end, 「」 walk annotations, １２Ｇ is paragraph 12")
    func fullWidthKeys() {
        var reader = ReaderHarness(Fixtures.numbered(40), language: .traditionalChinese)
        reader.press("？")
        #expect(reader.state.mode == .help(scroll: 0))
        reader.press("ｑ")
        #expect(reader.state.mode == .reading)
        reader.press("Ｇ")
        #expect(reader.statusLine.contains("第 40/40 段"))
        reader.press("１２Ｇ")
        #expect(reader.statusLine.contains("第 12/40 段"))
        reader.press("ｇ")
        #expect(reader.statusLine.contains("第 1/40 段"))
        #expect(!reader.statusLine.contains("這個鍵沒有作用"))
    }

    @Test("In an empty text, a key that needs text says why it does nothing; a count does not linger")
    func emptyTextSaysWhy() {
        var reader = ReaderHarness(TextDocument(title: "empty.txt", text: ""))
        for key in ["E", "/", "j", "G", "x", "a", "v", "o"] {
            reader.press(key)
            #expect(reader.state.mode == .reading, "\(key)")
            #expect(reader.statusLine.contains("The text is empty"), "\(key): \(reader.statusLine)")
        }
        reader.press("5E")
        #expect(reader.state.count == nil)
        #expect(reader.statusLine.contains("The text is empty"))
        reader.press("?")
        #expect(reader.state.mode == .help(scroll: 0))
    }

    @Test("N% puts the cursor N % into the text and the status line says N %; 0% and 0G go to the start")
    func percentMeansTheCursorsPlace() {
        var reader = ReaderHarness(Fixtures.numbered(400))
        for percent in [50, 25, 90] {
            reader.press("\(percent)%")
            #expect(reader.statusLine.contains(" \(percent)%"), "\(percent)%: \(reader.statusLine)")
        }
        reader.press("0%")
        #expect(reader.state.cursor == 0)
        #expect(reader.statusLine.contains(" 0%"))
        reader.press("G0G")
        #expect(reader.state.cursor == 0)
        reader.press("G")
        #expect(reader.statusLine.contains("100%"))
    }
}
