import Foundation
import PingdianTestSupport
import Testing

/// The reader's own notes in a real terminal: Chinese typed in a burst as an input method sends
/// it, an editor given the terminal. The logic of notes (re-anchoring, corrupt files, exports)
/// runs on the runtime's terminal in memory (Tests/PingdianRuntimeTests/NotesSessionTests).
@Suite("The reader's notes in a terminal", .needs(.tmux))
struct NotesTests {
    /// The annotations array of a state file.
    static func annotations(in path: String) throws -> [[String: Any]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return object?["annotations"] as? [[String: Any]] ?? []
    }

    /// The annotations of the state file once `isDone` holds for them: the reader draws a saved
    /// note before it writes the file, so the file is polled, with a deadline.
    static func annotations(in path: String, timeout: Duration = .seconds(10),
                            when isDone: ([[String: Any]]) -> Bool) throws -> [[String: Any]] {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let annotations = try? annotations(in: path), isDone(annotations) { return annotations }
            if ContinuousClock.now >= deadline {
                throw TmuxSessionError.timedOut(waiting: "the state file \(path) to hold the note", after: timeout, screen: [])
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    @Test("Select a sentence, tag it, type a Chinese note, link it as a contradiction, quit; the file holds it; reopened, x and % reach it")
    func writeAndFindAgain() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let notes = data.url.appendingPathComponent("notes.json").path
        do {
            let tmux = try ReaderTests.reader(["--notes", notes], columns: 120, rows: 36, dataHome: data)
            defer { tmux.close() }
            try ReaderTests.waitForFrame(tmux, showing: "一個科學家")
            try tmux.sendKeys("v", ")", "a")
            try tmux.waitForText("Which move is this?")
            try tmux.sendKeys("4")
            try tmux.waitForText("Enter saves")
            // Typed as an IME delivers it: several scalars in one burst.
            try tmux.sendText("開頭的善意與後文的禁運互相矛盾")
            try tmux.waitForText("互相矛盾")
            try tmux.sendKeys("Enter")
            try tmux.waitForScreen("the note saved") { ($0.last ?? "").contains("Note saved") }
            let saved = try Self.annotations(in: notes) { !$0.isEmpty }
            #expect(saved.count == 1)
            #expect(saved.first?["note"] as? String == "開頭的善意與後文的禁運互相矛盾")
            #expect((saved.first?["anchor"] as? [String: Any])?["exact"] as? String
                    == "一個科學家,幾個月前寫了一篇文章,宣示了他和他的公司透過強大的人工智慧解決全人類身心健康、心理疾病、貧困、和平、工作與生活的意義等諸多方面的美好善意。")
            try tmux.sendKeys("g", "r")
            try tmux.waitForScreen("a link started") { ($0.last ?? "").contains("Linking") }
            try tmux.sendKeys("x", "x", "r")
            try tmux.waitForScreen("the link made") { ($0.last ?? "").contains("Linked") }
            try tmux.sendKeys("q")
            #expect(try tmux.waitForExit() == .exited(0))
        }
        let saved = try Self.annotations(in: notes)
        let links = saved.first?["links"] as? [[String: Any]] ?? []
        #expect(links.first?["type"] as? String == "contradicts")
        #expect(links.first?["target"] as? String == "c-mission-2")
        let again = try ReaderTests.reader(["--notes", notes], columns: 120, rows: 36, dataHome: data)
        defer { again.close() }
        // The reader reopens where it was left: on the curated side that the note was linked to.
        try ReaderTests.waitForFrame(again, showing: "一個科學家")
        try again.sendKeys("%")
        try again.waitForScreen("my note in the pane") { rows in
            rows.contains { $0.contains("✎ My note") } && rows.contains { $0.contains("互相矛盾") }
        }
        try again.sendKeys("%")
        let other = try again.waitForScreen("the other side") { rows in
            rows.contains { $0.contains("■ Contradiction") } && !rows.contains { $0.contains("✎ My note") }
        }
        #expect(other.contains { $0.contains("「強烈呼籲不應該讓任何一塊") })
        try again.sendKeys("x")
        try again.waitForScreen("the next contradiction") { ($0.last ?? "").contains("contradiction pair") && ($0.last ?? "").contains("/20") }
        try again.sendKeys("q")
        #expect(try again.waitForExit() == .exited(0))
    }

