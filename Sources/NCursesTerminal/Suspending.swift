import CNCursesW
import TerminalKit

extension NCursesTerminal {
    /// Gives the terminal back and stops the process as Ctrl-Z would; when the shell continues
    /// it (`fg`), takes the terminal again (raw mode, alternate screen) and repaints everything.
    public func suspend() {
        guard !isShutDown else { return }
        setBracketedPaste(false)
        endwin()
        pd_stop_process()
        SignalActions.reinstall(SIGTSTP)
        _ = SignalActions.take(SIGTSTP)
        _ = SignalActions.take(SIGCONT)
        // The first refresh after endwin restores the program's modes and the alternate screen.
        redrawAll()
        setBracketedPaste(true)
    }
}

extension NCursesTerminal {
    /// Gives the terminal to another program (an editor) while `body` runs, then takes it back
    /// and repaints everything.
    public func runOutside(_ body: () -> Void) {
        guard !isShutDown else {
            body()
            return
        }
        setBracketedPaste(false)
        endwin()
        body()
        // The first refresh after endwin restores the program's modes and the alternate screen.
        redrawAll()
        setBracketedPaste(true)
    }
}
