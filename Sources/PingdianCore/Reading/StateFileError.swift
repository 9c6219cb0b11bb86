/// Why a state file cannot be read or written. ``message`` is the one line the reader sees.
public enum StateFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file exists but cannot be read (permissions, a directory…).
    case unreadable(path: String, reason: SystemFailure)
    /// The file is not a valid state file; it was left as it is.
    case corrupt(path: String, FileFormatError)
    /// The file was written by a newer pingdian; it was left as it is.
    case newerVersion(path: String, found: Int, supported: Int)
    /// The file (or its directory) cannot be written.
    case unwritable(path: String, reason: SystemFailure)
    /// The changes would make a state this version could not read back (an annotation without a
    /// quote, a duplicate id…); nothing was written.
    case invalidChange(path: String, FileFormatError)

    /// A one-line English message naming the file and saying what happened to it.
    public var message: String {
        switch self {
        case .unreadable(let path, let reason):
            return "\(path): cannot read the reading state (\(reason))"
        case .corrupt(let path, let error):
            return "\(path): not a valid pingdian state file (\(error)); it was left untouched — "
                + "move it away to start afresh"
        case .newerVersion(let path, let found, let supported):
            return "\(path): written by a newer pingdian (state version \(found), this one reads up to "
                + "\(supported)); it was left untouched — please update pingdian"
        case .unwritable(let path, let reason):
            return "\(path): cannot save the reading state (\(reason))"
        case .invalidChange(let path, let error):
            return "\(path): change refused, the file was not modified (\(error))"
        }
    }

    /// Whether the file is there but must not be written: corrupt, from a newer pingdian, or
    /// unreadable. Readers open such a file read-only.
    public var forbidsWriting: Bool {
        switch self {
        case .unreadable, .corrupt, .newerVersion: return true
        case .unwritable, .invalidChange: return false
        }
    }

    /// Same as ``message``.
    public var description: String { message }
}
