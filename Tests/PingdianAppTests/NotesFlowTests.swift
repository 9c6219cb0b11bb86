@testable import PingdianApp
import PingdianCore
import TerminalKit
import Testing

@Suite("Selecting and annotating")
struct NotesFlowTests {
    /// A reader of the annotated fixture whose notes are kept in the state only (as saved).
    static func reader() -> ReaderHarness {
        var reader = ReaderHarness.annotated()
        let fixture = Fixtures.annotated
        reader.open(annotations: AnnotationSet(
            layer: fixture.annotations.layerAnnotations, readerNotes: [], document: fixture.document,
            taxonomy: fixture.annotations.taxonomy!))
        return reader
    }

    @Test("v starts a selection; l, w and ) extend it; Esc cancels")
    func selection() {
        var reader = Self.reader()
        reader.press("v")
        #expect(reader.state.selection == 0..<1)
        reader.press("ll")
        #expect(reader.state.document.text(in: reader.state.selection!) == "他說甲")
        reader.press("<Esc>")
        #expect(reader.state.selection == nil)
        reader.press("gv)")
        #expect(reader.state.document.text(in: reader.state.selection!) == "他說甲是對的。")
        reader.press(")")
        #expect(reader.state.document.text(in: reader.state.selection!) == "他說甲是對的。可是他又說甲是錯的。")
        reader.press("(")
        #expect(reader.state.document.text(in: reader.state.selection!) == "他說甲是對的。")
        reader.press("}")
        #expect(reader.state.document.text(in: reader.state.selection!) == "他說甲是對的。可是他又說甲是錯的。這就自相矛盾。")
        reader.press("}")
        #expect(reader.state.document.text(in: reader.state.selection!).hasSuffix("第二段沒有批註。"))
        reader.press("{")
        #expect(reader.state.document.text(in: reader.state.selection!) == "他說甲是對的。可是他又說甲是錯的。這就自相矛盾。")
    }

    @Test("w and b select by Chinese word")
    func wordSelection() {
        var reader = ReaderHarness(TextDocument(title: "w", text: "我們還原一下他的論述邏輯線條。"))
        reader.press("vw")
        #expect(reader.state.document.text(in: reader.state.selection!) == "我們")
        reader.press("w")
        #expect(reader.state.document.text(in: reader.state.selection!) == "我們還原")
        reader.press("b")
        #expect(reader.state.document.text(in: reader.state.selection!) == "我們")
        var latin = ReaderHarness(TextDocument(title: "w", text: "儘管 Anthropic 和它"))
        latin.press("vww")
        #expect(latin.state.document.text(in: latin.state.selection!) == "儘管 Anthropic")
    }

    @Test("The selection is drawn highlighted")
    func selectionDrawn() {
        var reader = Self.reader()
        reader.press("vll")
        #expect(reader.style(of: "說甲")?.background == .palette(24))
        #expect(reader.style(of: "是對")?.background == nil)
    }

    @Test("a on a selection: pick a kind by number, type a Chinese note (IME scalars), Enter saves")
    func annotateSelection() {
        var reader = Self.reader()
        reader.press("jvll")
        reader.press("a")
        guard case .pickKind(let picker) = reader.state.mode else { Issue.record("no picker"); return }
        #expect(reader.state.document.text(in: picker.draft.range) == "第二段")
        #expect(reader.screen.joined().contains("Which move is this?"))
        reader.press("7")
        guard case .editNote(let editor) = reader.state.mode else { Issue.record("no editor"); return }
        #expect(editor.draft.kind == reader.state.kinds[6].key)
        // An IME delivers each character as its own scalar event.
        reader.press("反諷：明褒實貶。")
        reader.press("<CR>")
        #expect(reader.state.mode == .reading)
        let note = reader.state.annotations.readerNotes.first
        #expect(note?.id == "note-test-1")
        #expect(note?.note == "反諷：明褒實貶。")
        #expect(note?.anchor.exact == "第二段")
        #expect(reader.effects.last == .changeNote(.made(note!)))
        #expect(reader.statusLine.contains("Note saved"))
        // The reader's own note looks different from curated ones, and the pane says it is theirs.
        #expect(reader.style(of: "第二段")?.attributes.contains(.italic) == true)
        #expect(reader.screen.joined().contains("✎ My note"))
    }

    @Test("a without a selection annotates the sentence under the cursor")
    func annotateSentence() {
        var reader = Self.reader()
        reader.press("10la")
        guard case .pickKind(let picker) = reader.state.mode else { Issue.record("no picker"); return }
        #expect(reader.state.document.text(in: picker.draft.range) == "可是他又說甲是錯的。")
        reader.press("<Esc>")
        #expect(reader.state.mode == .reading)
        #expect(reader.state.annotations.readerNotes.isEmpty)
    }

