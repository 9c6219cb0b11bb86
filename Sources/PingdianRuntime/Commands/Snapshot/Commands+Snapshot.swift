import CellWidth
import Foundation
import PingdianApp
import TerminalKit

extension Commands {
    /// `pingdian snapshot`: the screen the reader shows after `events`, as plain text — the
    /// reader's own session on a terminal in memory of `size`, drawn for `colorCapability`. The
    /// reading position is neither read nor saved; notes last as long as the snapshot.
    public static func snapshot(_ choice: TextChoice, size: TerminalSize, colorCapability: ColorCapability, events: [TerminalEvent],
                                environment: [String: String] = ProcessInfo.processInfo.environment) -> CommandResult {
        UTF8Locale.activate()
        let prepared: PreparedReader
        do {
            prepared = try PreparedReader.prepare(choice, storage: .memory, environment: environment, threads: .inline, progressive: false)
        } catch {
            return .failed(CommandFailure(error))
        }
        let terminal = MemoryTerminal(size: size, colorCapability: colorCapability, events: events)
        let session = ReaderSession(prepared, terminal: terminal, editor: { _ in nil })
        // The session runs until the events run out (the terminal then hangs up) or quit.
        if let failure = session.run() { return .failed(failure) }
        return CommandResult(output: CommandResult.bytes(lines: Screen.render(session.state).lines))
    }
}
