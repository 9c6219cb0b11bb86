import CellWidth
import PingdianApp
import PingdianCore
import TerminalKit
import Testing

@Suite("Legend, filter, outline and cue hints")
struct ViewsTests {
    @Test("L shows every kind with its label, its count and its definition; q closes it")
    func legend() {
        var reader = ReaderHarness.annotated(size: TerminalSize(columns: 100, rows: 60))
        reader.press("L")
        let screen = reader.screen.joined(separator: "\n")
        let taxonomy = reader.state.annotations.taxonomy!
        for kind in taxonomy.kinds {
            #expect(screen.contains(kind.label.english!), "\(kind.key)")
        }
        #expect(screen.contains("Contradiction        4"))
        #expect(screen.contains("Irony                1"))
        #expect(screen.contains("Claim                1"))
        #expect(screen.contains("Flags an inconsistency"))
        // The sample is drawn in the kind's own style.
        let grid = reader.grid
        let row = (0..<grid.size.rows).first { grid.text(ofRow: $0).contains("■ Irony") }!
        let sample = grid.row(row).first { $0.text == "I" }!
        #expect(sample.style == Theme(capability: .palette256).highlight(taxonomy.kind(forKey: "irony")))
        reader.press("q")
        #expect(reader.state.mode == .reading)
    }

    @Test("f hides a kind: not drawn, not in the pane, skipped by x; the status line says a filter is on")
    func filter() {
        var reader = ReaderHarness.annotated()
        let contradiction = reader.state.kinds.firstIndex { $0.key == "contradiction" }!
        reader.press("f" + String(repeating: "j", count: contradiction) + " ")
        #expect(reader.screen.joined().contains("[ ] ■ Contradiction"))
        #expect(reader.screen.joined().contains("[x] ■ Claim"))
        reader.press("<Esc>")
        #expect(reader.statusLine.contains("filtered"))
        #expect(reader.style(of: "是錯的")?.foreground == nil)
        #expect(!reader.screen.joined().contains("▍Contradiction"))
        reader.press("x")
        #expect(reader.statusLine.contains("Contradictions are hidden by the filter"))
        reader.press("]")
        #expect(reader.state.focusedAnnotation?.id == "irony-1")
        reader.press("fa<Esc>")
        #expect(!reader.statusLine.contains("filtered"))
        #expect(reader.style(of: "是錯的")?.foreground != nil)
    }

    @Test("o lists every annotation with paragraph, kind and first words; Enter jumps there")
    func outline() {
        var reader = ReaderHarness.annotated()
        reader.press("o")
        let screen = reader.screen
        #expect(screen[0].contains("Outline  6 of 6"))
        #expect(screen[1].contains("¶1") && screen[1].contains("Claim") && screen[1].contains("他說甲是對的"))
        #expect(screen[5].contains("¶3") && screen[5].contains("Contradiction") && screen[5].contains("承認乙"))
        reader.press("jjjj<CR>")
        #expect(reader.state.mode == .reading)
        #expect(reader.state.focusedAnnotation?.id == "c3")
        #expect(reader.cursorText == "承")
        reader.press("<C-o>")
        #expect(reader.state.cursor == 0)
    }

    @Test("/ in the outline narrows the list by quote, note or kind; Esc clears, q closes")
    func outlineNarrowing() {
        var reader = ReaderHarness.annotated()
        reader.press("o/乙")
        #expect(reader.screen[0].contains("2 of 6"))
        #expect(reader.screen.contains { $0.contains("/乙") })
        reader.press("<BS>反諷<CR>")
        #expect(reader.screen[0].contains("1 of 6"))
        #expect(reader.screen[1].contains("這就自相矛盾"))
        reader.press("/irony<CR>")
        #expect(reader.screen[0].contains("1 of 6"))
        reader.press("/nothing-like-this<CR>")
        #expect(reader.screen.joined().contains("No matching annotations"))
        reader.press("<Esc>")
        #expect(reader.screen[0].contains("6 of 6"))
        reader.press("q")
        #expect(reader.state.mode == .reading)
    }

    @Test("The outline scrolls to keep the selection on screen")
    func outlineScrolls() {
        var reader = ReaderHarness.annotated(size: TerminalSize(columns: 100, rows: 6))
        reader.press("oG")
        guard case .outline(let outline) = reader.state.mode else { Issue.record("not in the outline"); return }
        #expect(outline.selection == 5)
        #expect(reader.screen.contains { $0.contains("否認乙的前提") })
        #expect(!reader.screen.contains { $0.contains("他說甲是對的") })
    }

