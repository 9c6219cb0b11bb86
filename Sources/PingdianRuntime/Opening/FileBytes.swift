import Foundation

/// The bytes of a file a command was given.
enum FileBytes {
    /// The bytes of the file at `path`. A missing file, a folder or a file that cannot be read
    /// is a failure (66): "PATH: `missing`" or "PATH: `unreadable`".
    static func read(_ path: String, missing: String, unreadable: String) throws(CommandFailure) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure(message: "\(path): \(missing)", exitCode: 66)
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure(message: "\(path): \(unreadable)", exitCode: 66)
        }
        return [UInt8](data)
    }
}
