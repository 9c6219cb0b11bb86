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
            case .key(.escape):
                switch afterEscape() {
                case .alt(let key): return .key(key)
                case .paste(let text): return .paste(text)
                case .sequence: continue
                case .alone: return .key(.escape)
                }
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

    /// What an Esc began: a terminal sends Alt-b as Esc then `b` at once, a bracketed paste as
    /// `Esc [200~`, the text, `Esc [201~`, and other sequences ncurses does not know as `Esc [`
    /// and more; an Esc pressed alone comes after ncurses' escape delay with nothing behind it.
    private enum AfterEscape {
        case alt(Key), paste(String), sequence, alone
    }

    private func afterEscape() -> AfterEscape {
        guard let (status, code) = readNow() else { return .alone }
        guard status == OK, code == 0x5B else {
            if status == OK, let key = InputDecoder.altKey(code) { return .alt(key) }
            // With the keypad on, ncurses reads DEL (Backspace) as KEY_BACKSPACE.
            if status == KEY_CODE_YES, Int32(code) == KEY_BACKSPACE { return .alt(.alt("\u{7F}")) }
            if status == KEY_CODE_YES { ungetch(Int32(code)) } else { unget_wch(wchar_t(code)) }
            return .alone
        }
        // `Esc [`: read the sequence to its final byte; `200~` starts a paste.
        var parameters = ""
        while let (status, code) = readNow(), status == OK, let scalar = Unicode.Scalar(code) {
            if (0x40...0x7E).contains(code) {
                return parameters == "200" && scalar == "~" ? .paste(readPaste()) : .sequence
            }
            parameters.unicodeScalars.append(scalar)
        }
        return .sequence
    }

    /// The text of a bracketed paste, up to `Esc [201~` (or until nothing more comes for a
    /// second): carriage returns and line feeds as `\n`, other controls dropped.
    private func readPaste() -> String {
        let end: [UInt32] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]
        var codes: [UInt32] = []
        while true {
            wtimeout(window, 1000)
            var code: wint_t = 0
            let status = wget_wch(window, &code)
            if status == ERR { break }
            guard status == OK else { continue }
            codes.append(UInt32(code))
            if codes.count >= end.count, Array(codes.suffix(end.count)) == end {
                codes.removeLast(end.count)
                break
            }
        }
        var text = String.UnicodeScalarView()
        for (index, code) in codes.enumerated() {
            switch code {
            case 10 where index > 0 && codes[index - 1] == 13: continue
            case 13, 10: text.append("\n")
            case 9: text.append("\t")
            case 0..<32, 127: continue
            default: if let scalar = Unicode.Scalar(code) { text.append(scalar) }
            }
        }
        return String(text)
    }

    /// A code that is there at once, without waiting: its status and code, or nil.
    private func readNow() -> (Int32, UInt32)? {
        wtimeout(window, 0)
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        return status == ERR ? nil : (status, UInt32(code))
    }

    /// Whether a press (or a click) at `event`'s cell is the second of a double click: on the same
    /// cell within 400 ms (the usual double-click time) of the last one; else it is remembered.
    private func secondPress(at event: MEVENT) -> Bool {
        let now = ContinuousClock.now
        if let last = lastPress, last.column == Int(event.x), last.row == Int(event.y), now - last.time < .milliseconds(400) {
            lastPress = nil
            return true
        }
        lastPress = (Int(event.x), Int(event.y), now)
        return false
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
            kind = secondPress(at: event) ? .doubleClick : .press
        } else if state & pd_button1_released() != 0 {
            mouseButtonDown = false
            kind = .release
        } else if state & pd_button1_clicked() != 0 {
            // ncurses makes a press and a release that come close together one click.
            kind = secondPress(at: event) ? .doubleClick : .click
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
