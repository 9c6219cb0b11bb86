/// A key the reader pressed, decoded by a backend (ncurses) or parsed from a key script.
public enum Key: Hashable, Sendable {
    /// A printable character, including one scalar of IME input.
    case character(Unicode.Scalar)
    /// A letter pressed with Control, as its lowercase letter (Ctrl-D is `.control("d")`).
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, tab, backTab, delete
    /// A function key F1…F12.
    case function(Int)
    /// A key pressed with Alt (Meta), which a terminal sends as Esc and the key: Alt-b is
    /// `.alt("b")`, Alt-Backspace `.alt("\u{7F}")`.
    case alt(Unicode.Scalar)
}

/// A signal from outside that the reader must answer rather than die of, with the terminal in raw mode.
public enum TerminalSignal: Hashable, Sendable {
    /// SIGTERM: save and exit.
    case terminate
    /// SIGHUP: the terminal went away; save and exit.
    case hangUp
    /// SIGINT sent by `kill` (in raw mode Ctrl-C arrives as `.control("c")` instead): save and exit.
    case interrupt
    /// SIGTSTP sent by `kill` (Ctrl-Z arrives as `.control("z")`): call ``TerminalBackend/suspend()``.
    case suspend
}

/// Something a terminal reports: a key, a change of size, or a signal.
public enum TerminalEvent: Hashable, Sendable {
    /// A key was pressed.
    case key(Key)
    /// The screen now has this size; the next ``TerminalBackend/draw(_:)`` repaints everything.
    case resize(TerminalSize)
    /// A signal arrived; the process is still running and the terminal still in raw mode.
    case signal(TerminalSignal)
    /// The mouse, where the terminal reports it.
    case mouse(MouseEvent)
    /// Text pasted in one piece (bracketed paste), line breaks as `\n`: never keys.
    case paste(String)
}

/// What the mouse did, at which cell (0-based column and row).
public struct MouseEvent: Hashable, Sendable {
    /// The kinds of mouse events the reader uses.
    public enum Kind: Hashable, Sendable {
        /// The first button went down.
        case press
        /// The pointer moved with the first button down.
        case drag
        /// The first button came up.
        case release
        /// A press and release in place, reported as one.
        case click
        /// A second press on the same cell soon after the first (the backend tells).
        case doubleClick
        case wheelUp, wheelDown
    }

    public var kind: Kind
    public var column: Int
    public var row: Int

    public init(kind: Kind, column: Int, row: Int) {
        self.kind = kind
        self.column = column
        self.row = row
    }
}
