import ArgumentParser
import PingdianRuntime

/// `pingdian import`: annotations from an export (pingdian's JSON, W3C, Hypothesis) into your notes.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the annotations of an export (pingdian JSON, W3C Web Annotation, Hypothesis) to your notes on a text.",
        discussion: """
        The format is told from the content. Each annotation is found again in the text by its \
        quote, context and offsets; one whose quote is not there is kept as not found (orphaned). \
        One with the same kind, range and note as one of your notes or of the curated layer is \
        skipped as a duplicate, so importing twice adds nothing. Ids are kept when free, else get \
        -2, -3…; links follow them. W3C linking annotations become links; a kind comes from a \
        tag naming a kind of the taxonomy, else it is 'claim'.

        The notes are written through the same lock as the reader's, so a reader running on the \
        text loses nothing. Prints how many were imported, skipped as duplicates and orphaned.

        Exit codes: 0 done, 64 bad usage, 65 a file pingdian does not import or a corrupt or newer \
        notes file, 66 a file that cannot be opened, 73 a notes file that cannot be written.
        """)

    @Argument(help: "The export to import (JSON).")
    var export: String

    @Argument(help: "The text the annotations belong to (default: the bundled essay).")
    var file: String?

    @Option(help: "The state file holding your notes (default: the one the reader uses for the text).")
    var notes: String?

    @Option(help: "The curated layer, for duplicates (default: <text>.moves.json next to the text, or the bundled essay's).")
    var layer: String?

    @Flag(help: "Say what would be imported, and write nothing.")
    var dryRun = false

    func run() throws {
        Commands.importAnnotations(from: export, into: file, notes: notes, layer: layer, dryRun: dryRun).finish()
    }
}
