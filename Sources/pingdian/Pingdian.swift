import ArgumentParser

/// The `pingdian` command: reads a text in the terminal, or prints it, or snapshots the screen.
@main
struct Pingdian: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pingdian",
        abstract: "評點 — read and annotate Chinese essays in the terminal.",
        discussion: """
        pingdian [FILE] [--layer FILE] [--ui-lang zh-Hant|en] [--punct full|original] [--indent] [--notes FILE]

        With no FILE, opens the bundled essay where you stopped reading. Press ? in the reader for its keys. When standard output is not a terminal, the laid-out text is printed instead. 'pingdian read --help' explains each option.

        The interface speaks Traditional Chinese or English, from LC_ALL, LC_MESSAGES or LANG, or --ui-lang. NO_COLOR turns colours off.

        'pingdian notes [FILE] [--json]' lists your own notes on a text.

        Exit codes: 0 done, 64 bad usage, 65 not a text, 66 a file that cannot be opened, 1 a terminal that cannot be used.
        """,
        version: "0.1.0",
        subcommands: [ReadCommand.self, PrintCommand.self, SnapshotCommand.self, NotesCommand.self],
        defaultSubcommand: ReadCommand.self
    )
}
