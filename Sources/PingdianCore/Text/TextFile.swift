import Foundation
#if canImport(Glibc)
import Glibc
#endif

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

    /// How many bytes are read and decoded at a time.
    static let chunkSize = 1 << 20

    /// Opens the file at `path` as a text titled with its file name.
    ///
    /// The file is read and decoded a chunk at a time, so that its bytes are never all in memory
    /// beside its scalars: a 50 MB text needs its scalars and one chunk, not three copies.
    public static func open(path: String) throws(OpenError) -> (TextDocument, TextDecoder.Report) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .notFound(path: path)
        }
        if isDirectory.boolValue { throw .isDirectory(path: path) }
        let descriptor = openForReading(path)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: reason(errno: errno)) }
        defer { close(descriptor) }
        var status = stat()
        let size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
        var decoding = TextDecoder.Decoding(expectedBytes: size)
        // A chunk, after the bytes of an unfinished sequence that the last chunk left (at most 4).
        var buffer = [UInt8](repeating: 0, count: chunkSize + 4)
        try buffer.withUnsafeMutableBufferPointer { (buffer) throws(OpenError) in
            guard let base = buffer.baseAddress else { return }
            var kept = 0
            while true {
                let count = read(descriptor, base + kept, chunkSize)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw .unreadable(path: path, reason: reason(errno: errno))
                }
                let filled = UnsafeBufferPointer(start: base, count: kept + count)
                let used: Int
                do throws(TextDecoder.Failure) {
                    used = try decoding.decode(filled, isFinal: count == 0)
                } catch {
                    switch error {
                    case .binary(let offset): throw .binary(path: path, byteOffset: offset)
                    }
                }
                if count == 0 { return }
                kept = filled.count - used
                if kept > 0 { base.update(from: base + used, count: kept) }
            }
        }
        let (scalars, report) = decoding.finish()
        return (TextDocument(title: URL(fileURLWithPath: path).lastPathComponent, scalars: scalars), report)
    }

    /// A short reason for a failed open or read: permission, or what the system said.
    private static func reason(errno code: Int32) -> String {
        code == EACCES || code == EPERM ? "permission denied" : String(cString: strerror(code))
    }
}

/// `open(2)` for reading (a free function, so that the name is not ``TextFile/open(path:)``).
private func openForReading(_ path: String) -> Int32 {
    open(path, O_RDONLY | O_CLOEXEC)
}
