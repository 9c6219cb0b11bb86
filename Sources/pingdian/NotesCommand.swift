import ArgumentParser
import PingdianRuntime

/// `pingdian notes`: the reader's own annotations of a text, for people and for other programs.
struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "List your own notes on a text: one block per note, or a JSON array with --json.",
        discussion: """
        Reads the state file the reader keeps for the text (or the one given with --notes) and never \
        changes it. No notes print nothing (or [] with --json). Exit codes: 0 listed, 65 a state \
        file that is corrupt or from a newer pingdian, 66 a file that cannot be read.
        """)

    @Argument(help: "The text the notes belong to (default: the bundled essay).")
    var file: String?

    @Flag(help: "Print a JSON array (id, kind, quote, start, end, paragraph, note, links, created, modified).")
    var json = false

    @Option(help: "The state file to read (default: the one the reader uses for the text, under $XDG_DATA_HOME/pingdian/).")
    var notes: String?

    func run() throws {
        Commands.notes(file: file, stateFile: notes, json: json).finish()
    }
}