    /// The reader on the essay with its notes in `data`, the note editor open on the first word.
    static func editingANote(in data: ScratchFolder) throws -> (TmuxSession, String) {
        let notes = data.url.appendingPathComponent("notes.json").path
        let tmux = try ReaderTests.reader(["--notes", notes], columns: 100, rows: 30, dataHome: data)
        try ReaderTests.waitForFrame(tmux, showing: "一個科學家")
        try tmux.sendKeys("v", "w", "a", "1")
        try tmux.waitForText("Enter saves")
        return (tmux, notes)
    }

    @Test("Alt-b and Alt-Backspace in the note editor, sent by the terminal as Esc and the key, move back and delete a word and keep the note")
    func altKeyInTheEditor() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let (tmux, notes) = try Self.editingANote(in: data)
        defer { tmux.close() }
        try tmux.sendText("測試 筆記")
        try tmux.waitForText("測試 筆記")
        try tmux.sendKeys("M-b")
        try tmux.sendText("新")
        try tmux.waitForText("測試 新筆記")
        // Alt-Backspace, sent as Esc and DEL (which ncurses reads as KEY_BACKSPACE), deletes a word.
        try tmux.sendText(" 多餘")
        try tmux.waitForText("測試 新 多餘筆記")
        try tmux.sendKeys("M-BSpace")
        try tmux.waitForText("測試 新 筆記")
        try tmux.sendKeys("Enter")
        try tmux.waitForScreen("the note saved") { ($0.last ?? "").contains("Note saved") }
        #expect(try Self.annotations(in: notes) { !$0.isEmpty }.first?["note"] as? String == "測試 新 筆記")
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }

    @Test("A paste goes into the note whole, lines kept, and none of it runs as keys; while reading a paste does nothing and says so")
    func pasteIntoANote() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let (tmux, notes) = try Self.editingANote(in: data)
        defer { tmux.close() }
        try tmux.paste("Amodei said:\nquote here")
        try tmux.waitForScreen("both lines in the editor") { rows in
            rows.contains { $0.contains("Amodei said:") } && rows.contains { $0.contains("quote here") }
        }
        try tmux.sendKeys("Enter")
        try tmux.waitForScreen("the note saved") { ($0.last ?? "").contains("Note saved") }
        #expect(try Self.annotations(in: notes) { !$0.isEmpty }.first?["note"] as? String == "Amodei said:\nquote here")
        let before = try tmux.screen()
        try tmux.paste("貼上第一行\n貼上第二行 jjjjq")
        let after = try tmux.waitForScreen("the paste refused") { ($0.last ?? "").contains("Nothing to paste into here") }
        #expect(Array(after.dropLast()) == Array(before.dropLast()), "the pasted j's and q did not move or quit")
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }

    @Test("Ctrl-G hands the note to $EDITOR and takes the edited text back")
    func externalEditor() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let prepared = try data.write("prepared.txt", Array("在外部編輯器裡寫的批語\n第二行\n".utf8))
        let notes = data.url.appendingPathComponent("notes.json").path
        // The "editor" copies a prepared note over the file it is given.
        let tmux = try ReaderTests.reader(["--notes", notes], columns: 120, rows: 36, dataHome: data,
                                          environment: ["EDITOR": "cp \(prepared)", "VISUAL": nil])
        defer { tmux.close() }
        try ReaderTests.waitForFrame(tmux, showing: "一個科學家")
        try tmux.sendKeys("a", "1")
        try tmux.waitForText("Enter saves")
        try tmux.sendKeys("C-g")
        try tmux.waitForText("在外部編輯器裡寫的批語")
        try tmux.sendKeys("Enter")
        try tmux.waitForScreen("the note saved") { ($0.last ?? "").contains("Note saved") }
        #expect(try Self.annotations(in: notes) { !$0.isEmpty }.first?["note"] as? String == "在外部編輯器裡寫的批語\n第二行")
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }
}
