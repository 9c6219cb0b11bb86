import Foundation

/// A command running in its own private tmux server, sized like a real terminal: type into it, read
/// its screen, resize it, wait for it to exit. The server is killed on ``close()`` or deinit,
/// so a failing test never leaves one behind.
///
/// Every wait polls with a deadline (``waitForScreen(_:timeout:where:)``); there are no fixed sleeps.
/// Linux only (it reads /proc and spawns tmux with `posix_spawn`). A test that uses it declares
/// `.needs(.tmux)` (PingdianTestSupport), on itself or its suite.
final class TmuxSession: Sendable {
    /// The environment every command gets unless overridden: a 256-colour tmux terminal, a UTF-8
    /// locale that every machine has, and no `NO_COLOR` or `LC_*` leaking in from the test runner.
    static let defaultEnvironment: [String: String?] = [
        "TERM": "tmux-256color", "LANG": "C.UTF-8", "LC_ALL": nil, "LC_CTYPE": nil, "NO_COLOR": nil,
    ]

    /// How often waits look at the pane.
    static let pollInterval: Duration = .milliseconds(20)

    /// A private directory for the session: the tmux server's socket (`tmux -S`, so that no
    /// socket file outlives the session) and the command's exit status. Removed on close.
    let directory: URL
    private let target = "e2e:0.0"

    /// The wrapper around the command: it runs the command in the foreground, writes its exit
    /// status to a file, and keeps the pane open, so that the command's last output is never lost
    /// (a pane whose process exits at once may close before tmux has read its output).
    private static let wrapper = #"status=$1; shift; "$@"; echo $? > "$status.tmp"; mv "$status.tmp" "$status"; exec sleep 86400"#

    /// Starts `command` (an executable and its arguments, run without a shell) in a new
    /// `columns`×`rows` terminal. `environment` overrides ``defaultEnvironment`` (e.g.
    /// `["TERM": "xterm", "XDG_DATA_HOME": dir]`); a nil value unsets the variable (`env -u`).
    init(columns: Int = 80, rows: Int = 24, command: [String], environment: [String: String?] = [:]) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("pingdian-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let merged = Self.defaultEnvironment.merging(environment) { _, override in override }
        let unset = merged.filter { $0.value == nil }.keys.sorted().flatMap { ["-u", $0] }
        let set = merged.compactMap { name, value in value.map { "\(name)=\($0)" } }.sorted()
        do {
            try tmux(["new-session", "-d", "-s", "e2e", "-x", "\(columns)", "-y", "\(rows)", "--", "env"]
                     + unset + set + ["sh", "-c", Self.wrapper, "sh", statusFile.path] + command)
        } catch {
            close()
            throw error
        }
    }

    /// Where the wrapper writes the command's exit status.
    private var statusFile: URL { directory.appendingPathComponent("status") }

    deinit { close() }

