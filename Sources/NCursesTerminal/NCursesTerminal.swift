import CNCursesW
import TerminalKit

/// The terminal as ncursesw drives it: shows ``CellGrid``s, reports keys, resizes and signals.
///
/// Open it with ``open(environment:)``; give the terminal back with ``shutdown()`` (also done on
/// deinit). Not thread-safe: use it from one thread.
public final class NCursesTerminal: TerminalBackend {
    /// The ncurses screen made by `newterm`.
    let screen: OpaquePointer
    /// The screen's standard window, which every call draws into and reads from.
    let window: UnsafeMutablePointer<WINDOW>
    /// How many colours the screen shows (already lowered for `NO_COLOR`).
    public let colorCapability: ColorCapability
    /// Whether colour -1 means the terminal's own default colour (`use_default_colors` worked).
    let hasDefaultColors: Bool
    /// Colour pairs made so far, by (foreground, background).
    var pairs: ColorPairTable
    /// The grid on screen, or nil when the next draw must repaint every row.
    var shownGrid: CellGrid?
    /// The last style written and its ncurses rendition: neighbouring cells mostly share one.
    var lastRendition: (style: CellStyle, attributes: attr_t, pair: Int32)?
    /// Whether ``shutdown()`` has run; every call after it does nothing.
    var isShutDown = false
    /// Whether the first mouse button is down (so that motion is a drag).
    var mouseButtonDown = false
    /// Where and when the first button last went down: a second press there soon after is a
    /// double click.
    var lastPress: (column: Int, row: Int, time: ContinuousClock.Instant)?
    /// The signal actions that were in place before ours, to put back on shutdown.
    var previousSignalActions: SignalActions

    init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, colorCapability: ColorCapability,
         hasDefaultColors: Bool, pairLimit: Int, previousSignalActions: SignalActions) {
        self.screen = screen
        self.window = window
        self.colorCapability = colorCapability
        self.hasDefaultColors = hasDefaultColors
        self.pairs = ColorPairTable(limit: pairLimit)
        self.previousSignalActions = previousSignalActions
    }

    deinit { shutdown() }

    /// The current size of the screen, as ncurses knows it.
    public var size: TerminalSize {
        TerminalSize(columns: Int(getmaxx(window)), rows: Int(getmaxy(window)))
    }
}
