import Foundation

/// Runs a program of the system (git) and collects what it printed.
enum ExternalCommand {
    /// What a run printed on standard output, and its exit status.
    struct Run {
        let output: [UInt8]
        let status: Int32
    }

    /// The full path of an executable on `PATH` (`/usr/bin:/bin` when unset); nil when missing.
    static func find(_ name: String, environment: [String: String]) -> String? {
        (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `path` with `arguments` in `environment`, no input, standard error discarded, in
    /// `directory` (nil: this one); waits for it.
    static func run(_ path: String, _ arguments: [String], environment: [String: String], in directory: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = environment
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(output: [UInt8](data), status: process.terminationStatus)
    }
}
