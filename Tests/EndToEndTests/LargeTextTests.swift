import Foundation
import PingdianTestSupport
import Testing

/// A text of a megabyte or more opens provisionally (Docs/speed.md): the first frame and moving
/// through it come at once, the exact text is read in the background; what the reader sees must
/// be the same as for a text read whole.
@Suite("Large texts in a terminal", .needs(.tmux))
struct LargeTextTests {
    /// About 1.15 MB of numbered paragraphs, a section break every 100, the last one marked.
    static func largeText() -> [UInt8] {
        var text = ""
        for number in 1...7_000 {
            if number % 100 == 1 && number > 1 { text += "\n" }
            text += "第\(number)段：天地玄黃，宇宙洪荒。日月盈昃，辰宿列張。寒來暑往，秋收冬藏。閏餘成歲，律呂調陽。雲騰致雨，露結為霜。\n"
        }
        text += "最後一段：全文完。\n"
        return Array(text.utf8)
    }

    @Test("Open, G, a search near the end, quit, reopen where it was: as for any text")
    func readAndReopen() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let bytes = Self.largeText()
        #expect(bytes.count > 1 << 20)
        let file = try data.write("large.txt", bytes)
        let notes = data.url.appendingPathComponent("notes.json").path
        do {
            let tmux = try ReaderTests.reader([file, "--notes", notes], dataHome: data)
            defer { tmux.close() }
            let first = try ReaderTests.waitForFrame(tmux, showing: "第1段：", status: "¶ 1/7001")
            #expect(HostileTextTests.dividerColumns(first).count == 1)
            try tmux.sendKeys("G")
            let end = try ReaderTests.waitForFrame(tmux, showing: "最後一段：全文完。", status: "¶ 7001/7001")
            #expect(end.last?.contains("100%") == true)
            #expect(HostileTextTests.dividerColumns(end).count == 1)
            // A search needs the whole text: it waits for it, then finds every match.
            try tmux.sendKeys("/")
            try tmux.sendText("第6999段")
            try tmux.sendKeys("Enter")
            let found = try ReaderTests.waitForFrame(tmux, showing: "第6999段：", status: "match 1/1")
            #expect(found.last?.contains("¶ 6999/7001") == true, "\(found.last ?? "")")
            try tmux.sendKeys("q")
            #expect(try tmux.waitForExit() == .exited(0))
        }
        let saved = try String(contentsOfFile: notes, encoding: .utf8)
        #expect(saved.contains("第6999段"), "the position's quote: \(saved)")
        let again = try ReaderTests.reader([file, "--notes", notes], dataHome: data)
        defer { again.close() }
        try ReaderTests.waitForFrame(again, showing: "第6999段：", status: "¶ 6999/7001")
        try again.sendKeys("q")
        #expect(try again.waitForExit() == .exited(0))
    }

    @Test("Invalid UTF-8 near the end: the warning comes when the whole text is read; the text stays aligned")
    func invalidBytesLate() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let file = try data.write("late-invalid.txt", Self.largeText() + Array("壞".utf8) + [0xFF, 0xC0] + Array("字\n".utf8))
        let tmux = try ReaderTests.reader([file], dataHome: data)
        defer { tmux.close() }
        let warned = try ReaderTests.waitForFrame(tmux, showing: "第1段：", status: "invalid UTF-8")
        #expect(HostileTextTests.dividerColumns(warned).count == 1)
        try tmux.sendKeys("G")
        let end = try ReaderTests.waitForFrame(tmux, showing: "壞��字", status: "100%")
        #expect(HostileTextTests.dividerColumns(end).count == 1)
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }

    @Test("A NUL byte near the end of a large text: one line saying it is a binary file, exit 65, no reader left on the screen")
    func binaryLate() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let file = try data.write("late-nul.bin", Self.largeText() + [0x00] + Array("\n".utf8))
        let tmux = try TmuxSession(columns: 100, rows: 30, command: ["sh", "-c", #""$0" "$@"; echo "exit=$?""#, try PingdianBinary.url.path, file],
                                   environment: ["XDG_DATA_HOME": data.url.path])
        defer { tmux.close() }
        let screen = try tmux.waitForScreen("the message after the reader") { rows in rows.contains { $0.contains("exit=65") } }
        #expect(screen.joined().contains("looks like a binary file (NUL byte at byte"), "\(screen)")
        #expect(!screen.contains { $0.contains("│") }, "the alternate screen is gone")
    }

    @Test("A large text deleted right after it opened: the reader keeps it, searches it and quits normally")
    func deletedWhileOpening() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let file = try data.write("deleted.txt", Self.largeText())
        let tmux = try ReaderTests.reader([file], dataHome: data)
        defer { tmux.close() }
        try ReaderTests.waitForFrame(tmux, showing: "第1段：", status: "¶ 1/7001")
        try FileManager.default.removeItem(atPath: file)
        try tmux.sendKeys("/")
        try tmux.sendText("最後一段")
        try tmux.sendKeys("Enter")
        try ReaderTests.waitForFrame(tmux, showing: "最後一段：全文完。", status: "match 1/1")
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }

    @Test("A bad --layer with a large text: one line and exit 65 before the terminal is taken")
    func badLayerBeforeTheTerminal() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let file = try data.write("large.txt", Self.largeText())
        let layer = try data.write("bad.moves.json", Array("{\"format\": 1".utf8))
        let tmux = try TmuxSession(columns: 100, rows: 30,
                                   command: ["sh", "-c", #""$0" "$@"; echo "exit=$?""#, try PingdianBinary.url.path, file, "--layer", layer],
                                   environment: ["XDG_DATA_HOME": data.url.path])
        defer { tmux.close() }
        let screen = try tmux.waitForScreen("the message") { rows in rows.contains { $0.contains("exit=65") } }
        #expect(screen.joined().contains("bad.moves.json"), "\(screen)")
        #expect(!screen.contains { $0.contains("第1段") }, "the text was never shown")
    }
}
