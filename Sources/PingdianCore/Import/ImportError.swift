/// Why a file cannot be imported: not JSON, not a format pingdian imports, or malformed.
public struct ImportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// One line saying what is wrong, and where when it can.
    public let message: String

    /// An error with this message.
    public init(_ message: String) { self.message = message }

    /// Same as ``message``.
    public var description: String { message }
}
