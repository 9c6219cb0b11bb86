import PingdianApp
import PingdianCore
import TerminalKit
import Testing

@Suite("The reader's screen")
struct ScreenLayoutTests {
    @Test("The essay opens at its first paragraph with the pane on the right and a status line")
    func essayFirstScreen() {
        let reader = ReaderHarness(Fixtures.essay)
        let screen = reader.screen
        #expect(screen.count == 30)
        #expect(reader.textRows.first?.hasPrefix(" 一個科學家,幾個月前寫了一篇文章") == true)
        #expect(screen[0].contains("│ Notes"))
        #expect(reader.statusLine.contains("¶ 1/39"))
        #expect(reader.statusLine.contains("? help"))
        #expect(reader.statusLine.contains("essay"))
        #expect(reader.cursorText == "一")
    }

    @Test("Every row of Chinese fits its pane: the divider stays in one column on every row")
    func dividerAligned() {
        let reader = ReaderHarness(Fixtures.essay)
        let grid = reader.grid
        let x = reader.state.regions.divider.x
        for y in 0..<(grid.size.rows - 1) {
            #expect(grid[x, y].text == "│", "row \(y): \(grid.text(ofRow: y))")
        }
    }

    @Test("Chinese interface by LANG or flag")
    func chineseInterface() {
        let reader = ReaderHarness(Fixtures.essay, language: .traditionalChinese)
        #expect(reader.statusLine.contains("第 1/39 段"))
        #expect(reader.statusLine.contains("? 說明"))
        #expect(reader.screen[0].contains("批註"))
        #expect(UILanguage.preferred(environment: ["LANG": "zh_TW.UTF-8"]) == .traditionalChinese)
        #expect(UILanguage.preferred(environment: ["LANG": "zh_TW.UTF-8", "LC_MESSAGES": "en_US.UTF-8"]) == .english)
        #expect(UILanguage.preferred(environment: ["LC_ALL": "zh_HK.UTF-8", "LANG": "C"]) == .traditionalChinese)
        #expect(UILanguage.preferred(environment: [:]) == .english)
        #expect(UILanguage.preferred(environment: ["LANG": "C"]) == .english)
    }

    @Test("t hides and shows the pane; the text takes the whole width")
    func togglePane() {
        var reader = ReaderHarness(Fixtures.essay)
        reader.press("t")
        #expect(!reader.screen[0].contains("│"))
        #expect(reader.state.regions.text.width == 100)
        reader.press("t")
        #expect(reader.screen[0].contains("│ Notes"))
    }

    @Test("< and > change the pane's width")
    func resizePane() {
        var reader = ReaderHarness(Fixtures.essay)
        let before = reader.state.regions.pane.width
        reader.press(">")
        #expect(reader.state.regions.pane.width == before + 4)
        reader.press("<<")
        #expect(reader.state.regions.pane.width == before - 4)
    }

    @Test("Below 70 columns the pane moves under the text")
    func paneBelow() {
        let reader = ReaderHarness(Fixtures.essay, size: TerminalSize(columns: 60, rows: 24))
        #expect(reader.state.regions.placement == .below)
        let divider = reader.state.regions.divider.y
        #expect(reader.screen[divider].allSatisfy { $0 == "─" })
        #expect(reader.screen[divider + 1].contains("Notes"))
    }

    @Test("Under the text the pane shrinks to what it shows: three rows for a text without notes, up to a third for a card")
    func paneBelowShrinks() {
        let plain = ReaderHarness(Fixtures.numbered(40), size: TerminalSize(columns: 60, rows: 20))
        #expect(plain.state.regions.pane.height == 3, "\(plain.state.regions)")
        #expect(plain.state.regions.text.height == 15)
        var annotated = KeyModeStates.reading(size: TerminalSize(columns: 60, rows: 20))
        #expect(annotated.state.regions.pane.height == 6, "a focused card with its links fills the third")
        // Wherever the pane's height settles, the cursor stays on screen.
        for _ in 0..<30 {
            annotated.press("j")
            let cursorRow = annotated.state.rows.distance(from: annotated.state.top, to: annotated.state.rows.position(of: annotated.state.cursor), limit: 99)
            #expect(cursorRow >= 0 && cursorRow < annotated.state.regions.text.height)
        }
    }

