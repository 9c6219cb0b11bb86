import ArgumentParser
import PingdianRuntime

/// `pingdian merge-notes BASE OURS THEIRS`: git's merge driver for notes files.
struct MergeNotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-notes",
        abstract: "Merge two versions of a notes file note by note (git's merge driver; see git-setup).",
        discussion: """
        Git runs it as 'pingdian merge-notes %O %A %B' once 'pingdian git-setup' is done; you can \
        run it by hand too. BASE is the common ancestor (an empty or missing file: none), OURS and \
        THEIRS the two sides; the result replaces OURS (or goes to --output). Notes added on \
        either side are kept; a change on one side is taken; a note changed on both sides keeps \
        both versions, for you to choose in the reader; a note deleted on one side and changed on \
        the other is kept; the reading position is the later one. The result is always a notes \
        file pingdian reads, never one with conflict markers, and merging it again changes \
        nothing. Files that are not pingdian notes are merged as text by 'git merge-file'.

        Exit codes: 0 merged, 1 a file merged as text with conflicts, 65 a corrupt notes file or \
        one from a newer pingdian (left alone), 66 a file that cannot be opened, 73 the result \
        cannot be written.
        """)

    @Argument(help: "The common ancestor (git's %O).")
    var base: String

    @Argument(help: "Your side (git's %A); replaced by the result.")
    var ours: String

    @Argument(help: "The other side (git's %B).")
    var theirs: String

    @Option(help: "Write the result here instead of over OURS.")
    var output: String?

    func run() throws {
        Commands.mergeNotes(base: base, ours: ours, theirs: theirs, output: output).finish()
    }
}