    @Test("The editor moves and deletes by whole characters and keeps line breaks")
    func editor() {
        var editor = NoteEditor(draft: NoteDraft(existing: nil, range: 0..<1, kind: "claim"), text: "")
        for scalar in "甲乙丙".unicodeScalars { editor.insert(scalar) }
        editor.moveCaret(by: -1)
        editor.deleteBackward()
        #expect(editor.text == "甲丙")
        editor.insert("e")
        editor.insert("\u{301}")
        #expect(editor.text == "甲é丙")
        editor.deleteBackward()
        #expect(editor.text == "甲丙")
        editor.moveCaretToLine(end: true)
        editor.insertLineBreak()
        for scalar in "第二行".unicodeScalars { editor.insert(scalar) }
        editor.moveCaretLine(down: false)
        editor.insert("！")
        #expect(editor.text == "甲丙！\n第二行")
    }

    @Test("The editor wraps Chinese and shows the caret where typing goes")
    func editorWrapping() {
        var editor = NoteEditor(draft: NoteDraft(existing: nil, range: 0..<1, kind: "claim"), text: "一二三四五六七八，九十")
        editor.moveCaret(by: -2)
        let layout = NoteEditorView.layout(editor, width: 10)
        #expect(layout.rows == ["一二三四五", "六七八，九", "十"])
        // The caret is before 九: row 2, after 六七八， (8 columns).
        #expect(layout.caretRow == 1)
        #expect(layout.caretColumn == 8)
    }

    @Test("e edits the kind and note of one's own annotation; curated ones are read-only")
    func edit() {
        var reader = Self.reader()
        reader.press("jvlla1舊<CR>")
        reader.press("e")
        guard case .pickKind = reader.state.mode else { Issue.record("no picker"); return }
        reader.press("2<BS>新<CR>")
        let note = reader.state.annotations.readerNotes.first
        #expect(note?.note == "新")
        #expect(note?.kind == reader.state.kinds[1].key)
        #expect(reader.state.annotations.readerNotes.count == 1)
        reader.press("gge")
        #expect(reader.statusLine.contains("read-only"))
    }

    @Test("Esc on a typed note asks once: a second Esc discards it, any other key goes on writing; Ctrl-C too")
    func escapeAsksBeforeDiscarding() {
        var reader = Self.reader()
        reader.press("jvlla1寫了一半")
        reader.press("<Esc>")
        guard case .editNote(let asking) = reader.state.mode else { Issue.record("the editor closed on the first Esc"); return }
        #expect(asking.text == "寫了一半")
        #expect(reader.statusLine.contains("Discard the note?"))
        reader.press("，還沒寫完")
        guard case .editNote(let writing) = reader.state.mode else { Issue.record("the editor closed"); return }
        #expect(writing.text == "寫了一半，還沒寫完")
        #expect(!writing.isAskingToDiscard)
        reader.press("<C-c>")
        #expect(reader.statusLine.contains("Discard the note?"))
        reader.press("<C-c>")
        #expect(reader.state.mode == .reading)
        #expect(reader.statusLine.contains("discarded"))
        #expect(reader.state.annotations.readerNotes.isEmpty)
        #expect(reader.effects.isEmpty)
    }

    @Test("Esc with nothing typed closes at once; leaving an edit that changed nothing says the note is unchanged")
    func escapeWithoutChanges() {
        var reader = Self.reader()
        reader.press("jvlla1<Esc>")
        #expect(reader.state.mode == .reading)
        #expect(reader.statusLine.contains("Note not saved"))
        reader.press("jvlla1我的<CR>")
        reader.press("e<Esc>")
        #expect(reader.state.mode == .reading)
        #expect(reader.statusLine.contains("Note unchanged"))
        reader.press("e<CR><Esc>")
        #expect(reader.state.mode == .reading)
        #expect(reader.statusLine.contains("Note unchanged"))
    }

    @Test("v a second time ends the selection and keeps it: motions no longer change it, a annotates it, Esc lets it go")
    func secondVKeepsTheSelection() {
        var reader = Self.reader()
        reader.press("jvll")
        #expect(reader.statusLine.contains("SELECT"))
        let selected = reader.state.selection
        #expect(selected?.count == 3)
        reader.press("v")
        #expect(reader.state.selection == selected)
        #expect(reader.statusLine.contains("Selection kept"))
        reader.press("ll")
        #expect(reader.state.selection == selected, "moving after v leaves the kept selection as it was")
        reader.press("a1<CR>")
        #expect(reader.state.annotations.readerNotes.first?.anchor.exact == "第二段")
        #expect(reader.state.selection == nil)
        reader.press("gvlv<Esc>")
        #expect(reader.state.selection == nil)
        #expect(!reader.statusLine.contains("Selection kept"))
    }

