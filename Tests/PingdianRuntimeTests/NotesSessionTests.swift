import Foundation
import PingdianApp
import PingdianCore
import PingdianRuntime
import TerminalKit
import Testing

/// The reader's own notes through the whole runtime: typed, saved to the state file at once,
/// found again in a new session (these ran in tmux before the runtime had a terminal in memory).
@Suite("Notes through the runtime")
struct NotesSessionTests {
    @Test("Select a sentence, tag it, type a Chinese note, link it as a contradiction, quit; the file holds it; reopened, x and % reach it")
    func writeAndFindAgain() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let notes = scratch.path("notes.json")
        let reader = try scratch.open(notes: notes, size: TerminalSize(columns: 120, rows: 36))
        try reader.press("v)a")
        #expect(reader.text.contains("Which move is this?"))
        try reader.press("4")
        #expect(reader.text.contains("Enter saves"))
        // Typed as an input method delivers it, full-width punctuation included.
        try reader.press("開頭的善意，與後文的禁運互相矛盾。")
        #expect(reader.text.contains("互相矛盾。"))
        try reader.press("<CR>")
        #expect(reader.statusLine.contains("Note saved"))
        let saved = try scratch.savedNotes(notes)
        #expect(saved.count == 1)
        #expect(saved.first?.note == "開頭的善意，與後文的禁運互相矛盾。")
        #expect(saved.first?.anchor.exact
                == "一個科學家,幾個月前寫了一篇文章,宣示了他和他的公司透過強大的人工智慧解決全人類身心健康、心理疾病、貧困、和平、工作與生活的意義等諸多方面的美好善意。")
        #expect(saved.first?.created != nil)
        try reader.press("gr")
        #expect(reader.statusLine.contains("Linking"))
        try reader.press("xxr")
        #expect(reader.statusLine.contains("Linked"))
        try reader.press("q")
        #expect(reader.session.isOver)
        let links = try scratch.savedNotes(notes).first?.links ?? []
        #expect(links == [AnnotationLink(type: .contradicts, target: "c-mission-2")])

        // Reopened where it was left: on the curated side the note was linked to.
        let again = try scratch.open(notes: notes, size: TerminalSize(columns: 120, rows: 36))
        try again.press("%")
        #expect(again.text.contains("✎ My note"))
        #expect(again.text.contains("互相矛盾"))
        try again.press("%")
        #expect(again.text.contains("■ Contradiction"))
        #expect(!again.text.contains("✎ My note"))
        #expect(again.text.contains("「強烈呼籲不應該讓任何一塊"))
        try again.press("x")
        #expect(again.statusLine.contains("contradiction pair"))
        #expect(again.statusLine.contains("/20"), "the note joined a pair: still 20 pairs")
    }

    @Test("A copy of the text with a paragraph inserted at the top: the note is on the same words")
    func textChanged() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let essay = EssayText.text
        let original = try scratch.write("essay.txt", essay)
        let notes = scratch.path("notes.json")
        let reader = try scratch.open(original, notes: notes, size: TerminalSize(columns: 120, rows: 36))
        try reader.press("3Gvwwa1知名度有限<CR>")
        #expect(reader.statusLine.contains("Note saved"))
        try reader.press("q")
        #expect(try scratch.savedNotes(notes).first?.anchor.exact == "儘管 Anthropic")
        let copy = try scratch.write("essay-edited.txt", "編者按：這是新加在最前面的一段。\n" + essay)
        let edited = try scratch.open(copy, notes: notes, size: TerminalSize(columns: 120, rows: 36))
        #expect(edited.statusLine.contains("1 moved"))
        try edited.press("]")
        #expect(edited.text.contains("✎ My note"))
        #expect(edited.text.contains("「儘管 Anthropic」"))
        #expect(edited.text.contains("知名度有限"))
    }

    @Test("A corrupt notes file: the reader says so, keeps a copy, and writes nothing over it")
    func corrupt() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let garbage = "{\"format\": \"pingdian-state\", \"version\": 2, \"annotations\": [{\"id\": "
        let notes = try scratch.write("notes.json", garbage)
        let run = try scratch.run(notes: notes, keys: "v)a1不會寫進去<CR>Gq", size: TerminalSize(columns: 160, rows: 30))
        #expect(run.failure == nil)
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == garbage)
        let copies = try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path).filter { $0.hasPrefix("notes.corrupt-") }
        #expect(copies.count == 1, "\(copies)")
        #expect(try copies.first.map { try String(contentsOfFile: scratch.path($0), encoding: .utf8) } == garbage)
        let opened = try scratch.open(notes: notes, size: TerminalSize(columns: 160, rows: 30))
        #expect(opened.statusLine.contains("not be saved"))
        try opened.press("v)a1不會寫進去<CR>")
        #expect(opened.statusLine.contains("not saved"), "\(opened.statusLine)")
    }

    @Test("In the Chinese interface, what is wrong with the notes file is said in Chinese")
    func corruptInChinese() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let notes = try scratch.write("notes.json", "{\"format\": \"pingdian-state\", \"version\": 2, \"annotations\": [")
        let reader = try scratch.open(notes: notes, language: "zh-Hant")
        let opening = try #require(reader.state.message)
        #expect(opening.hasPrefix("這次不會儲存閱讀位置："))
        #expect(opening.contains("不是有效的 pingdian 狀態檔"))
        #expect(opening.contains("已另存一份為 notes.corrupt-"))
        #expect(!opening.contains("not a valid"))
        try reader.press("v)a1不會寫進去<CR>")
        let refused = try #require(reader.state.message)
        #expect(refused.hasPrefix("批註未寫入檔案："), "\(refused)")
        #expect(!refused.contains("not a valid"))
    }

    @Test("Ctrl-G hands the note to the editor with what was typed and takes the edited text back")
    func externalEditor() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let notes = scratch.path("notes.json")
        var handed: String?
        let reader = try scratch.open(notes: notes, editor: { text in
            handed = text
            return "在外部編輯器裡寫的批語\n第二行"
        })
        try reader.press("a1先打的字<C-g>")
        #expect(handed == "先打的字")
        #expect(reader.terminal.outsideRuns == 1)
        #expect(reader.text.contains("在外部編輯器裡寫的批語"))
        try reader.press("<CR>")
        #expect(try scratch.savedNotes(notes).first?.note == "在外部編輯器裡寫的批語\n第二行")
    }

    @Test("An editor that fails leaves the typed note as it was, and says so")
    func externalEditorFails() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let reader = try scratch.open(notes: scratch.path("notes.json"), editor: { _ in nil })
        try reader.press("a1先打的字<C-g>")
        #expect(reader.text.contains("先打的字"))
        #expect(reader.state.message == reader.state.strings.editorUnavailable)
        guard case .editNote = reader.state.mode else {
            Issue.record("the editor closed")
            return
        }
    }

    @Test("E asks for a format, writes the export next to the notes file and says where")
    func exportFromTheReader() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let notes = scratch.path("notes.json")
        let reader = try scratch.open(notes: notes, size: TerminalSize(columns: 160, rows: 36))
        try reader.press("E")
        #expect(reader.text.contains("Export the annotations: choose a format"))
        #expect(reader.screen.contains { $0.contains("html") && $0.contains("reading report") })
        try reader.press("5")
        let html = scratch.path("bundled-amodei-deepseek-essay.zh-Hant.html")
        #expect(reader.statusLine.contains("Exported to"))
        #expect(reader.statusLine.contains(".html"))
        let written = try String(contentsOfFile: html, encoding: .utf8)
        #expect(written.hasPrefix("<!DOCTYPE html>"))
        #expect(written.contains("自相矛盾"))
        try reader.press("E1")
        #expect(FileManager.default.fileExists(atPath: scratch.path("bundled-amodei-deepseek-essay.zh-Hant.md")))
        #expect(!reader.statusLine.contains("replaced"))
        try reader.press("E1")
        #expect(reader.statusLine.contains("replaced this text's previous export"), "\(reader.statusLine)")
    }

    @Test("Two texts of one name in different folders export to two files, never over each other")
    func sameNamedTextsExportApart() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        try FileManager.default.createDirectory(atPath: scratch.path("a"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: scratch.path("b"), withIntermediateDirectories: true)
        let first = try scratch.write("a/copyright", "第一份版權說明。")
        let second = try scratch.write("b/copyright", "第二份，內容不同。")
        var written: [String] = []
        for file in [first, second] {
            let reader = try scratch.open(file)
            try reader.press("vla1<CR>E1")
            #expect(reader.statusLine.contains("Exported to"))
            #expect(!reader.statusLine.contains("replaced"), "\(reader.statusLine)")
            written.append(reader.statusLine)
        }
        let exports = try FileManager.default.contentsOfDirectory(atPath: scratch.path("pingdian")).filter { $0.hasSuffix(".md") }
        #expect(exports.count == 2, "\(exports)")
        #expect(exports.allSatisfy { $0.hasPrefix("copyright-") })
    }

    @Test("Notes another copy writes while the reader is open survive the reader's own saves")
    func anotherCopysNotesSurvive() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let notes = scratch.path("notes.json")
        let reader = try scratch.open(notes: notes)
        try reader.press("v)a1我的<CR>")
        let document = reader.state.document
        let theirs = Annotation(id: "other-copy-1", kind: "claim", anchor: TextAnchor.make(range: 200..<210, in: document), note: "另一個視窗")
        _ = try StateStore.apply([.saving(theirs)], to: URL(fileURLWithPath: notes), document: document, path: nil)
        try reader.press("u")
        // The undo saved through the file as it is now: the other copy's note is kept, and shown.
        #expect(try scratch.savedNotes(notes).map(\.id) == ["other-copy-1"])
        #expect(reader.state.annotations.readerNotes.map(\.id) == ["other-copy-1"])
        try reader.press("q")
        #expect(try scratch.savedNotes(notes).map(\.id) == ["other-copy-1"])
    }
}
