/// Why the terminal could not be opened, said in one line for the reader.
public struct TerminalOpenError: Error, Hashable, Sendable, CustomStringConvertible {
    /// One line to print on standard error, starting with "pingdian:".
    public let message: String

    /// An error with the given one-line message.
    public init(message: String) { self.message = message }

    /// The message.
    public var description: String { message }

    private static let orPipe = "or pipe the output to read the text without a terminal"

    /// Standard input or output is not a terminal.
    static let notATerminal = TerminalOpenError(
        message: "pingdian: standard input and output must both be a terminal (pipe the output to read the text without one)")

    /// `TERM` is unset or empty.
    static let termNotSet = TerminalOpenError(
        message: "pingdian: TERM is not set; set it to your terminal's type, e.g. xterm-256color, \(orPipe)")

    /// terminfo has no entry for `TERM`.
    static func unknownTerminal(_ term: String) -> TerminalOpenError {
        TerminalOpenError(message: "pingdian: unknown terminal type '\(term)' (TERM); set TERM to your "
            + "terminal's type, e.g. xterm-256color (or install its terminfo entry), \(orPipe)")
    }

    /// No terminfo database was found at all.
    static func noTerminfoDatabase(_ term: String) -> TerminalOpenError {
        TerminalOpenError(message: "pingdian: no terminfo database found to look up TERM '\(term)'; "
            + "install ncurses-base or set TERMINFO, \(orPipe)")
    }

    /// The terminal type cannot move the cursor (`dumb`, a hardcopy terminal).
    static func cannotAddressCursor(_ term: String) -> TerminalOpenError {
        TerminalOpenError(message: "pingdian: terminal type '\(term)' cannot move the cursor; use a "
            + "full-screen terminal type, e.g. xterm-256color, \(orPipe)")
    }

    /// ncurses refused to open the screen for another reason.
    static func cannotOpen(_ term: String) -> TerminalOpenError {
        TerminalOpenError(message: "pingdian: cannot open the terminal (TERM '\(term)'); \(orPipe)")
    }
}
