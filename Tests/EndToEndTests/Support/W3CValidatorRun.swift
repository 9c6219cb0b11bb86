import Foundation

/// Runs `../shared/w3c-annotation-tests/validate.py` (next to the repository, as CI checks it
/// out) on a file. A missing validator fails the test: it is never skipped.
enum W3CValidatorRun {
    /// The validator, found from this file: `<repo>/../shared/w3c-annotation-tests/validate.py`.
    static var script: URL {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<5 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("shared/w3c-annotation-tests/validate.py").standardizedFileURL
    }

    /// The exit code and what it printed for `file` (`--no-optional`: the MUST checks only).
    static func validate(file: String) throws -> (exitCode: Int32, output: String) {
        guard FileManager.default.fileExists(atPath: script.path) else {
            throw PingdianBinaryError(name: "W3C annotation validator", searched: [script.path])
        }
        let outputURL = FileManager.default.temporaryDirectory.appendingPathComponent("pingdian-validate-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outputURL) }
        let handle = try FileHandle(forWritingTo: outputURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, "--no-optional", file]
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, try String(contentsOf: outputURL, encoding: .utf8))
    }
}
