import Foundation
import PingdianTestSupport
import Testing

/// `K` in a real terminal (issue 16's done-when): 檄文 in the essay, at 100×30 and 60×20.
@Suite("The dictionary in a terminal", .needs(.tmux))
struct DictionaryReaderTests {
    /// The reader on the essay in English, 檄文 found with `/` and `K` pressed on it.
    static func lookUpXiwen(columns: Int, rows: Int, dataHome: ScratchFolder) throws -> TmuxSession {
        let tmux = try ReaderTests.reader(["--ui-lang", "en"], columns: columns, rows: rows, dataHome: dataHome)
        do {
            try ReaderTests.waitForFrame(tmux, showing: "一個科學家")
            try tmux.sendText("/檄文")
            try tmux.sendKeys("Enter")
            try tmux.waitForScreen("the search on 檄文") { ($0.last ?? "").contains("match") }
            try tmux.sendKeys("K")
            return tmux
        } catch {
            tmux.close()
            throw error
        }
    }

    @Test("/檄文 Enter K shows xí wén, ㄒㄧˊ ㄨㄣˊ and official call to arms in the pane; w goes on; Esc closes", arguments: [(100, 30), (60, 20)])
    func lookUp(size: (columns: Int, rows: Int)) throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let tmux = try Self.lookUpXiwen(columns: size.columns, rows: size.rows, dataHome: data)
        defer { tmux.close() }
        let screen = try tmux.waitForScreen("檄文 looked up") { rows in
            rows.contains { $0.contains("Dictionary · 檄文") } && rows.contains { $0.contains("xí wén  ㄒㄧˊ ㄨㄣˊ") }
        }
        #expect(screen.joined(separator: " ").contains("official call to arms"), "\(screen)")
        #expect((screen.last ?? "").contains("DICTIONARY"))
        try tmux.sendKeys("w")
        try tmux.waitForScreen("the next word") { rows in rows.contains { $0.contains("Dictionary · ") && !$0.contains("檄文") } }
        try tmux.sendKeys("Escape")
        try tmux.waitForScreen("back to reading") { rows in !rows.contains { $0.contains("Dictionary · ") } }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }

    @Test("A double click on a word looks it up: two presses of the first button on 學 of the first line, as xterm reports them")
    func doubleClick() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let tmux = try ReaderTests.reader(["--ui-lang", "en"], columns: 100, rows: 30, dataHome: data)
        defer { tmux.close() }
        try ReaderTests.waitForFrame(tmux, showing: "一個科學家")
        // X10 mouse reports: ESC [ M, then 32 + button (0 pressed, 3 released), 32 + column, 32 + row,
        // counted from 1: column 8, row 1 is 學 of 一個科學家 (after the one-column margin).
        for _ in 0..<2 {
            try tmux.sendText("\u{1B}[M (!")
            try tmux.sendText("\u{1B}[M#(!")
        }
        let screen = try tmux.waitForScreen("學 looked up") { rows in rows.contains { $0.contains("Dictionary · 學") } }
        #expect(screen.contains { $0.contains("xué  ㄒㄩㄝˊ") }, "\(screen)")
        try tmux.sendKeys("q")
        try tmux.waitForScreen("back to reading") { rows in !rows.contains { $0.contains("Dictionary · ") } }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }

    @Test("A word saved in the reader (K, a) comes back in pingdian vocabulary --format tsv with its sentence, and as JSON")
    func vocabulary() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let tmux = try Self.lookUpXiwen(columns: 100, rows: 30, dataHome: data)
        defer { tmux.close() }
        try tmux.waitForScreen("檄文 looked up") { rows in rows.contains { $0.contains("Dictionary · 檄文") } }
        try tmux.sendKeys("a")
        try tmux.waitForScreen("the word saved") { ($0.last ?? "").contains("Saved “檄文”") }
        try tmux.sendKeys("Escape")
        try tmux.waitForScreen("back to reading") { rows in !rows.contains { $0.contains("Dictionary · ") } }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
        let tsv = try CommandRun.pingdian(["vocabulary", "--format", "tsv"], environment: ["XDG_DATA_HOME": data.url.path])
        #expect(tsv.exitCode == 0)
        let fields = tsv.standardOutput.split(separator: "\n").first?.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) ?? []
        #expect(fields.count == 5, "\(tsv.standardOutput)")
        #expect(fields.first == "檄文")
        #expect(fields.dropFirst().first == "xí wén")
        #expect(fields.dropFirst(2).first == "ㄒㄧˊ ㄨㄣˊ")
        #expect(fields.dropFirst(3).first?.contains("official call to arms") == true)
        #expect(fields.last?.contains("<b>檄文</b>") == true && (fields.last?.count ?? 0) > 10, "the sentence it was saved from")
        let json = try CommandRun.pingdian(["vocabulary", "--format", "json"], environment: ["XDG_DATA_HOME": data.url.path])
        let words = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        #expect(words.first?["word"] as? String == "檄文")
        #expect(words.first?["paragraph"] as? Int != nil)
    }
}
