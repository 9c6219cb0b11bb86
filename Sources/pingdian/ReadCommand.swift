import ArgumentParser
import NCursesTerminal
import PingdianRuntime

/// `pingdian [FILE]`: the reader in the terminal (or the printed text when output is not a terminal).
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read a text in the terminal (the default command).")

    @OptionGroup var text: TextOptions

    @Option(help: "The state file that keeps the reading position and your notes (default: under $XDG_DATA_HOME/pingdian/).")
    var notes: String?

    func run() throws {
        Commands.read(text.choice, notes: notes, openTerminal: NCursesTerminal.open(environment:)).finish()
    }
}