    @Test("A started link stays visible in the status line while moving, until it is made or cancelled")
    func pendingLinkStaysVisible() {
        var reader = Self.reader()
        reader.press("]r")
        #expect(reader.statusLine.contains("Linking"))
        reader.press("jk")
        #expect(reader.statusLine.contains("LINK"))
        reader.press("<Esc>")
        #expect(!reader.statusLine.contains("LINK"))
    }

    @Test("Alt keys in the editor move and delete by word and never close it; other Alt keys only say so; while reading, Alt-b is not b")
    func altKeysInTheEditor() {
        var reader = Self.reader()
        reader.press("jvlla1測試筆記 second word")
        reader.press("<M-b>X")
        guard case .editNote(let moved) = reader.state.mode else { Issue.record("the editor closed"); return }
        #expect(moved.text == "測試筆記 second Xword")
        reader.press("<M-BS>")
        guard case .editNote(let deleted) = reader.state.mode else { Issue.record("the editor closed"); return }
        #expect(deleted.text == "測試筆記 second word")
        reader.press("<M-b><M-b><M-BS>")
        guard case .editNote(let start) = reader.state.mode else { Issue.record("the editor closed"); return }
        #expect(start.text == "測試筆記 second word", "nothing before the first word to delete")
        reader.press("<M-f>!<M-x>")
        guard case .editNote(let after) = reader.state.mode else { Issue.record("Alt-x closed the editor"); return }
        #expect(after.text == "測試筆記! second word")
        #expect(reader.statusLine.contains("does nothing"))
        reader.press("<CR>")
        #expect(reader.state.annotations.readerNotes.first?.note == "測試筆記! second word")
        reader.press("G")
        let cursor = reader.state.cursor
        reader.press("<M-b>")
        #expect(reader.state.cursor == cursor, "Alt-b is not b (a page back)")
        #expect(reader.statusLine.contains("does nothing"))
    }

    @Test("A paste goes into the note whole with its lines, into a search or the outline's query on one line, and nowhere while reading")
    func paste() {
        var reader = SearchFlowTests.reader()
        reader.press("jvlla1")
        _ = reader.state.update(.paste("Amodei said:\nquote here jjjj"))
        guard case .editNote(let editor) = reader.state.mode else { Issue.record("the paste closed the editor"); return }
        #expect(editor.text == "Amodei said:\nquote here jjjj")
        reader.press("<Esc><Esc>")
        let cursor = reader.state.cursor
        _ = reader.state.update(.paste("jjjjq"))
        #expect(reader.state.cursor == cursor)
        #expect(reader.state.mode == .reading)
        #expect(reader.statusLine.contains("Nothing to paste into here"))
        reader.press("/")
        _ = reader.state.update(.paste("甲是\n對的"))
        guard case .searching(let prompt) = reader.state.mode else { Issue.record("not searching"); return }
        #expect(prompt.query == "甲是 對的")
        reader.press("<Esc>o/")
        _ = reader.state.update(.paste("自相\n矛盾"))
        guard case .outline(let outline) = reader.state.mode else { Issue.record("not in the outline"); return }
        #expect(outline.query == "自相 矛盾")
    }

    @Test("d deletes one's own note and u brings it back")
    func deleteAndUndo() {
        var reader = Self.reader()
        reader.press("jvlla1註<CR>")
        let note = reader.state.annotations.readerNotes.first!
        reader.press("d")
        #expect(reader.state.annotations.readerNotes.isEmpty)
        #expect(reader.effects.last == .changeNote(.deleted(note)))
        reader.press("u")
        #expect(reader.state.annotations.readerNotes == [note])
        #expect(reader.effects.last == .changeNote(.made(note)))
        reader.press("u")
        #expect(reader.state.annotations.readerNotes.isEmpty)
        reader.press("u")
        #expect(reader.statusLine.contains("Nothing to undo"))
    }

