/// A terminal in memory, like ratatui's `TestBackend`: the events it will report are scripted,
/// and what was drawn and asked of it is kept, so a whole session runs in a test in
/// milliseconds (and `pingdian snapshot` runs the reader on it).
public final class MemoryTerminal: TerminalBackend {
    /// The current size: the scripted size changes it as its event is reported.
    public private(set) var size: TerminalSize
    public let colorCapability: ColorCapability
    /// The events still to report, first first.
    public private(set) var pendingEvents: [TerminalEvent]
    /// The last grid drawn; nil before the first.
    public private(set) var screen: CellGrid?
    /// How many frames were drawn.
    public private(set) var framesDrawn = 0
    /// How many times the program suspended itself (Ctrl-Z).
    public private(set) var suspensions = 0
    /// How many whole repaints were asked for (Ctrl-L).
    public private(set) var repaints = 0
    /// How many times another program (an editor) was given the terminal.
    public private(set) var outsideRuns = 0
    /// Whether the terminal was given back (``shutdown()``).
    public private(set) var isShutDown = false
    /// Whether the script ran out while the program waited for an event with no time limit: the
    /// terminal then reports a hang-up, as a closed terminal would.
    public private(set) var ranOut = false

    /// A terminal of `size` that will report `events` in order.
    public init(size: TerminalSize, colorCapability: ColorCapability = .palette256, events: [TerminalEvent] = []) {
        self.size = size
        self.colorCapability = colorCapability
        self.pendingEvents = events
    }

    /// Adds events to report after those already scripted.
    public func send(_ events: [TerminalEvent]) {
        pendingEvents += events
    }

    /// The drawn screen's rows as text (empty before the first frame).
    public var lines: [String] { screen?.lines ?? [] }

    public func draw(_ grid: CellGrid) {
        screen = grid
        framesDrawn += 1
    }

    /// The next scripted event; when there is none, nil for a wait with a time limit (a time-out)
    /// and a hang-up for one without (nothing would ever come).
    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        guard !pendingEvents.isEmpty else {
            if timeoutMilliseconds >= 0 { return nil }
            ranOut = true
            return .signal(.hangUp)
        }
        let event = pendingEvents.removeFirst()
        if case .resize(let newSize) = event { size = newSize }
        return event
    }

    public func suspend() { suspensions += 1 }

    public func redrawAll() { repaints += 1 }

    public func runOutside(_ body: () -> Void) {
        outsideRuns += 1
        body()
    }

    public func shutdown() { isShutDown = true }
}
