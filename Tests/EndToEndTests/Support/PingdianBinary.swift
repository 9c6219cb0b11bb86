import Foundation

/// Finds the `pingdian` executable that SwiftPM built alongside the tests.
enum PingdianBinary {
    /// The `pingdian` executable: `PINGDIAN_BINARY` when set, else the one in the build directory
    /// of the running tests (`.build/debug`, or the release directory for a release build).
    static var url: URL {
        get throws {
            if let path = ProcessInfo.processInfo.environment["PINGDIAN_BINARY"], !path.isEmpty {
                return URL(fileURLWithPath: path)
            }
            for directory in searchDirectories {
                let candidate = directory.appendingPathComponent("pingdian")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
            throw PingdianBinaryError(searched: searchDirectories.map(\.path))
        }
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

/// The `pingdian` executable was not found.
struct PingdianBinaryError: Error, CustomStringConvertible {
    /// The directories looked in.
    let searched: [String]
    /// Where it was looked for, and how to point at it.
    var description: String {
        "no pingdian executable in \(searched.joined(separator: ", ")); build it or set PINGDIAN_BINARY"
    }
}