    /// Kills the tmux server and the command with it, and removes the session's directory.
    /// Safe to call more than once.
    func close() {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    /// Types `text` literally (any Unicode, as an IME would deliver it).
    func sendText(_ text: String) throws {
        try tmux(["send-keys", "-t", target, "-l", "--", text])
    }

    /// Pastes `text` as a terminal does when the program asked for bracketed paste (tmux's
    /// `paste-buffer -p`): the program sees it marked as a paste, line breaks as carriage returns.
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "--", text])
        try tmux(["paste-buffer", "-p", "-t", target])
    }

    /// Presses named keys in order, in tmux's names: `Enter`, `Escape`, `C-d`, `PageDown`, `Up`, `F5`, `M-x`…
    func sendKeys(_ keys: String...) throws {
        try tmux(["send-keys", "-t", target, "--"] + keys)
    }

    /// The visible screen, one string per row, trailing spaces removed.
    func screen() throws -> [String] {
        try lines(of: tmux(["capture-pane", "-p", "-t", target]))
    }

    /// The visible screen with SGR escape sequences for colours and attributes (`capture-pane -e`).
    func screenWithEscapes() throws -> [String] {
        try lines(of: tmux(["capture-pane", "-p", "-e", "-t", target]))
    }

    /// Resizes the terminal; the command gets SIGWINCH.
    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// Polls the screen until `predicate` holds and returns that screen; throws after `timeout`,
    /// showing the last screen seen and what was awaited.
    @discardableResult
    func waitForScreen(_ expectation: String = "the expected screen", timeout: Duration = .seconds(10),
                       where predicate: ([String]) -> Bool) throws -> [String] {
        let deadline = ContinuousClock.now + timeout
        while true {
            let lines = try screen()
            if predicate(lines) { return lines }
            if ContinuousClock.now >= deadline {
                throw TmuxSessionError.timedOut(waiting: expectation, after: timeout, screen: lines)
            }
            Thread.sleep(forTimeInterval: Self.pollInterval.seconds)
        }
    }

    /// Waits until some row contains `text`; returns the screen.
    @discardableResult
    func waitForText(_ text: String, timeout: Duration = .seconds(10)) throws -> [String] {
        try waitForScreen("a row containing \(String(reflecting: text))", timeout: timeout) { lines in
            lines.contains { $0.contains(text) }
        }
    }

    /// How the command ended.
    enum Exit: Hashable, Sendable {
        /// It exited with this status.
        case exited(Int32)
        /// A signal killed it (the shell reported status 128 + the signal number).
        case signalled(Int32)
    }

    /// Waits until the command has ended and says how. The pane stays open, showing what the
    /// command left on the screen.
    func waitForExit(timeout: Duration = .seconds(10)) throws -> Exit {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let text = try? String(contentsOf: statusFile, encoding: .utf8),
               let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status > 128 ? .signalled(status - 128) : .exited(status)
            }
            if ContinuousClock.now >= deadline {
                throw TmuxSessionError.timedOut(waiting: "the command to exit", after: timeout, screen: try screen())
            }
            Thread.sleep(forTimeInterval: Self.pollInterval.seconds)
        }
    }

    /// The pane's title, which an escape sequence (OSC 0 or 2) in the output would change.
    func paneTitle() throws -> String {
        try tmux(["display-message", "-p", "-t", target, "#{pane_title}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The process id of the command while it runs (for sending it signals); waits for it to start.
    func commandProcessID(timeout: Duration = .seconds(10)) throws -> Int32 {
        let text = try tmux(["display-message", "-p", "-t", target, "#{pane_pid}"])
        guard let wrapper = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw TmuxSessionError.failed(command: "display-message #{pane_pid}", output: text)
        }
        let deadline = ContinuousClock.now + timeout
        while true {
            if let child = Self.children(of: wrapper).first { return child }
            if ContinuousClock.now >= deadline {
                throw TmuxSessionError.timedOut(waiting: "the command to start", after: timeout, screen: try screen())
            }
            Thread.sleep(forTimeInterval: Self.pollInterval.seconds)
        }
    }

    /// The terminal device of the pane (`/dev/pts/N`), for `stty -F` from outside.
    func paneTTY() throws -> String {
        try tmux(["display-message", "-p", "-t", target, "#{pane_tty}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The process id of the first process named `name` (its `comm`) under the pane, at any depth
    /// (a program started from a shell in the pane); waits for it to start.
    func processID(named name: String, timeout: Duration = .seconds(10)) throws -> Int32 {
        let text = try tmux(["display-message", "-p", "-t", target, "#{pane_pid}"])
        guard let root = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw TmuxSessionError.failed(command: "display-message #{pane_pid}", output: text)
        }
        let deadline = ContinuousClock.now + timeout
        while true {
            var queue = [root]
            while let pid = queue.popLast() {
                let comm = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? ""
                if comm.trimmingCharacters(in: .whitespacesAndNewlines) == name { return pid }
                queue += Self.children(of: pid)
            }
            if ContinuousClock.now >= deadline {
                throw TmuxSessionError.timedOut(waiting: "a process named \(name)", after: timeout, screen: try screen())
            }
            Thread.sleep(forTimeInterval: Self.pollInterval.seconds)
        }
    }

    /// The state letter of a process from /proc (`R`, `S`, `T` for stopped…); nil when it is gone.
    static func processState(_ pid: Int32) -> Character? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(after: close)...].first { $0 != " " }
    }

    /// Waits until `pid` is in state `state` (`T`: stopped) or, for nil, gone.
    func waitForProcess(_ pid: Int32, state: Character?, timeout: Duration = .seconds(10)) throws {
        let deadline = ContinuousClock.now + timeout
        while Self.processState(pid) != state {
            if ContinuousClock.now >= deadline {
                throw TmuxSessionError.timedOut(waiting: "process \(pid) in state \(state.map(String.init) ?? "gone")",
                                                after: timeout, screen: try screen())
            }
            Thread.sleep(forTimeInterval: Self.pollInterval.seconds)
        }
    }

    /// The processes whose parent is `parent`, from /proc.
    private static func children(of parent: Int32) -> [Int32] {
        let path = "/proc/\(parent)/task/\(parent)/children"
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: " ").compactMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    private func lines(of output: String) -> [String] {
        var lines = output.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Runs one tmux client command against this session's server; returns its standard output.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try TmuxClient.run(["-S", directory.appendingPathComponent("tmux").path, "-f", "/dev/null"] + arguments)
    }
}

extension Duration {
    /// The duration in seconds, for Foundation APIs.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
