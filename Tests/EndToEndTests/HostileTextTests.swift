import Foundation
import PingdianTestSupport
import Testing

/// Texts that try to break the terminal or the reader, opened in a real terminal (Docs/faults.md).
/// ReaderTests.hostileText has the first escape sequences; these add the rest.
@Suite("Hostile texts in a terminal", .needs(.tmux))
struct HostileTextTests {
    /// A paragraph per trick, each between Chinese text so that the layout has to place it.
    static let paragraphs: [[UInt8]] = [
        Array("一、標題\u{1B}]0;pwned-title\u{07}改了嗎\u{1B}]2;also\u{1B}\\還有".utf8),
        Array("二、顏色\u{1B}[31;1;4;5m紅字\u{1B}[0m\u{1B}[48;5;196m底色\u{1B}[7m反白\u{1B}]11;#ff0000\u{07}\u{1B}]4;1;#00ff00\u{07}背景".utf8),
        Array("三、響鈴\u{07}\u{07}退格abc\u{08}\u{08}\u{08}XYZ歸位\r覆蓋清屏\u{1B}[2J\u{1B}[H游標\u{1B}[10;10H".utf8),
        Array("四、反向\u{202E}這段會反過來\u{202C}與\u{2066}隔離\u{2069}和\u{200F}RLM\u{061C}".utf8),
        Array("五、壞的位元組".utf8) + [0xFF, 0xFE, 0xC0, 0x80, 0xED, 0xA0, 0x80, 0xE4, 0xB8] + Array("之後".utf8),
        Array("六、表情👩\u{200D}👩\u{200D}👧\u{200D}👦一家🏳️\u{200D}🌈旗👍🏽膚色🇹🇼國旗".utf8),
        Array("七、組合字e\u{0301}\u{0302}\u{0323}疊加a\u{20DD}圈\u{0301}開頭異體字葛\u{E0100}與❤\u{FE0F}和☺\u{FE0E}".utf8),
        Array("八、擴展B𠀀𠀁𪚥𠮷𡃁與擴展G𰀀𰀁，全部兩欄".utf8),
        Array("九、\t定位\t\t字元\t之間\t".utf8),
        Array("十、其他控制\u{85}\u{9B}31m\u{1B}P1$r\u{1B}\\\u{1B}_app\u{1B}\\\u{1B}]52;c;cHduZWQ=\u{07}剪貼簿\u{2028}分隔".utf8),
    ]

    static func hostileFile(in data: ScratchFolder) throws -> String {
        // (No NUL: that makes a binary file, refused; PrintCommandTests covers it.)
        let bytes = paragraphs.joined(separator: Array("\n".utf8)) + Array("\n".utf8)
        return try data.write("hostile.txt", Array(bytes))
    }

    /// The rows of a frame, without the status line, all with the divider in one column.
    static func dividerColumns(_ screen: [String]) -> Set<Int> {
        Set(ReaderTests.columns(of: "│", in: Array(screen.dropLast())))
    }

