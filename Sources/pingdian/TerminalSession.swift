import PingdianApp
import PingdianCore
import TerminalKit

/// Runs the reader in a real terminal: draws the state, turns events into actions, performs
/// the effects, until the reader quits.
struct TerminalSession {
    var state: AppState
    let backend: any TerminalBackend
    /// Saves the reading position; called on quit, suspend and signals.
    let savePosition: (Int) -> Void

    /// Runs until the reader quits or a signal ends it; the terminal is restored on return.
    mutating func run() {
        defer { backend.shutdown() }
        while true {
            backend.draw(Screen.render(state))
            guard let event = backend.nextEvent(timeoutMilliseconds: -1) else { continue }
            let action: Action
            switch event {
            case .key(let key): action = .key(key)
            case .resize(let size): action = .resize(size)
            case .signal(.suspend): action = .suspend
            case .signal(.terminate), .signal(.hangUp), .signal(.interrupt): action = .terminate
            }
            for effect in Reader.update(&state, action) {
                switch effect {
                case .savePosition(let offset): savePosition(offset)
                case .quit: return
                case .suspend: backend.suspend()
                case .redrawAll: backend.redrawAll()
                }
            }
        }
    }
}