    @Test("H shows cue hints as a fainter layer that never replaces a curated highlight")
    func hints() {
        var reader = ReaderHarness.annotated()
        let document = reader.state.document
        let taxonomy = reader.state.annotations.taxonomy!
        let hint = Annotation(id: "hint-1", kind: "rebuttal", anchor: TextAnchor.make(range: 7..<17, in: document), note: "「可是」標出轉折。")
        let paragraph = document.paragraphIndex(containing: 7)!
        reader.open(annotations: reader.state.annotations, hints: HintLayer(document: document, taxonomy: taxonomy) { $0.contains(paragraph) ? [hint] : [] })
        #expect(reader.style(of: "可是")?.attributes.contains(.underline) == false)
        reader.press("H")
        #expect(reader.statusLine.contains("hints"))
        #expect(reader.style(of: "可是") == Theme(capability: .palette256).hint)
        // Curated highlights inside the hint keep their own style.
        #expect(reader.style(of: "是錯的")?.foreground != nil)
        reader.press("7l")
        #expect(reader.screen.joined(separator: "\n").contains("┊ cue hint · Rebuttal"))
        #expect(reader.screen.joined(separator: "\n").contains("「可是」標出轉折。"))
        reader.press("H")
        #expect(reader.style(of: "可是")?.attributes.contains(.underline) == false)
    }

    @Test("Without a layer the views say so instead of opening empty")
    func noLayer() {
        var reader = ReaderHarness(Fixtures.numbered(3))
        reader.press("o")
        #expect(reader.state.mode == .reading)
        #expect(reader.statusLine.contains("no annotation layer"))
        reader.press("f")
        #expect(reader.state.mode == .reading)
    }

    @Test("Inside help and the legend the status line says how to move and close them, on the first page, at 40 columns too")
    func helpSaysHowToClose() {
        for size in [TerminalSize(columns: 100, rows: 30), TerminalSize(columns: 40, rows: 15)] {
            for key in ["?", "L"] {
                var reader = ReaderHarness.annotated(size: size)
                reader.press(key)
                #expect(!reader.statusLine.contains("? help"), "\(key) at \(size)")
                #expect(reader.statusLine.contains("q/Esc"), "\(key) at \(size): \(reader.statusLine)")
            }
        }
    }

    @Test("A long message at 40 columns keeps its room: the paragraph and per cent give way")
    func longMessageKeepsItsRoom() {
        var reader = ReaderHarness.annotated(size: TerminalSize(columns: 40, rows: 15))
        reader.press("]]]]")
        reader.press("]")
        let message = reader.state.message ?? ""
        #expect(!message.isEmpty)
        #expect(reader.statusLine.contains(String(message.prefix(20))), "\(reader.statusLine)")
    }

