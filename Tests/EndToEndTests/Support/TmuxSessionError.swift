/// Why a ``TmuxSession`` call failed; the description shows the screen when there was one.
enum TmuxSessionError: Error, CustomStringConvertible {
    /// A tmux command exited with an error.
    case failed(command: String, output: String)
    /// A wait ended at its deadline; `screen` is the last screen seen.
    case timedOut(waiting: String, after: Duration, screen: [String])

    /// What went wrong, with the last screen framed and numbered.
    var description: String {
        switch self {
        case .failed(let command, let output):
            return "\(command) failed: \(output)"
        case .timedOut(let expectation, let timeout, let screen):
            let width = screen.map(\.count).max() ?? 0
            let border = "+" + String(repeating: "-", count: width + 2) + "+"
            let rows = screen.enumerated().map { index, line in
                String(format: "%3d", index) + " | " + line
            }
            return (["timed out after \(timeout) waiting for \(expectation); last screen:", border] + rows + [border])
                .joined(separator: "\n")
        }
    }
}
