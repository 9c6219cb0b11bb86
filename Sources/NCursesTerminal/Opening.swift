import CNCursesW
import CellWidth
import TerminalKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension NCursesTerminal {
    /// How long ncurses waits after ESC for the rest of a key's sequence, in milliseconds.
    static let escapeDelayMilliseconds: Int32 = 25

    /// Takes the terminal: UTF-8 locale, raw mode, no echo, keypad, hidden cursor, alternate
    /// screen, colours, and handlers for SIGTERM, SIGHUP, SIGINT, SIGTSTP and SIGCONT.
    ///
    /// `environment` supplies `TERM` and `NO_COLOR`. Throws a ``TerminalOpenError`` when standard
    /// input or output is not a terminal, or `TERM` is unset, empty, unknown or cannot address the cursor.
    public static func open(environment: [String: String]) throws(TerminalOpenError) -> NCursesTerminal {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        UTF8Locale.activate()
        let term = try TerminalType.check(environment: environment, fileDescriptor: STDOUT_FILENO)
        // Ours before newterm: ncurses then installs no SIGINT/SIGTERM/SIGTSTP handlers of its own
        // (only SIGWINCH), and shutdown puts back what the process had before.
        let signalActions = SignalActions.install()
        guard let screen = newterm(term, pd_stdout(), pd_stdin()), let window = pd_stdscr() else {
            signalActions.restore()
            throw .cannotOpen(term)
        }
        raw()
        noecho()
        nonl()
        keypad(window, true)
        // Presses, releases and motion of the first button, and the wheel, where the terminal
        // reports them; mouseinterval 0 so that a press is reported at once, not held for a click.
        _ = mousemask(pd_mouse_mask(), nil)
        _ = mouseinterval(0)
        intrflush(window, false)
        leaveok(window, true)
        scrollok(window, false)
        curs_set(0)
        set_escdelay(escapeDelayMilliseconds)

        var capability = ColorCapability.monochrome
        var hasDefaultColors = false
        if !ColorCapability.noColorRequested(in: environment) && has_colors() {
            start_color()
            hasDefaultColors = use_default_colors() == OK
            capability = ColorCapability(colorCount: Int(pd_colors()))
        }
        let terminal = NCursesTerminal(
            screen: screen, window: window, colorCapability: capability,
            hasDefaultColors: hasDefaultColors, pairLimit: Int(pd_color_pairs()),
            previousSignalActions: signalActions)
        terminal.setBracketedPaste(true)
        return terminal
    }

    /// Asks the terminal to mark what is pasted (bracketed paste: `Esc [200~` … `Esc [201~`),
    /// so that a paste is text, never keys; or, on the way out, to stop.
    func setBracketedPaste(_ on: Bool) {
        fputs(on ? "\u{1B}[?2004h" : "\u{1B}[?2004l", pd_stdout())
        fflush(pd_stdout())
    }

    /// Gives the terminal back (leaves the alternate screen, shows the cursor, restores the modes
    /// and the signal actions). Safe to call more than once.
    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        setBracketedPaste(false)
        curs_set(1)
        endwin()
        delscreen(screen)
        fflush(pd_stdout())
        previousSignalActions.restore()
    }
}

extension ColorCapability {
    /// The capability of a terminal with `colorCount` colours (terminfo `colors`).
    init(colorCount: Int) {
        switch colorCount {
        case 256...: self = .palette256
        case 8...: self = .basic8
        default: self = .monochrome
        }
    }

    /// Whether `NO_COLOR` in `environment` asks for no colour: set to a non-empty value (no-color.org).
    static func noColorRequested(in environment: [String: String]) -> Bool {
        !(environment["NO_COLOR"] ?? "").isEmpty
    }
}
