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
            case .key(.escape): return .key(keyAfterEscape() ?? .escape)
            case .key(let key): return .key(key)
            case .resize:
                invalidateScreen()
                return .resize(size)
            case .mouse:
                if let event = readMouse() { return .mouse(event) }
            case .nothing:
                if let deadline, clock.now >= deadline { return takeSignal().map { .signal($0) } }
            }
        }
    }

    /// The key that came in the same burst as an Esc: a terminal sends Alt-b as Esc then `b`, at
    /// once, where an Esc pressed alone comes after ncurses' escape delay with nothing behind it.
    /// Returns the Alt key, or nil with whatever was read pushed back to be read as it came.
    private func keyAfterEscape() -> Key? {
        wtimeout(window, 0)
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        guard status != ERR else { return nil }
        if status == OK, let key = InputDecoder.altKey(UInt32(code)) { return key }
        if status == KEY_CODE_YES { ungetch(Int32(code)) } else { unget_wch(wchar_t(code)) }
        return nil
    }

    /// The mouse event ncurses has queued, as the reader sees it: a press, a drag or a release
    /// of the first button at a cell, or the wheel.
    private func readMouse() -> MouseEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = UInt(event.bstate)
        let kind: MouseEvent.Kind
        if state & pd_button1_pressed() != 0 {
            mouseButtonDown = true
            kind = .press
        } else if state & pd_button1_released() != 0 {
            mouseButtonDown = false
            kind = .release
        } else if state & pd_button1_clicked() != 0 {
            kind = .click
        } else if state & pd_wheel_up() != 0 {
            kind = .wheelUp
        } else if state & pd_wheel_down() != 0 {
            kind = .wheelDown
        } else if state & pd_report_position() != 0, mouseButtonDown {
            kind = .drag
        } else {
            return nil
        }
        return MouseEvent(kind: kind, column: Int(event.x), row: Int(event.y))
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
