#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file-system step that failed, and the system's `errno` for it: a value, so that the
/// interface says it in its own language (`UIStrings.systemFailure`) and ``description`` in English.
public struct SystemFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was being done when it failed.
    public enum Step: Hashable, Sendable {
        /// Opening a file to read it.
        case open
        /// Reading a file's bytes.
        case read
        /// Creating a new file (a temporary file, a copy, an export).
        case create
        /// Writing bytes to a file.
        case write
        /// Flushing a file or a folder to disk.
        case sync
        /// Renaming a finished file over the old one.
        case rename
        /// Making a folder (the state folder, an export's folder).
        case makeDirectory
        /// Linking the previous version as the backup.
        case link
        /// Creating or taking the lock that keeps two running copies apart.
        case lock
        /// Keeping a copy of a file that cannot be read.
        case keepCopy
    }

    /// What was being done.
    public var step: Step
    /// The file or folder it was done to, when that is not the file the message already names.
    public var path: String?
    /// The `errno` the system returned (`EISDIR` for a folder where a file was expected,
    /// `ENOTDIR` for a file where a folder was, `ENOENT` for a file gone meanwhile).
    public var code: Int32

    /// A failure of `step` with the given code (the current `errno` unless told).
    public init(_ step: Step, path: String? = nil, code: Int32 = errno) {
        self.step = step
        self.path = path
        self.code = code
    }

    /// The system's own words for ``code``, in English (`Permission denied`).
    public var systemReason: String { String(cString: strerror(code)) }

    /// `rename: No space left on device`, `create /x/.y.tmp: permission denied`.
    public var description: String {
        let what: String
        switch step {
        case .open: what = "open"
        case .read: what = "read"
        case .create: what = "create"
        case .write: what = "write"
        case .sync: what = "fsync"
        case .rename: what = "rename"
        case .makeDirectory: what = "make folder"
        case .link: what = "link"
        case .lock: what = "lock"
        case .keepCopy: what = "keep a copy"
        }
        return what + (path.map { " \($0)" } ?? "") + ": " + systemReason
    }
}
