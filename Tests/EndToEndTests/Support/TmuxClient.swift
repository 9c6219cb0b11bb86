import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the `tmux` command-line client.
///
/// It is started with `posix_spawn`, not Foundation's `Process`, for two reasons: the test
/// runner's threads block most signals and `Process` passes that mask on, so a tmux server (and
/// every command in it) would never receive SIGTERM — `kill-server` itself would not work; and a
/// server forked by the client would keep a pipe to us open, so its output goes to files instead.
enum TmuxClient {
    /// Runs `tmux` with `arguments` and returns its standard output; throws when it fails.
    ///
    /// The server started by the first call inherits this environment, without `TMUX` (tests
    /// may run inside tmux) and with a UTF-8 `LANG` when none is set.
    static func run(_ arguments: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["TMUX_PANE"] = nil
        if environment["LANG"] == nil { environment["LANG"] = "C.UTF-8" }
        let directory = FileManager.default.temporaryDirectory
        let outputURL = directory.appendingPathComponent("pingdian-e2e-\(UUID().uuidString).out")
        let errorURL = directory.appendingPathComponent("pingdian-e2e-\(UUID().uuidString).err")
        defer {
            try? FileManager.default.removeItem(at: outputURL)
            try? FileManager.default.removeItem(at: errorURL)
        }
        let status = try spawnAndWait(
            ["tmux"] + arguments, environment: environment.map { "\($0.key)=\($0.value)" },
            standardOutput: outputURL.path, standardError: errorURL.path)
        let output = (try? String(contentsOf: outputURL, encoding: .utf8)) ?? ""
        guard status == 0 else {
            let errors = (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""
            throw TmuxSessionError.failed(
                command: "tmux " + arguments.joined(separator: " "), output: "status \(status): \(errors)\(output)")
        }
        return output
    }

    /// Starts `command` (found on `PATH`) with an empty signal mask and default signal actions,
    /// standard input from /dev/null and output to the given files; returns its exit status
    /// (128 + signal number when a signal ended it).
    private static func spawnAndWait(_ command: [String], environment: [String],
                                     standardOutput: String, standardError: String) throws -> Int32 {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, standardError, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let argv = command.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let result = posix_spawnp(&pid, command[0], &actions, &attributes, argv, envp)
        guard result == 0 else {
            throw TmuxSessionError.failed(command: command[0], output: "cannot start (is it installed?): \(String(cString: strerror(result)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw TmuxSessionError.failed(command: command[0], output: "waitpid failed") }
        }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
