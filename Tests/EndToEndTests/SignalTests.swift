import Foundation
import PingdianTestSupport
import Testing

/// Signals sent with `kill` while the reader runs: the position is saved and the terminal comes
/// back sane — canonical mode and echo on, as `stty -a` run in the pane right after shows
/// (Docs/faults.md).
@Suite("Signals while reading", .needs(.tmux))
struct SignalTests {
    /// The `stty -a` settings of the pane, as words (`icanon`, `-icanon`, `echo`…).
    static func sttyWords(_ screen: [String]) -> Set<String> {
        Set(screen.joined(separator: " ").split(whereSeparator: { $0 == " " || $0 == ";" }).map(String.init))
    }

    /// Whether `stty -a` output says the terminal is as a shell wants it.
    static func isSane(_ words: Set<String>) -> Bool {
        words.isSuperset(of: ["icanon", "echo", "isig", "icrnl", "opost"])
            && words.isDisjoint(with: ["-icanon", "-echo", "-isig", "-icrnl", "-opost"])
    }

    /// The reader under `sh -c`, which runs `stty -a` in the same pane as soon as it exits.
    static func readerThenStty(dataHome: ScratchFolder, notes: String) throws -> TmuxSession {
        let script = #""$0" "$@"; echo "exit=$?"; stty -a"#
        return try TmuxSession(columns: 200, rows: 40, command: ["sh", "-c", script, try PingdianBinary.url.path, "--notes", notes],
                               environment: ["XDG_DATA_HOME": dataHome.url.path])
    }

    @Test("SIGTERM, SIGHUP and SIGINT from kill: the position is saved, the terminal is sane (stty: icanon echo)",
          arguments: [SIGTERM, SIGHUP, SIGINT])
    func terminatingSignals(signal: Int32) throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let notes = data.url.appendingPathComponent("notes.json").path
        do {
            let tmux = try Self.readerThenStty(dataHome: data, notes: notes)
            defer { tmux.close() }
            try ReaderTests.waitForFrame(tmux, showing: "一個科學家")
            try tmux.sendText("12G")
            try tmux.waitForScreen("paragraph 12") { ($0.last ?? "").contains("¶ 12/39") }
            #expect(kill(try tmux.processID(named: "pingdian"), signal) == 0)
            let after = try tmux.waitForScreen("stty after the reader") { rows in rows.contains { $0.contains("icanon") } }
            #expect(after.contains("exit=0"), "\(after)")
            #expect(Self.isSane(Self.sttyWords(after)), "\(after)")
            #expect(!after.joined().contains("? help"), "the reader's screen is gone (alternate screen left)")
        }
        let again = try ReaderTests.reader(["--notes", notes], dataHome: data)
        defer { again.close() }
        try again.waitForScreen("paragraph 12 again") { ($0.last ?? "").contains("¶ 12/39") }
    }

    @Test("SIGTSTP from kill suspends like Ctrl-Z: the shell gets a sane terminal; fg brings the screen back; q leaves it sane")
    func suspendWithKill() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        // dash: job control without readline, so `stty -a` shows what the reader left, not what a line editor set.
        let tmux = try TmuxSession(columns: 200, rows: 40, command: ["dash", "-i"],
                                   environment: ["XDG_DATA_HOME": data.url.path, "PS1": "$ ", "ENV": nil])
        defer { tmux.close() }
        try tmux.waitForText("$")
        try tmux.sendText("\(try PingdianBinary.url.path)\n")
        try ReaderTests.waitForFrame(tmux, showing: "一個科學家")
        try tmux.sendText("7G")
        try tmux.waitForScreen("paragraph 7") { ($0.last ?? "").contains("¶ 7/39") }
        let reader = try tmux.processID(named: "pingdian")
        #expect(kill(reader, SIGTSTP) == 0)
        try tmux.waitForProcess(reader, state: "T")
        try tmux.waitForText("$")
        try tmux.sendText("clear; stty -a\n")
        let stopped = try tmux.waitForScreen("stty while the reader is stopped") { rows in rows.contains { $0.contains("icanon") } }
        #expect(Self.isSane(Self.sttyWords(stopped)), "\(stopped)")
        try tmux.sendText("fg\n")
        let back = try tmux.waitForScreen("the whole screen again") { rows in
            (rows.last ?? "").contains("¶ 7/39") && rows[0].contains("│")
        }
        #expect(Set(ReaderTests.columns(of: "│", in: Array(back.dropLast()))).count == 1)
        try tmux.sendKeys("q")
        try tmux.waitForProcess(reader, state: nil)
        try tmux.sendText("clear; stty -a\n")
        let after = try tmux.waitForScreen("stty after the reader") { rows in rows.contains { $0.contains("icanon") } }
        #expect(Self.isSane(Self.sttyWords(after)), "\(after)")
    }

    @Test("SIGSTOP, garbage written to the terminal, SIGCONT: the reader repaints the whole screen and keeps working")
    func continueRepaints() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let tmux = try ReaderTests.reader(dataHome: data)
        defer { tmux.close() }
        let before = try ReaderTests.waitForFrame(tmux, showing: "一個科學家")
        let reader = try tmux.commandProcessID()
        #expect(kill(reader, SIGSTOP) == 0)
        try tmux.waitForProcess(reader, state: "T")
        // Another program scribbles on the terminal while the reader is stopped.
        let terminal = try #require(FileHandle(forWritingAtPath: try tmux.paneTTY()))
        terminal.write(Data("\u{1B}[2J\u{1B}[5;5HGARBAGE FROM ELSEWHERE".utf8))
        try terminal.close()
        try tmux.waitForText("GARBAGE")
        #expect(kill(reader, SIGCONT) == 0)
        let repainted = try tmux.waitForScreen("the screen repainted") { $0 == before }
        #expect(!repainted.joined().contains("GARBAGE"))
        try tmux.sendText("3G")
        try tmux.waitForScreen("paragraph 3") { ($0.last ?? "").contains("¶ 3/39") }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }

    @Test("SIGCONT while reading (not stopped) only repaints; SIGTSTP without job control does not hang the reader")
    func strayContinueAndSuspend() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let tmux = try ReaderTests.reader(dataHome: data)
        defer { tmux.close() }
        let first = try ReaderTests.waitForFrame(tmux, showing: "一個科學家")
        let reader = try tmux.commandProcessID()
        #expect(kill(reader, SIGCONT) == 0)
        // The pane's shell has no job control: the kernel discards the stop of an orphaned
        // process group, so the reader gives the terminal back and takes it again at once.
        #expect(kill(reader, SIGTSTP) == 0)
        try tmux.waitForScreen("the same screen") { $0 == first }
        #expect(TmuxSession.processState(reader) != "T")
        try tmux.sendText("5G")
        try tmux.waitForScreen("paragraph 5") { ($0.last ?? "").contains("¶ 5/39") }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }
}
