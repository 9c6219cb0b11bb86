/// A real terminal that can show a ``CellGrid`` and report keys: the seam between the pure
/// reader and ncurses.
public protocol TerminalBackend: AnyObject {
    /// The current size of the screen.
    var size: TerminalSize { get }
    /// How many colours the screen can show (already lowered for `NO_COLOR`).
    var colorCapability: ColorCapability { get }
    /// Shows the grid, writing only what changed since the last call.
    func draw(_ grid: CellGrid)
    /// Waits up to `timeoutMilliseconds` (negative: forever) for the next event; nil on time-out.
    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent?
    /// Gives the terminal back, stops the process (job control), and on continue takes the
    /// terminal again and repaints the whole screen.
    func suspend()
    /// Repaints the whole screen on the next draw, whatever the terminal shows now (Ctrl-L).
    func redrawAll()
    /// Gives the terminal to another program (an editor) while `body` runs, then takes it back
    /// and repaints the whole screen.
    func runOutside(_ body: () -> Void)
    /// Gives the terminal back as it was (leaves the alternate screen, restores modes).
    func shutdown()
}
