import Foundation

/// Reads a text file from disk and says clearly why it cannot be read.
public enum TextFile {
    /// Why a file cannot be opened as a text; ``message`` is the one line the reader sees.
    public enum OpenError: Error, Hashable, Sendable {
        case notFound(path: String)
        case isDirectory(path: String)
        case unreadable(path: String, reason: String)
        case binary(path: String, byteOffset: Int)

        /// A one-line English message naming the file.
        public var message: String {
            switch self {
            case .notFound(let path): return "\(path): no such file"
            case .isDirectory(let path): return "\(path): is a directory, not a text file"
            case .unreadable(let path, let reason): return "\(path): cannot be read (\(reason))"
            case .binary(let path, let offset):
                return "\(path): looks like a binary file (NUL byte at byte \(offset)), not a UTF-8 text"
            }
        }
    }

    /// Opens the file at `path` as a text titled with its file name.
    public static func open(path: String) throws(OpenError) -> (TextDocument, TextDecoder.Report) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .notFound(path: path)
        }
        if isDirectory.boolValue { throw .isDirectory(path: path) }
        let bytes: [UInt8]
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            bytes = [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw .unreadable(path: path, reason: Self.reason(for: error, path: path))
        }
        let title = URL(fileURLWithPath: path).lastPathComponent
        do {
            return try TextDecoder.decode(bytes, title: title)
        } catch {
            switch error {
            case .binary(let offset): throw .binary(path: path, byteOffset: offset)
            }
        }
    }

    /// A short reason for a failed read: permission, or what the system said.
    private static func reason(for error: Error, path: String) -> String {
        if !FileManager.default.isReadableFile(atPath: path) { return "permission denied" }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           let posix = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(posix.rawValue))
        }
        return nsError.localizedDescription
    }
}
