import ArgumentParser

/// The `pingdian` command: reads a text in the terminal, or prints it, or snapshots the screen.
@main
struct Pingdian: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pingdian",
        abstract: "評點 — read and annotate Chinese essays in the terminal.",
        discussion: """
        With no FILE, opens the bundled essay. Keys are listed on the help screen (press ? in the reader).
        When standard output is not a terminal, the laid-out text is printed instead.
        """,
        version: "0.1.0",
        subcommands: [ReadCommand.self, PrintCommand.self, SnapshotCommand.self],
        defaultSubcommand: ReadCommand.self
    )
}