    @Test("r on one's note and r on a curated annotation link them: x and % reach both")
    func link() {
        var reader = Self.reader()
        reader.press("jvlla4我的一方<CR>")
        let id = reader.state.annotations.readerNotes.first!.id
        reader.press("r")
        #expect(reader.statusLine.contains("Linking"))
        reader.press("gg]")
        #expect(reader.state.focusedAnnotation?.id == "c1")
        reader.press("r")
        #expect(reader.statusLine.contains("Linked"))
        let note = reader.state.annotations.readerNotes.first!
        #expect(note.links == [AnnotationLink(type: .contradicts, target: "c1")])
        #expect(reader.effects.last?.changedNote?.after == note)
        reader.press("%")
        #expect(reader.state.focusedAnnotation?.id == "c2" || reader.state.focusedAnnotation?.id == id)
        let partners = reader.state.annotations.index!.contradictionPartners(of: "c1")
        #expect(partners.contains(id))
        reader.press("gg")
        var visited: [String] = []
        for _ in 0..<5 {
            reader.press("x")
            visited.append(reader.state.focusedAnnotation?.id ?? "-")
        }
        #expect(visited.contains(id))
    }

    @Test("Ctrl-G hands the note to the external editor and takes the text back")
    func externalEditor() {
        var reader = Self.reader()
        reader.press("jvlla1草稿<C-g>")
        #expect(reader.effects.last == .editExternally("草稿"))
        _ = reader.state.update(.externalEditFinished("改好的批語\n第二行"))
        reader.press("<CR>")
        #expect(reader.state.annotations.readerNotes.first?.note == "改好的批語\n第二行")
    }

    @Test("Notes reloaded from the file (another running copy) appear at once")
    func reload() {
        var reader = Self.reader()
        let document = reader.state.document
        let start = document.paragraphs[1].range.lowerBound
        let other = Annotation(id: "other-1", kind: "claim", anchor: TextAnchor.make(range: start..<(start + 3), in: document), note: "另一個視窗寫的")
        _ = reader.state.update(.notesReloaded([other]))
        #expect(reader.state.annotations.readerNotes == [other])
        #expect(reader.screen.contains { $0.contains("✎Claim 第二段") })
    }
}

@Suite("The mouse")
struct MouseTests {
    @Test("A click moves the cursor to the character under it; a drag selects")
    func clickAndDrag() {
        var reader = NotesFlowTests.reader()
        // Row 0 shows " 他說甲是對的。…": column 1 is 他, each character two columns wide.
        _ = reader.state.update(.mouse(MouseEvent(kind: .press, column: 5, row: 0)))
        _ = reader.state.update(.mouse(MouseEvent(kind: .release, column: 5, row: 0)))
        #expect(reader.cursorText == "甲")
        #expect(reader.state.selection == nil)
        _ = reader.state.update(.mouse(MouseEvent(kind: .press, column: 1, row: 0)))
        _ = reader.state.update(.mouse(MouseEvent(kind: .drag, column: 7, row: 0)))
        _ = reader.state.update(.mouse(MouseEvent(kind: .release, column: 8, row: 0)))
        #expect(reader.state.document.text(in: reader.state.selection!) == "他說甲是")
        reader.press("a")
        guard case .pickKind(let picker) = reader.state.mode else { Issue.record("no picker"); return }
        #expect(reader.state.document.text(in: picker.draft.range) == "他說甲是")
    }

    @Test("Clicks outside the text do nothing; the wheel scrolls")
    func outsideAndWheel() {
        var reader = ReaderHarness(Fixtures.numbered(100), size: TerminalSize(columns: 100, rows: 12))
        let cursor = reader.state.cursor
        _ = reader.state.update(.mouse(MouseEvent(kind: .press, column: 90, row: 3)))
        _ = reader.state.update(.mouse(MouseEvent(kind: .press, column: 5, row: 11)))
        #expect(reader.state.cursor == cursor)
        _ = reader.state.update(.mouse(MouseEvent(kind: .wheelDown, column: 5, row: 3)))
        #expect(reader.state.top.paragraph >= 1)
    }
}

@Suite("When the text changed")
struct ReanchorReviewTests {
    /// The annotated fixture's layer and a note, opened on a text with a paragraph inserted at the
    /// top and the note's words deleted.
    static func changedReader(replacing edits: [(String, String)] = [("第二段沒有批註", "這一段改寫了")],
                              size: TerminalSize = TerminalSize(columns: 100, rows: 30)) -> ReaderHarness {
        let original = Fixtures.annotated
        let document = original.document
        let start = document.paragraphs[1].range.lowerBound
        let note = Annotation(id: "note-1", kind: "claim", anchor: TextAnchor.make(range: start..<(start + 5), in: document), note: "我的")
        var changedText = "新加的一段。\n" + document.text(in: 0..<document.scalarCount)
        for (old, new) in edits { changedText = changedText.replacingOccurrences(of: old, with: new) }
        let changed = TextDocument(title: "changed.txt", text: changedText)
        var reader = ReaderHarness(changed, size: size)
        reader.open(annotations: AnnotationSet(
            layer: original.annotations.layerAnnotations, readerNotes: [note], document: changed,
            taxonomy: original.annotations.taxonomy!))
        return reader
    }

