import CellWidth
import Foundation
import NCursesTerminal
import PingdianRuntime

/// What `pingdian [FILE]` does once its options are known: the reader in the terminal, or the
/// printed text when standard output is not a terminal. Run by ``ReadCommand`` and, for the plain
/// `pingdian` and `pingdian FILE`, directly by ``Pingdian/main()``.
struct ReaderStart {
    /// The text, its layer and how to show it.
    var text: TextChoice
    /// The state file given with `--notes`; nil for the default one.
    var notes: String?

    /// Opens the reader (or prints the text) and returns when the reader quits.
    func run() throws {
        UTF8Locale.activate()
        if isatty(STDOUT_FILENO) == 0 {
            try PrintCommand.printText(text, width: nil, color: .never)
            return
        }
        let environment = ProcessInfo.processInfo.environment
        let prepared = try PreparedReader.prepare(text, storage: .stateFile(override: notes), environment: environment)
        let terminal: NCursesTerminal
        do {
            terminal = try NCursesTerminal.open(environment: environment)
        } catch {
            let message = error.message.hasPrefix("pingdian: ") ? String(error.message.dropFirst(10)) : error.message
            CommandFailure(message: message, exitCode: 1).exit()
        }
        let session = ReaderSession(prepared, terminal: terminal)
        if let failure = session.run() { failure.exit() }
        if let reason = session.positionNotSaved {
            FileHandle.standardError.write(Data("pingdian: the reading position was not saved: \(reason)\n".utf8))
        }
    }
}
