/// Writes an export to a file so that no reader ever sees half of it.
public enum ExportFile {
    /// Why an export could not be written: the call that failed and the system's reason.
    public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// `rename: Permission denied`, for instance.
        public let reason: String
        /// Same as ``reason``.
        public var description: String { reason }
    }

    /// Replaces the file at `path` with `bytes` atomically: a temporary file in the same folder,
    /// fsynced, renamed over `path` (mode 0666 less the umask, as for any new file).
    public static func write(_ bytes: [UInt8], toPath path: String) throws(Failure) {
        do {
            try AtomicFile.replace(atPath: path, with: bytes, permissions: 0o666)
        } catch {
            throw Failure(reason: error.reason)
        }
    }
}
