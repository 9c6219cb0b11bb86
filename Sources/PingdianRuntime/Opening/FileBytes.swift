import Foundation

/// The bytes of a file a command was given.
enum FileBytes {
    /// Why a file's bytes could not be had.
    enum Problem: Error {
        /// There is no such file.
        case missing
        /// It is a folder, or it cannot be read.
        case unreadable
    }

    /// The bytes of the file at `path`, or why not.
    static func contents(_ path: String) -> Result<[UInt8], Problem> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .failure(.missing) }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else { return .failure(.unreadable) }
        return .success([UInt8](data))
    }

    /// The bytes of the file at `path`. A missing file, a folder or a file that cannot be read
    /// is a failure (66): "PATH: `missing`" or "PATH: `unreadable`".
    static func read(_ path: String, missing: String, unreadable: String) throws(CommandFailure) -> [UInt8] {
        switch contents(path) {
        case .success(let bytes): return bytes
        case .failure(.missing): throw CommandFailure(message: "\(path): \(missing)", exitCode: 66)
        case .failure(.unreadable): throw CommandFailure(message: "\(path): \(unreadable)", exitCode: 66)
        }
    }
}
