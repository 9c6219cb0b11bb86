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

    @Option(help: ArgumentHelp(
        "Your name, recorded as the creator of the notes you make.",
        discussion: "Default: $PINGDIAN_AUTHOR, else git's user.name, else your login name."))
    var author: String?

    @Option(name: .customLong("with"), help: ArgumentHelp(
        "Another reader's notes on the text, shown beside yours, read-only (repeat for more readers).",
        discussion: "A pingdian state file, a 'pingdian export --format json' file, W3C Web Annotations or a Hypothesis export. Docs/together.md."))
    var otherReaders: [String] = []

    func run() throws {
        var choice = text.choice
        choice.author = author
        choice.otherReaders = otherReaders
        Commands.read(choice, notes: notes, openTerminal: NCursesTerminal.open(environment:)).finish()
    }
}
