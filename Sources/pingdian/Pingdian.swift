import ArgumentParser
import NCursesTerminal
import PingdianRuntime

/// The `pingdian` command: reads a text in the terminal, or prints it, snapshots the screen,
/// checks a layer, suggests moves, or searches.
@main
struct Pingdian: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pingdian",
        abstract: "評點 — read and annotate Chinese essays in the terminal.",
        discussion: """
        pingdian [FILE] [--layer FILE] [--ui-lang zh-Hant|en] [--punct full|original] [--indent] [--notes FILE] [--with NOTES] [--author NAME]

        With no FILE, opens the bundled essay where you stopped reading. Press ? in the reader for its keys. When standard output is not a terminal, the laid-out text is printed instead. 'pingdian read --help' explains each option.

        The interface speaks Traditional Chinese or English, from LC_ALL, LC_MESSAGES or LANG, or --ui-lang. NO_COLOR turns colours off.

        'pingdian check' checks an annotation layer against its text and the move taxonomy. 'pingdian hints' lists the moves the cue rules suggest, and with --evaluate scores them against the curated layer. 'pingdian notes [FILE] [--json]' lists your own notes on a text. 'pingdian export [FILE] --format F' writes a text's annotations as JSON, W3C Web Annotations, a Hypothesis import file…; 'pingdian import EXPORT [FILE]' adds an export's annotations to your notes. 'pingdian search PATTERN [FILE]' prints every match like grep (强化学习 finds 強化學習, ， finds , and a match may cross a line break; --json for programs).

        Reading together (Docs/together.md): 'pingdian --with NOTES' shows another reader's notes beside yours; 'pingdian agree NOTES…' says how far readers agree (Krippendorff's α, Cohen's κ); 'pingdian merge-layers NOTES… --agree all --output FILE' keeps what they agree on; 'pingdian git-setup' makes git merge notes files with 'pingdian merge-notes'.

        'pingdian keys' lists the reader's keys; 'pingdian --licenses' prints the licences of pingdian and of what it bundles (the essay, CC-CEDICT…); 'pingdian --version' its version.

        Exit codes: 0 done, 64 bad usage, 65 not a text (or, for check, not a layer; for notes, an unreadable notes file), 66 a file that cannot be opened, 1 a terminal that cannot be used (or, for check, problems found; for search, no match).
        """,
        version: "0.1.0",
        subcommands: [ReadCommand.self, PrintCommand.self, SnapshotCommand.self, CheckCommand.self, HintsCommand.self, NotesCommand.self,
                      ExportCommand.self, ImportCommand.self, SearchCommand.self, SourcesCommand.self, ProvenanceCommand.self, DefineCommand.self, VocabularyCommand.self,
                      AgreeCommand.self, MergeLayersCommand.self, MergeNotesCommand.self, GitSetupCommand.self, KeysCommand.self, ManualCommand.self],
        defaultSubcommand: ReadCommand.self
    )

    /// The words the parser takes as a command rather than a file: every subcommand's name and
    /// `help`. Written out, because building the subcommands' configurations to read their names
    /// cost a twentieth of the start-up; a test checks the list against the configurations.
    static let commandNames: Set<String> = ["read", "print", "snapshot", "check", "hints", "notes", "export", "import", "search", "sources", "provenance", "define", "vocabulary", "agree", "merge-layers", "merge-notes", "git-setup", "keys", "manual", "help"]

    /// Runs the program: `pingdian` and `pingdian FILE` open the reader directly
    /// (``PlainInvocation``); every other command line is parsed by swift-argument-parser.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments == ["--licenses"] {
            // The licences of pingdian and of everything bundled with it (Docs: README, Licence).
            Commands.licenses().finish()
            return
        }
        guard let choice = PlainInvocation.choice(for: Array(CommandLine.arguments.dropFirst()), commandNames: commandNames) else {
            main(nil)
            return
        }
        Commands.read(choice, notes: nil, openTerminal: NCursesTerminal.open(environment:)).finish()
    }
}
