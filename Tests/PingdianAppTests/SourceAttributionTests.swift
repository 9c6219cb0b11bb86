@testable import PingdianApp
import PingdianCore
import TerminalKit
import Testing

/// The reader's own source text (`--source`): `@` jumps from a claim to its source words and
/// back, the cursor moves, selects and searches in the source, and the reader makes attributions
/// of their own — essay passage, source words, verdict, note (issue 14, item 5).
@Suite("Attributions of the reader's own, in the source text")
struct SourceAttributionTests {
    /// A source text this test writes: five paragraphs, the layer's two source sentences in the
    /// third and the fifth, long enough to scroll in the pane.
    static let sourceText = """
        On Things Said

        The first paragraph only sets the scene, and it goes on for a while so that it wraps over several rows of a narrow pane.

        Somewhere in the middle A is right, he said. Then more words follow that nobody quotes.

        A fourth paragraph with nothing in it that the essay takes up, though it talks about export controls at length.

        The last one: B, with conditions. And a closing sentence.
        """

    static func reader(language: UILanguage = .english, size: TerminalSize = TerminalSize(columns: 100, rows: 30)) -> ReaderHarness {
        let fixture = Fixtures.annotated
        var layer = Fixtures.layerAnnotations(in: fixture.document)
        layer[0].source = AnnotationSource(url: "https://example.org/essay", location: "¶3", words: "A is right, he said.", verdict: .fairParaphrase)
        layer[4].source = AnnotationSource(url: "https://example.org/essay", location: "¶5", words: "B, with conditions.", verdict: .selective)
        var reader = ReaderHarness(fixture.document, size: size, language: language, noteIDPrefix: "note-test")
        let annotations = AnnotationSet(layer: layer, readerNotes: [], document: fixture.document, taxonomy: Fixtures.taxonomy)
        let source = TextDocument(title: "source.txt", text: sourceText)
        _ = reader.state.update(.textOpened(OpenedText(
            document: fixture.document, annotations: annotations,
            sourceText: SourceText(document: source, annotations: layer))))
        return reader
    }

    /// The source's text under the cursor and the selection, as the pane shows them.
    static func sourceSelection(_ reader: ReaderHarness) -> String? {
        guard case .source(let focus) = reader.state.mode, let rows = reader.state.sourceRows,
              let range = focus.selection(rows: rows) else { return nil }
        return reader.state.sourceText?.document.text(in: range)
    }

    @Test("@ on a claim puts the cursor on its source words in the pane; @ again comes back to the claim")
    func jumpAndBack() throws {
        var reader = Self.reader()
        let claim = reader.state.cursor
        reader.press("@")
        guard case .source(let focus) = reader.state.mode else {
            Issue.record("not in the source: \(reader.state.mode)")
            return
        }
        let source = try #require(reader.state.sourceText)
        #expect(source.document.text(in: focus.cursor..<(focus.cursor + 4)) == "A is")
        let pane = reader.state.frame.pane.map { $0.map(\.text).joined() }
        #expect(pane.first?.contains("Source · source.txt · ¶ 3/5") == true, "\(pane)")
        #expect(pane.joined().contains("A is right, he said."), "\(pane)")
        #expect(reader.statusLine.contains("In the source"), "\(reader.statusLine)")
        // The cursor is drawn on the source's A, in the pane.
        let cursorRow = try #require(reader.state.frame.pane.first { $0.contains { $0.role == .cursor } })
        #expect(cursorRow.first { $0.role == .cursor }?.text == "A")
        reader.press("s")
        guard case .source(let followed) = reader.state.mode else {
            Issue.record("s left the source")
            return
        }
        #expect(source.document.text(in: followed.cursor..<(followed.cursor + 2)) == "B,", "s: the next attribution's words")
        #expect(reader.state.focusedAnnotationID == "c3")
        reader.press("S@")
        #expect(reader.state.mode == .reading)
        #expect(reader.state.cursor == claim, "back on the claim")
    }