    @Test("The status line says how many annotations moved and how many were lost")
    func summary() {
        let reader = Self.changedReader()
        #expect(reader.statusLine.contains("The text changed: 6 moved, 1 orphaned"))
    }

    @Test("R lists the lost first, then the approximate; shifts fold into one line that A accepts; every action says what it did")
    func review() {
        // One curated quote changed by a character (found approximately), the reader's note's
        // words rewritten (lost), and the rest shifted by a new paragraph at the top.
        var reader = Self.changedReader(replacing: [("第二段沒有批註", "這一段改寫了"), ("否認乙的前提", "否認乙的前題")])
        reader.press("R")
        let screen = reader.screen.joined(separator: "\n")
        #expect(screen.contains("Review"))
        #expect(reader.state.reviewEntries.map(\.id) == ["note-1", "c4"], "lost first, then approximate")
        #expect(screen.contains("lost") && screen.contains("✎ Claim"))
        #expect(reader.state.reviewShifts.count == 5)
        #expect(screen.contains("and 5 found with the same words at another place — A accepts them all"), "\(screen)")
        reader.press("A")
        #expect(reader.state.reviewShifts.isEmpty)
        #expect(reader.statusLine.contains("Accepted 5 shifted annotations"))
        #expect(!reader.screen.joined().contains("A accepts them all"))
        reader.press("j<CR>")
        #expect(reader.statusLine.contains("Accepted the new place"), "a curated entry says what Enter did")
        #expect(reader.state.reviewEntries.map(\.id) == ["note-1"])
        reader.press("d")
        #expect(reader.state.annotations.readerNotes.isEmpty)
        #expect(reader.effects.last?.changedNote?.id == "note-1")
        #expect(reader.effects.last?.changedNote?.after == nil)
        #expect(reader.state.mode == .reading, "nothing left: the review closes")
        #expect(reader.statusLine.contains("Note deleted"), "\(reader.statusLine)")
        reader.press("u")
        #expect(reader.state.annotations.readerNotes.count == 1)
    }

    @Test("A long review: page keys, g and G and counts move through it")
    func reviewPages() {
        var reader = Self.changedReader(replacing: [("第二段沒有批註", "這一段改寫了"), ("否認乙的前提", "否認乙的前題"), ("甲是錯的", "甲是錯滴")],
                                        size: TerminalSize(columns: 100, rows: 6))
        reader.press("R")
        let count = reader.state.reviewEntries.count
        #expect(count == 3)
        reader.press("G")
        guard case .review(let last) = reader.state.mode else { Issue.record("not in the review"); return }
        #expect(last.selection == count - 1)
        reader.press("g")
        guard case .review(let first) = reader.state.mode else { Issue.record("not in the review"); return }
        #expect(first.selection == 0)
        reader.press("<Space>")
        guard case .review(let paged) = reader.state.mode else { Issue.record("not in the review"); return }
        #expect(paged.selection > 0)
        // Counts, as while reading: 2j two rows, 2G row 2; a count never outlives the list.
        reader.press("g2j")
        guard case .review(let counted) = reader.state.mode else { Issue.record("not in the review"); return }
        #expect(counted.selection == 2)
        reader.press("2G")
        guard case .review(let row) = reader.state.mode else { Issue.record("not in the review"); return }
        #expect(row.selection == 1)
        reader.press("5q")
        #expect(reader.state.mode == .reading)
        #expect(reader.state.count == nil)
    }

    @Test("s re-attaches a lost note to a new selection")
    func reattach() {
        var reader = Self.changedReader()
        reader.press("R")
        let orphan = reader.state.reviewEntries.firstIndex { $0.id == "note-1" }!
        reader.press(String(repeating: "j", count: orphan) + "s")
        #expect(reader.state.mode == .reading)
        #expect(reader.statusLine.contains("Select the new text"))
        reader.press("}}vlll")
        reader.press("a")
        let note = reader.state.annotations.readerNotes.first!
        #expect(note.anchor.exact == "這一段改")
        #expect(note.note == "我的")
        #expect(reader.state.annotations.index?.annotation(withID: "note-1")?.match == .exact(note.anchor.start..<note.anchor.end))
    }
}

extension Effect {
    /// The change of a `.changeNote` effect.
    var changedNote: NoteChange? {
        if case .changeNote(let change) = self { return change }
        return nil
    }
}