    @Test("An export's message too long for the status line shortens the path, keeping the file name and what happened")
    func longPathMessage() {
        for columns in [40, 80] {
            var reader = ReaderHarness.annotated(size: TerminalSize(columns: columns, rows: 15))
            let path = "/home/reader/.local/share/pingdian/copyright-ca9a4ff3dfe52487.md"
            _ = reader.state.update(.exportFinished(.success(ExportWritten(path: path, replaced: true))))
            let status = reader.statusLine
            #expect(status.contains("…/copyright-"), "\(columns): \(status)")
            // At 80 columns the whole file name and what happened fit; at 40 the name's start.
            if columns == 80 { #expect(status.contains("copyright-ca9a4ff3dfe52487.md (replaced"), "\(status)") }
        }
    }

    @Test("A terminal too small for the whole message shows what fits: without the sizes, or cut with …")
    func tooSmallFits() {
        var reader = ReaderHarness.annotated(size: TerminalSize(columns: 10, rows: 3))
        #expect(reader.screen.filter { !$0.isEmpty } == ["terminal", "too small"], "\(reader.screen)")
        reader.press("<Resize:5x2>")
        #expect(reader.screen.filter { !$0.isEmpty } == ["term…"], "\(reader.screen)")
        reader.press("<Resize:16x5>")
        #expect(reader.screen.joined(separator: " ").contains("(16×5 <"))
    }

    @Test("Printed lines never end in a space, where a line breaks after one")
    func printedLinesHaveNoTrailingSpaces() {
        UTF8Locale.activate()
        let text = "Anthropic 的 創始人和 CEO Dario Amodei, a long English sentence that wraps at spaces many times over."
        let printer = TextPrinter(document: TextDocument(title: "t", text: text), options: LayoutOptions(width: 30), colorCapability: nil)
        var lines: [String] = []
        printer.printLines { lines.append($0) }
        #expect(lines.count > 2)
        for line in lines { #expect(!line.hasSuffix(" "), "\(line)") }
        #expect(lines.joined(separator: " ").replacingOccurrences(of: "  ", with: " ") == text)
    }

    @Test("After a resize the pane is as wide as at a fresh start at that size; the reader's < > adjustment is kept")
    func paneWidthFollowsResize() {
        func paneWidth(_ reader: ReaderHarness) -> Int { reader.state.regions.pane.width }
        let fresh80 = ReaderHarness.annotated(size: TerminalSize(columns: 80, rows: 24))
        let fresh120 = ReaderHarness.annotated(size: TerminalSize(columns: 120, rows: 40))
        var reader = ReaderHarness.annotated(size: TerminalSize(columns: 120, rows: 40))
        reader.press("<Resize:80x24>")
        #expect(paneWidth(reader) == paneWidth(fresh80))
        reader.press("<Resize:120x40>")
        #expect(paneWidth(reader) == paneWidth(fresh120))
        reader.press(">")
        let widened = paneWidth(reader)
        #expect(widened > paneWidth(fresh120))
        reader.press("<Resize:80x24><Resize:120x40>")
        #expect(paneWidth(reader) == widened)
    }

    @Test("The pane's title counts the reader's own notes apart")
    func paneCountsMine() {
        var reader = NotesFlowTests.reader()
        #expect(reader.screen[0].contains("Notes  6"))
        reader.press("jvlla1<CR>")
        #expect(reader.screen[0].contains("Notes  7 (1 mine)"), "\(reader.screen[0])")
    }

    @Test("While the outline's query is typed, ↓ ↑ select in the narrowed list and j k are typed; the footer says so")
    func outlineQueryArrows() {
        var reader = ReaderHarness.annotated()
        reader.press("o/")
        reader.press("j")
        guard case .outline(let typed) = reader.state.mode else { Issue.record("not in the outline"); return }
        #expect(typed.query == "j")
        reader.press("<BS>")
        reader.press("<Down>")
        guard case .outline(let moved) = reader.state.mode else { Issue.record("not in the outline"); return }
        #expect(moved.isEditingQuery)
        #expect(moved.selection == 1)
        #expect(reader.screen.last(where: { !$0.isEmpty && !$0.contains("¶") })?.contains("↓/↑ select") == true
                || reader.screen.contains { $0.contains("↓/↑ select") }, "\(reader.screen.suffix(3))")
        #expect(reader.grid[2, 2].style == Theme(capability: .palette256).selection, "the entry chosen is shown while typing")
        reader.press("<CR>")
        guard case .outline(let done) = reader.state.mode else { Issue.record("not in the outline"); return }
        #expect(!done.isEditingQuery)
        #expect(done.selection == 1, "Enter keeps the entry chosen while typing")
    }

    @Test("In help and the legend, k and PgUp after G scroll up from the last page at once")
    func scrollUpAfterTheEnd() {
        for key in ["?", "L"] {
            var reader = ReaderHarness.annotated(size: TerminalSize(columns: 60, rows: 12))
            reader.press(key + "G")
            let end = reader.screen
            reader.press("k")
            #expect(reader.screen != end, "\(key)G then k")
            reader.press("G<PageUp>")
            #expect(reader.screen != end, "\(key)G then PgUp")
        }
    }

    @Test("The outline marks the reader's own notes with ✎; m in the filter shows only them, everywhere, and says so")
    func onlyMine() {
        var reader = NotesFlowTests.reader()
        reader.press("jvlla1我的<CR>")
        reader.press("o")
        let mine = reader.screen.filter { $0.contains("✎") }
        #expect(mine.count == 1, "\(reader.screen)")
        reader.press("qfm")
        #expect(reader.screen.contains { $0.contains("[x] ✎ Only my notes (1)") }, "\(reader.screen)")
        #expect(reader.screen.contains { $0.contains("m only mine") }, "\(reader.screen)")
        reader.press("q")
        #expect(reader.statusLine.contains("filtered"))
        #expect(reader.state.annotations.visiblePlaced.map(\.id) == reader.state.annotations.readerNotes.map(\.id))
        reader.press("o")
        #expect(reader.screen[0].contains("1 of 1"), "\(reader.screen[0])")
        reader.press("qfm")
        #expect(reader.state.annotations.visiblePlaced.count == 7)
    }

    @Test("--punct full shows quotes in the pane, the card, the outline and the picker as the text pane does; the note keeps the original")
    func punctuationEverywhere() {
        let essay = Fixtures.essay
        var reader = ReaderHarness(essay)
        reader.state = AppState(document: essay, language: .english, size: TerminalSize(columns: 100, rows: 30), punctuation: .full)
        let note = Fixtures.annotation("note-1", "claim", "一個科學家,幾個月前", in: essay)
        reader.open(annotations: AnnotationSet(layer: [], readerNotes: [note], document: essay, taxonomy: Fixtures.taxonomy))
        reader.press("}{")
        let pane = reader.state.frame.pane.map { $0.map(\.text).joined() }.joined()
        #expect(pane.contains("一個科學家，幾個月前"), "\(pane)")
        #expect(!pane.contains("科學家,幾"))
        reader.press("i")
        #expect(reader.screen.joined().contains("一個科學家，幾個月前"))
        reader.press("qo")
        #expect(reader.screen.joined().contains("一個科學家，幾個月前"))
        reader.press("qvwwa")
        #expect(reader.screen.joined().contains("一個科學家，"), "\(reader.screen)")
        #expect(reader.state.annotations.readerNotes[0].anchor.exact == "一個科學家,幾個月前")
    }
}
