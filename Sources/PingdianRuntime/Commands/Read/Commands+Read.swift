import CellWidth
import Foundation
import PingdianCore
import TerminalKit

extension Commands {
    /// `pingdian [FILE]`: the reader on the terminal `openTerminal` opens, returning when the
    /// reader quits; when standard output is not a terminal, the printed text instead
    /// (``printText(_:width:color:environment:)``). `notes` is the state file given with `--notes`
    /// (nil: the reader's). A terminal that cannot be opened is a failure (1) with its message.
    public static func read(_ choice: TextChoice, notes: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                            outputIsTerminal: Bool = isatty(STDOUT_FILENO) != 0,
                            openTerminal: ([String: String]) throws -> any TerminalBackend) -> CommandResult {
        UTF8Locale.activate()
        guard outputIsTerminal else { return printText(choice, width: nil, color: .never, environment: environment) }
        // ICU's first line-break iterator is set up on the other core while the text, its layer
        // and the terminal are opened here.
        ICUBoundaries.prepareInBackground()
        let prepared: PreparedReader
        let terminal: any TerminalBackend
        do {
            prepared = try PreparedReader.prepare(choice, storage: .stateFile(override: notes), environment: environment)
        } catch {
            return .failed(CommandFailure(error))
        }
        do {
            terminal = try openTerminal(environment)
        } catch {
            let message = "\(error)"
            return .failed(CommandFailure(message: message.hasPrefix("pingdian: ") ? String(message.dropFirst(10)) : message, exitCode: 1))
        }
        let session = ReaderSession(prepared, terminal: terminal)
        if let failure = session.run() { return .failed(failure) }
        let strings = session.state.strings
        return CommandResult(warnings: session.positionSaveFailure.map { [strings.positionWasNotSaved(strings.stateFileProblem($0))] } ?? [])
    }
}
