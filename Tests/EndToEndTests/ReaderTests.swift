import CellWidth
import Foundation
import PingdianTestSupport
import Testing

/// The real `pingdian` in a real terminal (tmux), as a reader would use it.
@Suite("The reader in a terminal", .needs(.tmux))
struct ReaderTests {
    /// Starts the reader in a `columns`×`rows` tmux terminal with its own data folder.
    static func reader(_ arguments: [String] = [], columns: Int = 100, rows: Int = 30, dataHome: ScratchFolder,
                       environment: [String: String?] = [:]) throws -> TmuxSession {
        var merged: [String: String?] = ["XDG_DATA_HOME": dataHome.url.path]
        merged.merge(environment) { _, new in new }
        return try TmuxSession(columns: columns, rows: rows, command: [try PingdianBinary.url.path] + arguments, environment: merged)
    }

    /// Waits for a whole frame (ncurses draws top to bottom, so a capture can catch one half
    /// drawn): some row contains `text` and the last row is the status line, which must contain `status`.
    @discardableResult
    static func waitForFrame(_ tmux: TmuxSession, showing text: String, status: String = "help") throws -> [String] {
        try tmux.waitForScreen("a frame showing \(String(reflecting: text)) with \(String(reflecting: status)) in the status line") { rows in
            rows.contains { $0.contains(text) } && (rows.last ?? "").contains(status)
        }
    }

    /// The display columns at which `mark` stands on each row that has it.
    static func columns(of mark: Character, in screen: [String]) -> [Int] {
        UTF8Locale.activate()
        return screen.compactMap { row -> Int? in
            guard let index = row.firstIndex(of: mark) else { return nil }
            return CellWidth.of(String(row[..<index]))
        }
    }

