import Foundation
import PingdianTestSupport
import Testing

/// The end-to-end harness itself, proved on plain commands (no reader app needed).
@Suite("tmux harness", .needs(.tmux))
struct HarnessTests {
    @Test("Wide Chinese characters take two columns each")
    func wideCharacters() throws {
        // 評點 fills columns 1–4; moving to column 5 (CHA) must overwrite the X written after them.
        let tmux = try TmuxSession(columns: 20, rows: 3, command: ["printf", "評點X\\033[5GY\\n"])
        defer { tmux.close() }
        let screen = try tmux.waitForText("評點")
        #expect(screen[0] == "評點Y")
        #expect(screen.count == 3)
    }

    @Test("The exit status of the command is reported")
    func exitStatus() throws {
        let tmux = try TmuxSession(command: ["sh", "-c", "exit 3"])
        defer { tmux.close() }
        #expect(try tmux.waitForExit() == .exited(3))
    }

    @Test("A command killed by a signal is reported as such")
    func killedBySignal() throws {
        let tmux = try TmuxSession(command: ["sh", "-c", "kill -TERM $$"])
        defer { tmux.close() }
        #expect(try tmux.waitForExit() == .signalled(15))
    }

    @Test("Commands start with no blocked signals and can be sent one")
    func signals() throws {
        let script = "grep SigBlk /proc/self/status; trap 'echo got TERM; exit 7' TERM; while :; do sleep 0.05; done"
        let tmux = try TmuxSession(command: ["sh", "-c", script])
        defer { tmux.close() }
        try tmux.waitForScreen("an empty signal mask") {
            $0.contains { $0.hasPrefix("SigBlk:") && $0.hasSuffix(" 0000000000000000") }
        }
        #expect(kill(try tmux.commandProcessID(), SIGTERM) == 0)
        #expect(try tmux.waitForExit() == .exited(7))
        #expect(try tmux.screen().contains("got TERM"))
    }

    @Test("Resizing changes the terminal's columns and rows")
    func resize() throws {
        let tmux = try TmuxSession(columns: 80, rows: 24, command: ["sh", "-c", "tput cols; read x; tput cols; tput lines; read x"])
        defer { tmux.close() }
        try tmux.waitForScreen("80 columns") { $0.first == "80" }
        try tmux.resize(columns: 100, rows: 30)
        try tmux.sendKeys("Enter")
        let screen = try tmux.waitForScreen("100 columns, 30 rows") { $0.contains("100") && $0.contains("30") }
        #expect(screen.count == 30)
    }

    @Test("TERM and LANG are set, NO_COLOR unset by default; each can be overridden or unset")
    func environment() throws {
        let show = ["sh", "-c", "echo \"TERM=${TERM-unset} LANG=${LANG-unset} NO_COLOR=${NO_COLOR-unset}\""]
        let plain = try TmuxSession(command: show)
        defer { plain.close() }
        try plain.waitForText("TERM=tmux-256color LANG=C.UTF-8 NO_COLOR=unset")

        let changed = try TmuxSession(command: show, environment: ["TERM": nil, "NO_COLOR": "1", "LANG": "zh_TW.UTF-8"])
        defer { changed.close() }
        try changed.waitForText("TERM=unset LANG=zh_TW.UTF-8 NO_COLOR=1")
    }

    @Test("Typed Chinese text and named keys reach the command; colours show with escapes")
    func typingAndColours() throws {
        let tmux = try TmuxSession(command: ["sh", "-c", "read line; printf '\\033[31m%s\\033[0m\\n' \"$line\"; read x"])
        defer { tmux.close() }
        try tmux.sendText("中文 text")
        try tmux.sendKeys("Enter")
        let screen = try tmux.waitForScreen("the line echoed in red") { $0.filter { $0 == "中文 text" }.count == 2 }
        #expect(screen.prefix(2) == ["中文 text", "中文 text"])
        #expect(try tmux.screenWithEscapes()[1].hasPrefix("\u{1B}[31m中文 text"))
    }

    @Test("A wait that times out shows the last screen")
    func timeoutShowsScreen() throws {
        let tmux = try TmuxSession(columns: 30, rows: 3, command: ["sh", "-c", "echo hello; read x"])
        defer { tmux.close() }
        try tmux.waitForText("hello")
        let error = #expect(throws: TmuxSessionError.self) {
            try tmux.waitForText("never shown", timeout: .milliseconds(100))
        }
        let text = error.map { String(describing: $0) } ?? ""
        #expect(text.contains("waiting for a row containing \"never shown\""))
        #expect(text.contains("  0 | hello"))
    }

    @Test("The pingdian executable is built next to the tests")
    func binaryIsBuilt() throws {
        let url = try PingdianBinary.url
        #expect(FileManager.default.isExecutableFile(atPath: url.path))
        #expect(url.lastPathComponent == "pingdian")
    }
}
