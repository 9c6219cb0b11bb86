import Foundation

/// Runs the real `pingdian` binary without a terminal and collects what it printed.
struct CommandRun {
    let standardOutput: String
    let standardError: String
    let exitCode: Int32

    /// Runs `pingdian` with the arguments, standard input from /dev/null, and the environment
    /// given (PATH and HOME are kept; XDG_DATA_HOME points at a fresh folder unless given).
    static func pingdian(_ arguments: [String], environment: [String: String] = [:], workingDirectory: URL? = nil) throws -> CommandRun {
        let process = Process()
        process.executableURL = try PingdianBinary.url
        process.arguments = arguments
        var base = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
                    "HOME": NSTemporaryDirectory(), "LANG": "C.UTF-8",
                    "XDG_DATA_HOME": NSTemporaryDirectory() + "pingdian-run-\(UUID().uuidString)"]
        base.merge(environment) { _, new in new }
        process.environment = base
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        // Output goes to files, so that a large output can never fill a pipe and block the child.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pingdian-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outputURL = scratch.appendingPathComponent("stdout")
        let errorURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        try process.run()
        process.waitUntilExit()
        let stdoutBytes = try Data(contentsOf: outputURL)
        let stderrBytes = try Data(contentsOf: errorURL)
        return CommandRun(
            standardOutput: String(decoding: stdoutBytes, as: UTF8.self),
            standardError: String(decoding: stderrBytes, as: UTF8.self),
            exitCode: process.terminationStatus)
    }
}

/// A folder of files for one test, removed afterwards.
struct ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("pingdian-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes bytes to a file in the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }

    /// Removes the folder and everything in it.
    func remove() { try? FileManager.default.removeItem(at: url) }
}