    @Test("The essay opens in 100×30: first paragraph left, pane right, every line aligned, a status line")
    func firstScreen() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let tmux = try Self.reader(dataHome: data)
        defer { tmux.close() }
        let screen = try Self.waitForFrame(tmux, showing: "一個科學家")
        #expect(screen[0].hasPrefix(" 一個科學家,幾個月前寫了一篇文章"))
        #expect(screen[0].contains("│ Notes"))
        let dividers = Self.columns(of: "│", in: Array(screen.dropLast()))
        #expect(dividers.count == 29)
        #expect(Set(dividers).count == 1, "the divider moves: \(dividers)")
        #expect(screen[29].contains("¶ 1/39"))
        #expect(screen[29].contains("? help"))
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }

    @Test("A resize keeps the place; under 70 columns the pane moves below the text")
    func resize() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let tmux = try Self.reader(dataHome: data)
        defer { tmux.close() }
        try Self.waitForFrame(tmux, showing: "一個科學家")
        try tmux.sendText("6G")
        try tmux.waitForScreen("paragraph 6") { ($0.last ?? "").contains("¶ 6/39") }
        try tmux.resize(columns: 60, rows: 24)
        let narrow = try tmux.waitForScreen("the pane under the text, the place kept") {
            $0.contains { $0.hasPrefix("────") } && ($0.last ?? "").contains("¶ 6/39") && $0.count == 24
        }
        #expect(narrow.joined().contains("我們還原一下"))
        try tmux.resize(columns: 120, rows: 40)
        let wide = try tmux.waitForScreen("the pane beside the text, the place kept") {
            $0.first?.contains("│") == true && ($0.last ?? "").contains("¶ 6/39") && $0.count == 40
        }
        #expect(Set(Self.columns(of: "│", in: Array(wide.dropLast()))).count == 1)
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }

    @Test("A terminal smaller than 20×6 shows a message, and the reader comes back when it grows")
    func tinyTerminal() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let tmux = try Self.reader(columns: 15, rows: 5, dataHome: data)
        defer { tmux.close() }
        try tmux.waitForText("terminal")
        try tmux.resize(columns: 100, rows: 30)
        try Self.waitForFrame(tmux, showing: "一個科學家")
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }

    @Test("Chinese stays aligned with LANG unset, LANG=C and a locale that is not installed", arguments: [nil, "C", "xx_YY.UTF-8"])
    func locales(lang: String?) throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let tmux = try Self.reader(dataHome: data, environment: ["LANG": lang])
        defer { tmux.close() }
        let screen = try Self.waitForFrame(tmux, showing: "一個科學家", status: "? help")
        #expect(Set(Self.columns(of: "│", in: Array(screen.dropLast()))).count == 1)
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }

    @Test("LANG=zh_TW.UTF-8 gives the Traditional Chinese interface; --ui-lang en overrides it")
    func interfaceLanguage() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let chinese = try Self.reader(dataHome: data, environment: ["LANG": "zh_TW.UTF-8"])
        defer { chinese.close() }
        let screen = try Self.waitForFrame(chinese, showing: "一個科學家", status: "? 說明")
        #expect(screen.last?.contains("第 1/39 段") == true)
        #expect(screen[0].contains("批註"))
        let english = try Self.reader(["--ui-lang", "en"], dataHome: data, environment: ["LANG": "zh_TW.UTF-8"])
        defer { english.close() }
        try Self.waitForFrame(english, showing: "一個科學家", status: "? help")
    }

    @Test("A missing file, an unknown TERM and no TERM each give one clear line and a non-zero exit")
    func refusals() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let missing = data.url.appendingPathComponent("nope.txt").path
        let cases: [([String], [String: String?], String, Int32)] = [
            ([missing], [:], "\(missing): no such file", 66),
            ([], ["TERM": "nosuch"], "nosuch", 1),
            ([], ["TERM": nil], "TERM", 1),
            ([], ["TERM": "dumb"], "dumb", 1),
        ]
        for (arguments, environment, message, code) in cases {
            // Wide enough that the one line does not wrap.
            let tmux = try Self.reader(arguments, columns: 250, dataHome: data, environment: environment)
            defer { tmux.close() }
            #expect(try tmux.waitForExit() == .exited(code), "\(arguments) \(environment)")
            let screen = try tmux.screen().filter { !$0.isEmpty }
            #expect(screen.count == 1, "\(screen)")
            #expect(screen.first?.contains(message) == true, "\(screen)")
        }
    }

    @Test("SIGTERM saves the reading position and gives the terminal back")
    func terminateSaves() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        do {
            let tmux = try Self.reader(dataHome: data)
            defer { tmux.close() }
            try Self.waitForFrame(tmux, showing: "一個科學家")
            try tmux.sendText("12G")
            try tmux.waitForScreen("paragraph 12") { ($0.last ?? "").contains("¶ 12/39") }
            #expect(kill(try tmux.commandProcessID(), SIGTERM) == 0)
            #expect(try tmux.waitForExit() == .exited(0))
            // Out of the alternate screen: what the reader drew is gone.
            #expect(!(try tmux.screen().joined().contains("? help")))
        }
        let again = try Self.reader(dataHome: data)
        defer { again.close() }
        try again.waitForScreen("paragraph 12 again") { ($0.last ?? "").contains("¶ 12/39") }
    }

    @Test("256 colours by default, 8 on an 8-colour terminal; NO_COLOR leaves only attributes")
    func colours() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let colored = try Self.reader(dataHome: data)
        defer { colored.close() }
        try Self.waitForFrame(colored, showing: "一個科學家")
        #expect(try colored.screenWithEscapes().joined().contains("38;5;"))
        let eight = try Self.reader(dataHome: data, environment: ["TERM": "xterm"])
        defer { eight.close() }
        try Self.waitForFrame(eight, showing: "一個科學家")
        let eightEscapes = try eight.screenWithEscapes().joined()
        #expect(!eightEscapes.contains("38;5;"))
        #expect(eightEscapes.contains(/\x1B\[([0-9;]*;)?3[0-7][;m]/))
        let plain = try Self.reader(dataHome: data, environment: ["NO_COLOR": "1"])
        defer { plain.close() }
        try Self.waitForFrame(plain, showing: "一個科學家")
        let escapes = try plain.screenWithEscapes().joined()
        let colourCodes = escapes.matches(of: /\x1B\[[0-9;]*m/).map { String($0.output) }.filter { code in
            code.contains("38;5;") || code.contains("48;5;") || code.contains(/[\[;][34][0-7][;m]/)
        }
        #expect(colourCodes.isEmpty, "\(Set(colourCodes))")
        #expect(escapes.contains("\u{1B}[7m"))
    }

    @Test("Escape sequences inside a text show as placeholders and never reach the terminal")
    func hostileText() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let file = try data.write("hostile.txt", Array("標題\u{1B}]2;pwned\u{07}與\u{1B}[31m紅字\u{202E}反向\n第二段".utf8))
        let tmux = try Self.reader([file], dataHome: data)
        defer { tmux.close() }
        let titleBefore = try tmux.paneTitle()
        let screen = try Self.waitForFrame(tmux, showing: "標題")
        #expect(screen[0].contains("標題␛]2;pwned␇與␛[31m紅字�反向"))
        #expect(try tmux.paneTitle() == titleBefore)
        #expect(try tmux.paneTitle() != "pwned")
        // The sequence shows as text after the ␛ placeholder; the terminal never gets a raw ESC[31m.
        #expect(!(try tmux.screenWithEscapes().joined().contains("\u{1B}[31m紅")))
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }

    @Test("--notes keeps the reading position in the given file, atomically replaced")
    func notesFile() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let notes = data.url.appendingPathComponent("my-notes.json").path
        let tmux = try Self.reader(["--notes", notes], dataHome: data)
        defer { tmux.close() }
        try Self.waitForFrame(tmux, showing: "一個科學家")
        try tmux.sendText("20Gq")
        #expect(try tmux.waitForExit() == .exited(0))
        let saved = try String(contentsOfFile: notes, encoding: .utf8)
        #expect(saved.contains("\"format\" : \"pingdian-state\""))
        #expect(saved.contains("\"offset\""))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: data.url.path).filter { $0.hasPrefix(".") || $0.contains("tmp") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        #expect(!FileManager.default.fileExists(atPath: data.url.appendingPathComponent("pingdian").path))
    }

    @Test("Ctrl-Z suspends to the shell and fg brings the whole screen back")
    func suspendAndResume() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        // Job control needs an interactive shell.
        let tmux = try TmuxSession(columns: 100, rows: 30, command: ["bash", "--norc", "--noprofile", "-i"],
                                   environment: ["XDG_DATA_HOME": data.url.path, "PS1": "$ "])
        defer { tmux.close() }
        try tmux.waitForText("$")
        try tmux.sendText("\(try PingdianBinary.url.path)\n")
        try Self.waitForFrame(tmux, showing: "一個科學家")
        try tmux.sendText("5G")
        try tmux.waitForScreen("paragraph 5") { ($0.last ?? "").contains("¶ 5/39") }
        try tmux.sendKeys("C-z")
        try tmux.waitForText("Stopped")
        try tmux.sendText("fg\n")
        let back = try tmux.waitForScreen("the whole screen again") { rows in
            rows.count == 30 && (rows.last ?? "").contains("¶ 5/39") && rows[0].contains("│")
        }
        #expect(Set(Self.columns(of: "│", in: Array(back.dropLast()))).count == 1)
        try tmux.sendKeys("q")
        try tmux.waitForScreen("the shell again") { rows in rows.contains { $0.hasPrefix("$") } && !rows.contains { $0.contains("? help") } }
    }
}