    @Test("Under the text the pane takes at most a third of the rows; > and < still change it", arguments: [
        TerminalSize(columns: 40, rows: 15), TerminalSize(columns: 60, rows: 20), TerminalSize(columns: 69, rows: 50),
    ])
    func paneBelowTakesAThird(size: TerminalSize) {
        var reader = ReaderHarness(Fixtures.essay, size: size)
        let body = size.rows - 1
        #expect(reader.state.regions.pane.height <= max(3, body / 3), "\(reader.state.regions)")
        #expect(reader.state.regions.text.height >= body - max(3, body / 3) - 1)
        let before = reader.state.regions.pane.height
        reader.press(">")
        #expect(reader.state.regions.pane.height == before + 2)
        reader.press("<Resize:\(size.columns)x\(size.rows + 10)>")
        #expect(reader.state.regions.pane.height == before + 2, "the reader's height is kept across a resize")
    }

    @Test("A terminal smaller than 20×6 shows a message instead of the reader", arguments: [
        TerminalSize(columns: 19, rows: 10), TerminalSize(columns: 40, rows: 5), TerminalSize(columns: 10, rows: 3),
        TerminalSize(columns: 1, rows: 1),
    ])
    func tooSmall(size: TerminalSize) {
        let reader = ReaderHarness(Fixtures.essay, size: size)
        let joined = reader.screen.joined()
        if size.columns >= 8 { #expect(joined.contains("terminal")) }
        #expect(!joined.contains("科學家"))
    }

    @Test("An empty text opens with an 'empty' message")
    func emptyText() {
        var reader = ReaderHarness(TextDocument(title: "empty.txt", text: ""))
        #expect(reader.screen.joined(separator: "\n").contains("(this text is empty)"))
        reader.press("jGx%]")
        #expect(reader.screen.joined(separator: "\n").contains("(this text is empty)"))
    }

    @Test("A section break shows a mark; a paragraph break a blank row")
    func sectionMark() {
        let reader = ReaderHarness(Fixtures.numbered(4, sectionEvery: 2))
        let rows = reader.textRows
        #expect(rows[0] == " 第1段，短短一句。")
        #expect(rows[1] == "")
        #expect(rows[2] == " 第2段，短短一句。")
        #expect(rows[3].trimmingCharacters(in: " ") == "＊　＊　＊")
        #expect(rows[4] == " 第3段，短短一句。")
    }

    @Test("The help screen lists every key of every mode's key map")
    func helpScreen() {
        var reader = ReaderHarness(Fixtures.essay, size: TerminalSize(columns: 100, rows: 260))
        reader.press("?")
        // Explanations may wrap: compare without the line breaks and the indentation.
        let help = reader.screen.map { $0.trimmingCharacters(in: " ") }.joined(separator: " ")
        let keys = KeyMap.standard
        let strings = UIStrings(.english)
        for mode in KeyMode.allCases {
            for entry in keys.helpEntries(mode) {
                #expect(help.contains(strings[keyPath: entry.help]), "missing in \(mode): \(strings[keyPath: entry.help])")
            }
        }
        for entry in keys.listHelpEntries {
            #expect(help.contains(strings[keyPath: entry.help]), "missing: \(strings[keyPath: entry.help])")
        }
        #expect(help.contains("Ctrl-D"))
        reader.press("q")
        #expect(reader.state.mode == .reading)
        #expect(reader.effects.isEmpty)
    }

    @Test("Colours degrade: 8-colour and monochrome screens still mark the cursor")
    func monochromeCursor() {
        for capability in ColorCapability.allCases {
            let reader = ReaderHarness(Fixtures.essay, capability: capability)
            #expect(reader.cursorText == "一")
            let grid = reader.grid
            for y in 0..<grid.size.rows {
                for cell in grid.row(y) {
                    if capability == .monochrome { #expect(cell.style.foreground == nil && cell.style.background == nil) }
                    if capability == .basic8, case .palette = cell.style.foreground { Issue.record("palette colour on an 8-colour screen") }
                }
            }
        }
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }
}
