import Foundation

/// Runs the project's W3C Web Annotation Data Model validator,
/// `Tests/W3CAnnotationModel/validate.py` (the web-platform-tests annotation-model assertions, kept
/// in the repository; see the README there), on an export. It needs ``ExternalProgram/jsonschema``:
/// a test that uses it declares `.needs(.jsonschema)`.
public enum W3CValidator {
    /// What the validator printed (standard output and error) and how it exited: 0 when every
    /// MUST holds, 1 when one fails, 2 when the file or the suite cannot be read.
    public struct Result: Sendable {
        public let exitCode: Int32
        public let output: String
    }

    /// The folder of the saved suite and `validate.py`, found from this file:
    /// `<repository>/Tests/W3CAnnotationModel`.
    public static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("W3CAnnotationModel").standardizedFileURL

    /// The validator script.
    public static var script: URL { folder.appendingPathComponent("validate.py") }

    /// The validator's verdict on `bytes`; `optional: false` skips the SHOULD/MAY checks.
    public static func validate(_ bytes: [UInt8], optional: Bool = true) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pingdian-w3c-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = scratch.appendingPathComponent("export.json")
        try Data(bytes).write(to: input)
        return try validate(file: input.path, optional: optional)
    }

    /// The validator's verdict on the file at `file`; `optional: false` skips the SHOULD/MAY checks.
    public static func validate(file: String, optional: Bool = true) throws -> Result {
        try run((optional ? [] : ["--no-optional"]) + [file])
    }

    /// Whether python3 and the packages the validator imports are here (`--check-environment`).
    static func environmentIsReady() -> Bool {
        (try? run(["--check-environment"]).exitCode) == 0
    }

    /// Runs `python3 validate.py ARGUMENTS`; its output goes to a file, so it can never fill a pipe.
    private static func run(_ arguments: [String]) throws -> Result {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("pingdian-w3c-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        return Result(exitCode: process.terminationStatus, output: try String(contentsOf: output, encoding: .utf8))
    }
}
