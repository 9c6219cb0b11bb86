import CNCursesW

/// Checks of `TERM` made before ncurses opens a screen, so that a bad one gives our own message.
enum TerminalType {
    /// The terminal type named by `environment`, when terminfo knows it and it can address the
    /// cursor; throws a ``TerminalOpenError`` otherwise. Not thread-safe (ncurses' global `cur_term`).
    static func check(environment: [String: String], fileDescriptor: Int32) throws(TerminalOpenError) -> String {
        guard let term = environment["TERM"], !term.isEmpty else { throw .termNotSet }
        switch pd_check_terminal_type(term, fileDescriptor) {
        case PD_TERMINAL_USABLE: return term
        case PD_TERMINAL_NO_DATABASE: throw .noTerminfoDatabase(term)
        case PD_TERMINAL_NO_CURSOR_ADDRESSING: throw .cannotAddressCursor(term)
        default: throw .unknownTerminal(term)
        }
    }
}
