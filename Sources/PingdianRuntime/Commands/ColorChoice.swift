import Foundation
import TerminalKit

/// The values of `--color`: whether output is styled with ANSI escapes.
public enum ColorChoice: String, CaseIterable, Sendable {
    /// Colour when standard output is a terminal and `NO_COLOR` is unset.
    case auto
    /// Colour whatever standard output is.
    case always
    /// No colour.
    case never

    /// The colours for output: none for `never`, none for `auto` when standard output is not a
    /// terminal or `NO_COLOR` is set.
    public func capability(environment: [String: String], outputIsTerminal: Bool = isatty(STDOUT_FILENO) != 0) -> ColorCapability? {
        switch self {
        case .never: return nil
        case .always: return .palette256
        case .auto:
            if !outputIsTerminal { return nil }
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return nil }
            return .palette256
        }
    }
}