    @Test("Escape sequences, BEL, backspace, CR, bidi controls, invalid UTF-8, ZWJ emoji, marks, variation selectors, astral CJK, tabs: aligned on every row, title and colours untouched")
    func everythingAtOnce() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let file = try Self.hostileFile(in: data)
        let script = #""$0" "$@"; echo "exit=$?"; echo plain-after"#
        let tmux = try TmuxSession(columns: 100, rows: 30, command: ["sh", "-c", script, try PingdianBinary.url.path, file],
                                   environment: ["XDG_DATA_HOME": data.url.path])
        defer { tmux.close() }
        let title = try tmux.paneTitle()
        let screen = try ReaderTests.waitForFrame(tmux, showing: "一、標題", status: "invalid UTF-8")
        #expect(Self.dividerColumns(screen).count == 1, "\(screen)")
        #expect(screen.joined().contains("␛]0;pwned-title␇改了嗎"))
        #expect(screen.joined().contains("𠀀𠀁𪚥𠮷𡃁"))
        // Walk the cursor through every paragraph: each frame stays aligned.
        for _ in 0..<12 {
            try tmux.sendKeys("j")
            let frame = try ReaderTests.waitForFrame(tmux, showing: "一、標題")
            #expect(Self.dividerColumns(frame).count == 1, "\(frame)")
        }
        try tmux.sendKeys("G")
        let end = try ReaderTests.waitForFrame(tmux, showing: "剪貼簿", status: "100%")
        #expect(Self.dividerColumns(end).count == 1, "\(end)")
        #expect(try tmux.paneTitle() == title)
        // No colour of the text's own reaches the terminal: only the reader's.
        let escapes = try tmux.screenWithEscapes().joined()
        #expect(!escapes.contains("\u{1B}[31;1;4;5m") && !escapes.contains("\u{1B}[48;5;196m"))
        try tmux.sendKeys("q")
        let after = try tmux.waitForScreen("the shell after the reader") { $0.contains("plain-after") }
        #expect(after.contains("exit=0"))
        #expect(try tmux.paneTitle() == title)
        // What is printed after the reader has no colour or attribute left over.
        let line = try tmux.screenWithEscapes().first { $0.contains("plain-after") } ?? ""
        #expect(!line.contains("\u{1B}["), "\(line.debugDescription)")
    }

    @Test("A file name holding an escape sequence and a bidi override: the status line shows U+FFFD, the title is untouched")
    func hostileFileName() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let file = try data.write("名\u{1B}]2;pwned\u{07}\u{202E}txt.\u{1B}[31mtxt", Array("正文。\n".utf8))
        let tmux = try ReaderTests.reader([file], dataHome: data)
        defer { tmux.close() }
        let title = try tmux.paneTitle()
        let screen = try ReaderTests.waitForFrame(tmux, showing: "正文")
        #expect(screen.last?.contains("名\u{FFFD}]2;pwned\u{FFFD}\u{FFFD}txt.\u{FFFD}[31mtxt") == true, "\(screen.last ?? "")")
        #expect(try tmux.paneTitle() == title)
        #expect(Self.dividerColumns(screen).count == 1)
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }

    @Test("A single 5 MB line opens, G reaches its end, g its start, and the reader quits; none hangs")
    func fiveMegabyteLine() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let pattern = Array("天地玄黃，宇宙洪荒。日月盈昃、辰宿列張「寒來暑往」秋收冬藏".unicodeScalars)
        var scalars = Array("開頭".unicodeScalars)
        var generator = SystemRandomNumberGenerator()
        scalars.reserveCapacity(1_750_004)
        for _ in 0..<1_750_000 { scalars.append(pattern[Int.random(in: 0..<pattern.count, using: &generator)]) }
        scalars += "結尾".unicodeScalars
        let text = String(String.UnicodeScalarView(scalars)) + "\n"
        #expect(text.utf8.count > 5_000_000)
        let file = try data.write("long-line.txt", Array(text.utf8))
        let tmux = try ReaderTests.reader([file], dataHome: data)
        defer { tmux.close() }
        // The deadlines only stop a hang: a debug build takes seconds here alone, and close to a
        // minute while the rest of the suite keeps both cores of a CI machine busy.
        let first = try tmux.waitForScreen("the first frame", timeout: .seconds(180)) { rows in
            (rows.last ?? "").contains("¶ 1/1") && rows[0].contains("開頭")
        }
        #expect(Self.dividerColumns(first).count == 1)
        try tmux.sendKeys("G")
        let end = try tmux.waitForScreen("the end of the line", timeout: .seconds(180)) { rows in
            // The random text may break a row between 結 and 尾.
            (rows.last ?? "").contains("100%")
                && rows.dropLast().map { ($0.split(separator: "│").first.map(String.init) ?? "").trimmingCharacters(in: .whitespaces) }
                    .joined().contains("結尾")
        }
        #expect(Self.dividerColumns(end).count == 1)
        try tmux.sendKeys("g")
        try tmux.waitForScreen("the start again", timeout: .seconds(180)) { $0.first?.contains("開頭") == true }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit(timeout: .seconds(10)) == .exited(0))
    }

    @Test("A file that grows, shrinks or is emptied while open: the reader keeps the text it opened; the next open sees the new one",
          arguments: ["grow", "shrink", "empty"])
    func fileChangesWhileOpen(change: String) throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let original = "第一段：原本的文字。\n第二段：中間。\n第三段：原本的結尾。\n"
        let file = try data.write("changing.txt", Array(original.utf8))
        let notes = data.url.appendingPathComponent("notes.json").path
        do {
            let tmux = try ReaderTests.reader([file, "--notes", notes], dataHome: data)
            defer { tmux.close() }
            try ReaderTests.waitForFrame(tmux, showing: "第一段")
            // Changed in place (same inode), as an editor or a log writer would.
            let handle = try #require(FileHandle(forUpdatingAtPath: file))
            switch change {
            case "grow":
                handle.seekToEndOfFile()
                handle.write(Data(String(repeating: "第四段：後來加上的。\n", count: 2000).utf8))
            case "shrink":
                handle.truncateFile(atOffset: 10)
            default:
                handle.truncateFile(atOffset: 0)
            }
            try handle.close()
            try tmux.sendKeys("G")
            let end = try ReaderTests.waitForFrame(tmux, showing: "第三段：原本的結尾。", status: "¶ 3/3")
            #expect(!end.joined().contains("第四段"))
            try tmux.sendText("/中間")
            try tmux.sendKeys("Enter")
            try tmux.waitForScreen("the search in the opened text") { ($0.last ?? "").contains("¶ 2/3") }
            try tmux.sendKeys("q")
            #expect(try tmux.waitForExit() == .exited(0))
        }
        #expect(FileManager.default.fileExists(atPath: notes), "the position was saved")
        let again = try ReaderTests.reader([file, "--notes", notes], dataHome: data)
        defer { again.close() }
        switch change {
        case "grow": try again.waitForScreen("the grown text") { ($0.last ?? "").contains("/2003") }
        case "shrink": try again.waitForScreen("the shrunk text") { ($0.last ?? "").contains("¶ 1/1") }
        default: try again.waitForText("empty")
        }
        try again.sendKeys("q")
        #expect(try again.waitForExit() == .exited(0))
    }
}
