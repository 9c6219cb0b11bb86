import ArgumentParser
import PingdianRuntime

/// `pingdian vocabulary`: the words you saved from the dictionary, for Anki and for programs.
struct VocabularyCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case tsv, json
    }

    static let configuration = CommandConfiguration(
        commandName: "vocabulary",
        abstract: "List the words you saved from the dictionary (K, then a): TSV for Anki, or JSON.",
        discussion: """
        TSV: one word a line — word, pinyin, 注音, glosses, the sentence it was saved from with the word \
        in <b></b> — to import into Anki. Reads the state file the reader keeps for the text (or the one \
        given with --notes) and never changes it. Exit codes: 0 listed, 65 a state file that is corrupt \
        or from a newer pingdian, 66 a file that cannot be read.
        """)

    @Argument(help: "The text the words were saved from (default: the bundled essay).")
    var file: String?

    @Option(help: "tsv (for Anki) or json.")
    var format: Format = .tsv

    @Option(help: "The state file to read (default: the one the reader uses for the text, under $XDG_DATA_HOME/pingdian/).")
    var notes: String?

    func run() throws {
        Commands.vocabulary(file: file, stateFile: notes, json: format == .json).finish()
    }
}
