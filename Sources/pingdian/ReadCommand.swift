import ArgumentParser
import CellWidth
import Foundation
import PingdianApp
import PingdianCore
import TerminalKit

/// `pingdian [FILE]`: the reader in the terminal (or the printed text when output is not a terminal).
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read a text in the terminal (the default command).")

    @OptionGroup var text: TextOptions

    func run() throws {
        UTF8Locale.activate()
        let environment = ProcessInfo.processInfo.environment
        if isatty(STDOUT_FILENO) == 0 {
            var printer = PrintCommand()
            printer.text = text
            printer.color = .never
            try printer.run()
            return
        }
        let (loaded, layer) = text.open()
        _ = (loaded, layer)
        _ = environment
    }
}