    @Test("In the source: j k w ) } G g move the cursor, the pane follows it; / n N search the source, wrapping")
    func moveAndSearch() throws {
        // A pane of ten rows, a third as wide as the screen: the source does not fit in it.
        var reader = Self.reader(size: TerminalSize(columns: 100, rows: 12))
        reader.press("@g")
        let source = try #require(reader.state.sourceText).document
        func atCursor(_ count: Int) -> String {
            guard case .source(let focus) = reader.state.mode else { return "" }
            return source.text(in: focus.cursor..<min(source.scalarCount, focus.cursor + count))
        }
        #expect(atCursor(2) == "On")
        reader.press("}")
        #expect(atCursor(9) == "The first")
        reader.press("vww")
        #expect(Self.sourceSelection(reader) == "The first", "w: a selection grows a word at a time")
        reader.press("<Esc>jk")
        #expect(atCursor(1) == "t", "j then k: back on the same column")
        reader.press("G")
        guard case .source(let focus) = reader.state.mode else { return }
        let rest = source.text(in: focus.cursor..<source.scalarCount)
        #expect(rest.hasSuffix("sentence.") && rest.count < 30 && !rest.contains("\n"), "G: the start of the last line: \(rest)")
        #expect(reader.state.frame.pane.contains { $0.contains { $0.role == .cursor } }, "the pane scrolled to the cursor")
        #expect(!reader.state.frame.pane.contains { $0.contains { $0.text.contains("On Things") } })
        reader.press("g/export<CR>")
        #expect(atCursor(6) == "export")
        #expect(reader.state.frame.pane.contains { $0.contains { $0.role == .searchMatch } })
        reader.press("n")
        #expect(atCursor(6) == "export", "one match: n wraps to it")
        #expect(reader.statusLine.contains("continuing at the top"), "\(reader.statusLine)")
        reader.press("/nowhere at all<CR>")
        #expect(reader.statusLine.contains("not found") || reader.statusLine.contains("Not found"), "\(reader.statusLine)")
        reader.press("<Esc>")
        #expect(reader.state.mode == .reading, "Esc without a selection: back to the essay")
    }

