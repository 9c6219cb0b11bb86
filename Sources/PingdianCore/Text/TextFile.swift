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

    /// The size from which ``openProgressively(path:threshold:)`` indexes a file first.
    public static let progressiveThreshold = 1 << 20

    /// How much of a large file ``openProgressively(path:threshold:)`` indexes before the first
    /// frame: whole lines past this many bytes (dozens of screens); the rest are counted after.
    public static let headBytes = 64 << 10

    /// A read(2) that failed, with its errno.
    struct ReadFailure: Error {
        let errno: Int32
    }

    /// Opens the file at `path` as a text titled with its file name.
    ///
    /// The file is read and decoded a chunk at a time, so that its bytes are never all in memory
    /// beside its scalars: a 50 MB text needs its scalars and one chunk, not three copies.
    public static func open(path: String) throws(OpenError) -> (TextDocument, TextDecoder.Report) {
        let descriptor = try openDescriptor(path)
        defer { close(descriptor) }
        do {
            let (scalars, report) = try decode(descriptor: descriptor)
            return (TextDocument(title: title(of: path), scalars: scalars), report)
        } catch {
            throw error.openError(path: path)
        }
    }

    /// What ``openProgressively(path:threshold:)`` gives.
    public enum Opening {
        /// The exact document, decoded (a file below the threshold, or one the index refused).
        case complete(TextDocument, TextDecoder.Report)
        /// A provisional document: the paragraphs and length of the text, its scalars decoded as
        /// they are shown; and the file, still open, from which ``read(descriptor:path:)`` reads
        /// the exact document to put in its place (the caller closes it). The file is read through
        /// the descriptor opened first, so a file deleted or replaced since is still the same text.
        case provisional(TextDocument, descriptor: Int32)
    }

    /// Opens the file at `path` for a first frame as soon as possible: of a file of `threshold`
    /// bytes or more only the lines in its first `headBytes` are indexed (``TextIndex``: a count
    /// of its lines, no decoding), which become a provisional document not yet counted to its end
    /// (``TextDocument/counted()`` counts the rest); a smaller file is decoded at once
    /// (``open(path:)``).
    ///
    /// The provisional document is the exact one when the file is valid UTF-8 and does not
    /// change: same paragraphs, same offsets, same scalars (once counted). A file with a NUL byte
    /// in its first lines is decoded at once, which reports it.
    /// `chunkSize` is the index's first read (tests use small ones).
    public static func openProgressively(path: String, threshold: Int = progressiveThreshold, headBytes: Int = headBytes,
                                         chunkSize: Int = 1 << 20) throws(OpenError) -> Opening {
        let descriptor = try openDescriptor(path)
        var status = stat()
        let size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
        if size >= threshold {
            do throws(ReadFailure) {
                // The head and the line that crosses its end in one read, mostly.
                let firstRead = headBytes >= chunkSize / 2 ? chunkSize : min(chunkSize, max(4096, 2 * headBytes))
                if let head = try TextIndex.head(descriptor: descriptor, bytes: headBytes, chunkSize: firstRead) {
                    let second = fcntl(descriptor, F_DUPFD_CLOEXEC, 0)
                    guard second >= 0 else { throw ReadFailure(errno: errno) }
                    // The document owns the first descriptor from here (``ProvisionalScalars``).
                    return .provisional(TextDocument(title: title(of: path), head: head, descriptor: descriptor), descriptor: second)
                }
            } catch {
                close(descriptor)
                throw .unreadable(path: path, reason: reason(errno: error.errno))
            }
        }
        close(descriptor)
        let (document, report) = try open(path: path)
        return .complete(document, report)
    }

    /// The exact document of the file open at `descriptor` (the one ``openProgressively(path:threshold:chunkSize:)``
    /// gave with a provisional document), titled and reported as the file at `path`.
    public static func read(descriptor: Int32, path: String) throws(OpenError) -> (TextDocument, TextDecoder.Report) {
        do {
            let (scalars, report) = try decode(descriptor: descriptor)
            return (TextDocument(title: title(of: path), scalars: scalars), report)
        } catch {
            throw error.openError(path: path)
        }
    }

    /// Decodes the file open at `descriptor` from its start, a chunk at a time. Reads with
    /// `pread(2)`, so a descriptor shared with another reader of the same file can be used.
    static func decode(descriptor: Int32) throws(DecodeFailure) -> ([Unicode.Scalar], TextDecoder.Report) {
        var status = stat()
        let size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
        var decoding = TextDecoder.Decoding(expectedBytes: size)
        // A chunk, after the bytes of an unfinished sequence that the last chunk left (at most 4).
        // No bigger than the file (plus one read to see its end), and not zeroed: a short text
        // should not pay for clearing a megabyte.
        let chunk = min(chunkSize, max(size + 1, 4096))
        var buffer = [UInt8](unsafeUninitializedCapacity: chunk + 4) { _, count in count = chunk + 4 }
        try buffer.withUnsafeMutableBufferPointer { (buffer) throws(DecodeFailure) in
            guard let base = buffer.baseAddress else { return }
            var kept = 0
            var offset = 0
            while true {
                let count = pread(descriptor, base + kept, chunk, off_t(offset))
                if count < 0 {
                    if errno == EINTR { continue }
                    throw .read(errno)
                }
                let filled = UnsafeBufferPointer(start: base, count: kept + count)
                let used: Int
                do throws(TextDecoder.Failure) {
                    used = try decoding.decode(filled, isFinal: count == 0)
                } catch {
                    switch error {
                    case .binary(let offset): throw .binary(byteOffset: offset)
                    }
                }
                if count == 0 { return }
                offset += count
                kept = filled.count - used
                if kept > 0 { base.update(from: base + used, count: kept) }
            }
        }
        return decoding.finish()
    }

    /// Why ``decode(descriptor:)`` stopped.
    enum DecodeFailure: Error {
        case read(Int32)
        case binary(byteOffset: Int)

        /// The error to report for the file at `path`.
        func openError(path: String) -> OpenError {
            switch self {
            case .read(let code): return .unreadable(path: path, reason: reason(errno: code))
            case .binary(let offset): return .binary(path: path, byteOffset: offset)
            }
        }
    }

    /// Opens `path` for reading after checking it is a file, or says why it cannot be read.
    private static func openDescriptor(_ path: String) throws(OpenError) -> Int32 {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .notFound(path: path)
        }
        if isDirectory.boolValue { throw .isDirectory(path: path) }
        let descriptor = openForReading(path)
        guard descriptor >= 0 else { throw .unreadable(path: path, reason: reason(errno: errno)) }
        return descriptor
    }

    /// The title of the text at `path`: its file name.
    private static func title(of path: String) -> String {
        URL(fileURLWithPath: path).lastPathComponent
    }

    /// A short reason for a failed open or read: permission, or what the system said.
    fileprivate static func reason(errno code: Int32) -> String {
        code == EACCES || code == EPERM ? "permission denied" : String(cString: strerror(code))
    }
}

/// `open(2)` for reading (a free function, so that the name is not ``TextFile/open(path:)``).
private func openForReading(_ path: String) -> Int32 {
    open(path, O_RDONLY | O_CLOEXEC)
}
