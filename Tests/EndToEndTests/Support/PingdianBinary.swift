import Foundation

/// Finds the executables (`pingdian`, `pingdian-state-writer`) that SwiftPM built alongside the tests.
enum PingdianBinary {
    /// The `pingdian` executable: `PINGDIAN_BINARY` when set, else the one in the build directory
    /// of the running tests (`.build/debug`, or the release directory for a release build).
    static var url: URL {
        get throws {
            if let path = ProcessInfo.processInfo.environment["PINGDIAN_BINARY"], !path.isEmpty {
                return URL(fileURLWithPath: path)
            }
            return try executable(named: "pingdian")
        }
    }

    /// The executable `name` in the build directory of the running tests.
    static func executable(named name: String) throws -> URL {
        for directory in searchDirectories {
            let candidate = directory.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw PingdianBinaryError(name: name, searched: searchDirectories.map(\.path))
    }

    /// The directory holding the test bundle (Linux: the `.xctest` executable; macOS: the
    /// `.xctest` bundle), and the directory of the running executable.
    private static var searchDirectories: [URL] {
        var directories: [URL] = []
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            directories.append(bundle.bundleURL.deletingLastPathComponent())
        }
        if let executable = Bundle.main.executableURL {
            var directory = executable.deletingLastPathComponent()
            // macOS: …/debug/pingdianPackageTests.xctest/Contents/MacOS/pingdianPackageTests
            for _ in 0..<4 {
                directories.append(directory)
                directory = directory.deletingLastPathComponent()
            }
        }
        return directories
    }
}

/// An executable the tests need was not found.
struct PingdianBinaryError: Error, CustomStringConvertible {
    /// The executable looked for.
    let name: String
    /// The directories looked in.
    let searched: [String]
    /// Where it was looked for, and how to point at it.
    var description: String {
        "no \(name) executable in \(searched.joined(separator: ", ")); build it"
            + (name == "pingdian" ? " or set PINGDIAN_BINARY" : "")
    }
}
