/// Writes an export to a file so that no reader ever sees half of it.
public enum ExportFile {
    /// Replaces the file at `path` with `bytes` atomically: a temporary file in the same folder,
    /// fsynced, renamed over `path` (mode 0666 less the umask, as for any new file).
    public static func write(_ bytes: [UInt8], toPath path: String) throws(SystemFailure) {
        try AtomicFile.replace(atPath: path, with: bytes, permissions: 0o666)
    }

    /// Makes the folder an export goes into, and its missing parents (mode 0700, as the state
    /// folder it usually is); an existing folder is fine.
    public static func makeFolder(_ path: String) throws(SystemFailure) {
        try AtomicFile.makeDirectory(path)
    }
}
