import Foundation
import PingdianTestSupport
import Testing

/// The reader's own notes in a real terminal: written in Chinese, saved at once, found again.
@Suite("The reader's notes in a terminal", .needs(.tmux))
struct NotesTests {
    /// The annotations array of a state file.
    static func annotations(in path: String) throws -> [[String: Any]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return object?["annotations"] as? [[String: Any]] ?? []
    }

    /// The annotations of a state file once `ready` holds for them, or after `timeout` whatever
    /// it holds then. The reader draws "Note saved" in the frame before it writes the file
    /// (TerminalSession), so on a busy machine the file can lag the screen.
    static func annotations(in path: String, timeout: Duration = .seconds(10),
                            once ready: ([[String: Any]]) -> Bool) throws -> [[String: Any]] {
        let deadline = ContinuousClock.now + timeout
        while true {
            let current = (try? annotations(in: path)) ?? []
            if ready(current) || ContinuousClock.now >= deadline { return current }
            Thread.sleep(forTimeInterval: TmuxSession.pollInterval.seconds)
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
            try tmux.sendKeys("]", "]", "r")
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
        try again.waitForScreen("the next contradiction") { ($0.last ?? "").contains("contradiction 4/41") }
        try again.sendKeys("q")
        #expect(try again.waitForExit() == .exited(0))
    }

    @Test("A copy of the text with a paragraph inserted at the top: the note is on the same words")
    func textChanged() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let essay = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Texts/amodei-deepseek-essay.zh-Hant.txt"), encoding: .utf8)
        let original = try data.write("essay.txt", Array(essay.utf8))
        let notes = data.url.appendingPathComponent("notes.json").path
        do {
            let tmux = try ReaderTests.reader([original, "--notes", notes], columns: 120, rows: 36, dataHome: data)
            defer { tmux.close() }
            try ReaderTests.waitForFrame(tmux, showing: "一個科學家")
            try tmux.sendText("3G")
            try tmux.sendKeys("v", "w", "w", "a", "1")
            try tmux.sendText("知名度有限")
            try tmux.sendKeys("Enter")
            try tmux.waitForScreen("the note saved") { ($0.last ?? "").contains("Note saved") }
            try tmux.sendKeys("q")
            #expect(try tmux.waitForExit() == .exited(0))
        }
        let quote = (try Self.annotations(in: notes).first?["anchor"] as? [String: Any])?["exact"] as? String
        #expect(quote == "儘管 Anthropic")
        let copy = try data.write("essay-edited.txt", Array(("編者按：這是新加在最前面的一段。\n" + essay).utf8))
        let tmux = try ReaderTests.reader([copy, "--notes", notes], columns: 120, rows: 36, dataHome: data)
        defer { tmux.close() }
        try ReaderTests.waitForFrame(tmux, showing: "編者按", status: "1 moved")
        try tmux.sendKeys("]")
        try tmux.waitForScreen("the note on the same words") { rows in
            rows.contains { $0.contains("✎ My note") } && rows.contains { $0.contains("「儘管 Anthropic」") }
                && rows.contains { $0.contains("知名度有限") }
        }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }

    @Test("A corrupt notes file: the reader says so, keeps a copy, and writes nothing over it")
    func corrupt() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let garbage = Array("{\"format\": \"pingdian-state\", \"version\": 2, \"annotations\": [{\"id\": ".utf8)
        let notes = try data.write("notes.json", garbage)
        let tmux = try ReaderTests.reader(["--notes", notes], columns: 160, rows: 30, dataHome: data)
        defer { tmux.close() }
        try ReaderTests.waitForFrame(tmux, showing: "一個科學家", status: "not be saved")
        try tmux.sendKeys("v", ")", "a", "1")
        try tmux.sendText("不會寫進去")
        try tmux.sendKeys("Enter", "G", "q")
        #expect(try tmux.waitForExit() == .exited(0))
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: notes))) == garbage)
        let copies = try FileManager.default.contentsOfDirectory(atPath: data.url.path).filter { $0.contains("corrupt") }
        #expect(copies.count == 1, "\(copies)")
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

    @Test("E asks for a format, writes the export next to the notes file and says where")
    func exportFromTheReader() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let notes = data.url.appendingPathComponent("notes.json").path
        let tmux = try ReaderTests.reader(["--notes", notes], columns: 160, rows: 36, dataHome: data)
        defer { tmux.close() }
        try ReaderTests.waitForFrame(tmux, showing: "一個科學家")
        try tmux.sendKeys("E")
        // Wait for the whole box: ncurses paints it row by row.
        try tmux.waitForScreen("the export picker") { rows in
            rows.contains { $0.contains("Export the annotations: choose a format") }
                && rows.contains { $0.contains("html") && $0.contains("reading report") }
                && rows.contains { $0.contains("argdown") }
        }
        let html = data.url.appendingPathComponent("amodei-deepseek-essay.zh-Hant.html").path
        try tmux.sendKeys("5")
        try tmux.waitForScreen("the path in the status line") { ($0.last ?? "").contains("Exported to") && ($0.last ?? "").contains(".html") }
        let written = try String(contentsOfFile: html, encoding: .utf8)
        #expect(written.hasPrefix("<!DOCTYPE html>"))
        #expect(written.contains("自相矛盾"))
        try tmux.sendKeys("E", "1")
        try tmux.waitForScreen("the Markdown written") { ($0.last ?? "").contains(".md") }
        #expect(FileManager.default.fileExists(atPath: data.url.appendingPathComponent("amodei-deepseek-essay.zh-Hant.md").path))
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }
}
