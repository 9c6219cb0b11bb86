import Foundation

/// Runs the W3C Web Annotation Data Model validator of `../shared/w3c-annotation-tests/` (next
/// to the repository, as CI checks it out) on bytes. A missing validator is an error, never a skip.
enum W3CValidator {
    /// What the validator printed and how it exited.
    struct Result {
        let exitCode: Int32
        let output: String
    }

    /// `validate.py`, found from this file: `<repo>/../shared/w3c-annotation-tests/validate.py`.
    static var script: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("shared/w3c-annotation-tests/validate.py")
            .standardizedFileURL
    }

    /// The validator's verdict on `bytes` (`--no-optional` skips the SHOULD/MAY checks).
    static func validate(_ bytes: [UInt8], optional: Bool = true) throws -> Result {
        guard FileManager.default.fileExists(atPath: script.path) else {
            throw Missing(path: script.path)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pingdian-w3c-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("export.json")
        let output = folder.appendingPathComponent("output.txt")
        try Data(bytes).write(to: input)
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path] + (optional ? [] : ["--no-optional"]) + [input.path]
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return Result(exitCode: process.terminationStatus, output: try String(contentsOf: output, encoding: .utf8))
    }

    /// The validator is not where CI puts it.
    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String {
            "the W3C annotation validator is missing at \(path): check out ../shared next to the repository"
        }
    }
}