    @Test("Select in the essay, @, select the source's words, Enter, a verdict, a note: the reader's attribution, stored with the notes")
    func makeAttribution() throws {
        var reader = Self.reader()
        reader.press("}v)@")
        #expect(reader.statusLine.contains("Select the words this passage renders"), "\(reader.statusLine)")
        #expect(reader.state.selection.map { reader.state.document.text(in: $0) } == "第二段沒有批註。", "the essay's passage stays selected")
        reader.press("/more words<CR>v)")
        #expect(Self.sourceSelection(reader) == "more words follow that nobody quotes.")
        reader.press("<CR>")
        guard case .pickVerdict = reader.state.mode else {
            Issue.record("no verdicts: \(reader.state.mode)")
            return
        }
        let picker = reader.screen.joined(separator: "\n")
        #expect(picker.contains("Verdict for 「第二段沒有批註。」"), "\(picker)")
        #expect(picker.contains("3 selective"))
        #expect(picker.contains("“more words follow that nobody quotes.”"))
        reader.press("4")
        guard case .editNote = reader.state.mode else {
            Issue.record("no editor: \(reader.state.mode)")
            return
        }
        reader.press("原文沒有這個意思。<CR>")
        #expect(reader.statusLine.contains("Attribution saved · distorted"), "\(reader.statusLine)")
        let note = try #require(reader.state.annotations.readerNotes.last)
        #expect(note.kind == "attribution")
        #expect(note.anchor.exact == "第二段沒有批註。")
        #expect(note.note == "原文沒有這個意思。")
        #expect(note.source == AnnotationSource(url: "https://example.org/essay", location: "source.txt ¶3",
                                                words: "more words follow that nobody quotes.", verdict: .distorted))
        #expect(reader.effects.contains(.changeNote(.made(note))), "saved through the notes' one change")
        #expect(reader.state.selection == nil, "the passage is done with")
        // The pane shows it as any checked passage; @ finds its words in the source again.
        let pane = reader.state.frame.pane.map { $0.map(\.text).joined() }
        #expect(pane.contains("Source · distorted"), "\(pane)")
        reader.press("@")
        guard case .source(let focus) = reader.state.mode else {
            Issue.record("not in the source")
            return
        }
        #expect(reader.state.sourceText?.document.text(in: focus.cursor..<(focus.cursor + 4)) == "more")
        // Undone, it is gone, as any note.
        reader.press("@u")
        #expect(reader.state.annotations.readerNotes.isEmpty)
    }

    @Test("Nothing is lost on the way: Esc in the verdicts goes back to the source's selection; Esc in the note asks first; e changes the verdict")
    func cancelAndEdit() throws {
        var reader = Self.reader()
        reader.press("@<CR>")
        #expect(reader.statusLine.contains("Select the source's words first"), "\(reader.statusLine)")
        reader.press("vw<CR>")
        let chosen = Self.sourceSelection(reader)
        #expect(chosen == nil, "the verdicts are open")
        reader.press("<Esc>")
        #expect(reader.statusLine.contains("No attribution made; the source selection is still there"))
        #expect(Self.sourceSelection(reader) == "A is", "\(String(describing: Self.sourceSelection(reader)))")
        reader.press("<CR>2<Esc>")
        #expect(reader.statusLine.contains("Esc again discards") || reader.statusLine.contains("discard"), "\(reader.statusLine)")
        reader.press("<CR>")
        let note = try #require(reader.state.annotations.readerNotes.last)
        #expect(note.source?.verdict == .fairParaphrase)
        #expect(note.anchor.exact == "他說甲是對的。", "without a selection: the sentence at the cursor")
        reader.state.focusedAnnotationID = note.id
        reader.press("e")
        guard case .pickVerdict(let picker) = reader.state.mode else {
            Issue.record("e on an attribution: \(reader.state.mode)")
            return
        }
        #expect(picker.selection == 1, "its verdict highlighted")
        reader.press("j<CR><CR>")
        #expect(reader.state.annotations.readerNotes.last?.source?.verdict == .selective)
        #expect(reader.state.annotations.readerNotes.last?.source?.words == "A is")
    }

    @Test("Without a source text, @ says how to give one; in Chinese every word of the source's lines is Chinese")
    func withoutSourceAndChinese() {
        var plain = ReaderHarness.annotated()
        plain.press("@")
        #expect(plain.statusLine.contains("No source text: open one with --source FILE"))
        var reader = Self.reader(language: .traditionalChinese)
        reader.press("}v)@")
        #expect(reader.statusLine.contains("在原文中選出這段話的出處"), "\(reader.statusLine)")
        reader.press("v<CR>")
        let screen = reader.screen.joined(separator: "\n")
        #expect(screen.contains("判定 「第二段沒有批註。」"), "\(screen)")
        #expect(screen.contains("選擇性引用") || screen.contains("選擇性"), "\(screen)")
    }
}

extension SourceAttributionTests {
    @Test("A paste goes into the source's search as one line; outside a search it runs no key")
    func paste() throws {
        var reader = Self.reader()
        reader.press("@")
        _ = reader.state.update(.paste("vG\n"))
        #expect(reader.statusLine.contains("Nothing to paste into here"))
        guard case .source(let unmoved) = reader.state.mode else { return }
        #expect(unmoved.anchor == nil, "the pasted v started no selection")
        reader.press("/")
        _ = reader.state.update(.paste("export\ncontrols"))
        reader.press("<CR>")
        guard case .source(let focus) = reader.state.mode else { return }
        #expect(focus.lastQuery == "export controls")
        #expect(reader.state.sourceText?.document.text(in: focus.cursor..<(focus.cursor + 15)) == "export controls")
    }
}
