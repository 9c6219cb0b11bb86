import CNCursesW
import TerminalKit

extension NCursesTerminal {
    /// The longest single wait in `wget_wch`: a signal that lands just before the wait starts
    /// (and so does not interrupt it) is still noticed within this time.
    static let longestWaitMilliseconds = 100

    /// Waits up to `timeoutMilliseconds` (negative: forever) for a key, a resize or a signal;
    /// nil on time-out. A resize makes the next ``draw(_:)`` repaint everything.
    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        guard !isShutDown else { return nil }
        let clock = ContinuousClock()
        let deadline = timeoutMilliseconds < 0 ? nil : clock.now + .milliseconds(timeoutMilliseconds)
        while true {
            if let signal = takeSignal() { return .signal(signal) }
            let remaining = deadline.map { max(0, milliseconds($0 - clock.now)) } ?? Self.longestWaitMilliseconds
            wtimeout(window, Int32(min(remaining, Self.longestWaitMilliseconds)))
            var code: wint_t = 0
            switch InputDecoder.decode(status: wget_wch(window, &code), code: UInt32(code)) {
            case .key(let key): return .key(key)
            case .resize:
                invalidateScreen()
                return .resize(size)
            case .nothing:
                if let deadline, clock.now >= deadline { return takeSignal().map { .signal($0) } }
            }
        }
    }

    /// The most urgent pending signal to report. A pending SIGCONT (the process was stopped and
    /// continued from outside) is handled here: raw mode is restored and the screen repainted.
    private func takeSignal() -> TerminalSignal? {
        if SignalActions.take(SIGCONT) {
            reset_prog_mode()
            redrawAll()
        }
        for (number, signal) in SignalActions.reported where SignalActions.take(number) { return signal }
        return nil
    }
}

/// Whole milliseconds in a duration, rounded up so that a wait never ends early.
private func milliseconds(_ duration: Duration) -> Int {
    let (seconds, attoseconds) = duration.components
    return Int(seconds) * 1000 + Int((attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
}
