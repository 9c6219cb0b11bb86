import PingdianCore
import TerminalKit

/// What the reader asks the world to do after an update; the runner performs it.
public enum Effect: Hashable, Sendable {
    /// Save the reading position now.
    case savePosition(offset: Int)
    /// Stop the program (after saving).
    case quit
    /// Suspend to the shell (Ctrl-Z) and redraw all on return.
    case suspend
    /// Repaint the whole terminal (Ctrl-L).
    case redrawAll
}

/// Something that happened to the reader: a key, a resize, a signal.
public enum Action: Hashable, Sendable {
    case key(Key)
    case resize(TerminalSize)
    /// The process was asked to stop (SIGTERM, SIGHUP, SIGINT).
    case terminate
    /// The process was asked to suspend from outside (SIGTSTP).
    case suspend
}
