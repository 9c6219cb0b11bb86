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
}

/// Something a terminal reports: a key, or a change of size.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    case resize(TerminalSize)
}
