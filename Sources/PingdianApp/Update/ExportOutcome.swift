import PingdianCore

/// An export the runtime wrote: where, and whether it replaced this text's previous export.
public struct ExportWritten: Hashable, Sendable {
    /// The file written (brat's companion files are beside it).
    public var path: String
    /// Whether a file of that name was there before (this text's own previous export).
    public var replaced: Bool

    /// An export written to `path`.
    public init(path: String, replaced: Bool) {
        self.path = path
        self.replaced = replaced
    }
}

/// Why an export from the reader was not written; `update` says it in the interface's language.
public enum ExportFailure: Error, Hashable, Sendable {
    /// A large text is still being read in full; exports wait for it.
    case textStillBeingRead
    /// The file (or its folder) could not be written.
    case unwritable(path: String, SystemFailure)
}
