import CNCursesW
import Synchronization
import TerminalKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Signals received and not yet handled, one bit per signal number. A signal handler may only
/// do async-signal-safe work: it sets a bit here, and ``NCursesTerminal/nextEvent(timeoutMilliseconds:)``
/// reads it.
let pendingSignals = Atomic<UInt64>(0)

/// The signal handler: records the signal; the wait in `wget_wch` returns with EINTR.
private func recordSignal(_ number: Int32) {
    pendingSignals.bitwiseOr(UInt64(1) << UInt64(number), ordering: .sequentiallyConsistent)
}

/// The signals the reader answers itself, and the actions that were in place before.
struct SignalActions {
    /// Signals that become ``TerminalSignal`` events, in the order they are reported.
    static let reported: [(number: Int32, signal: TerminalSignal)] = [
        (SIGTERM, .terminate), (SIGHUP, .hangUp), (SIGINT, .interrupt), (SIGTSTP, .suspend),
    ]
    /// All signals handled: the reported ones and SIGCONT (repaint after an outside stop).
    static var handled: [Int32] { reported.map(\.number) + [SIGCONT] }

    private var previous: [Int32: sigaction] = [:]
    private var previousMask = sigset_t()

    /// Installs the recording handler for every handled signal (SIGWINCH stays ncurses') and
    /// unblocks them on this thread: a mask inherited from the parent would otherwise keep them out.
    static func install() -> SignalActions {
        _ = pendingSignals.load(ordering: .relaxed)  // initialise the global before any handler runs
        var actions = SignalActions()
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for number in handled {
            var old = sigaction()
            if pd_install_signal_handler(number, recordSignal, &old) == 0 { actions.previous[number] = old }
            sigaddset(&unblocked, number)
        }
        pthread_sigmask(SIG_UNBLOCK, &unblocked, &actions.previousMask)
        return actions
    }

    /// Installs the recording handler for one signal again (SIGTSTP after a suspend).
    static func reinstall(_ number: Int32) {
        var old = sigaction()
        _ = pd_install_signal_handler(number, recordSignal, &old)
    }

    /// Puts back the actions that were in place before ``install()``.
    func restore() {
        for (number, var action) in previous { _ = pd_restore_signal_handler(number, &action) }
        var mask = previousMask
        pthread_sigmask(SIG_SETMASK, &mask, nil)
    }

    /// Takes and clears the pending bit of `number`; whether it was set.
    static func take(_ number: Int32) -> Bool {
        let bit = UInt64(1) << UInt64(number)
        return pendingSignals.bitwiseAnd(~bit, ordering: .sequentiallyConsistent).oldValue & bit != 0
    }
}
