import ArgumentParser
import Foundation
import PingdianCore
import PingdianRuntime

/// `pingdian agree PATH…`: how far readers agree on a text's moves.
struct AgreeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agree",
        abstract: "How far several readers' notes on a text agree: Krippendorff's α and Cohen's κ.",
        discussion: """
        Each PATH is one reader's notes: a pingdian state file, a 'pingdian export --format json' \
        file, W3C Web Annotations or a Hypothesis export; the reader is named by the notes' creator, \
        else the file's name. Prints Krippendorff's unitizing α over the readers' spans (per move \
        kind and overall: spans that overlap without matching earn partial credit), Krippendorff's \
        α (nominal) over the kind each reader gave each sentence, and each pair's Cohen's κ and \
        unitizing α; with --curated, each reader against the text's curated layer too. \
        Docs/together.md says what the numbers mean for a class.

        A file that cannot be read is left out, with a line on standard error. Exit codes: 0 done, \
        64 bad usage, 65 fewer than two readers could be read, 66 a text that cannot be opened.
        """)

    @Argument(help: "Readers' notes files (two or more; one with --curated).")
    var paths: [String]

    @Option(name: .customLong("text"), help: "The text the notes are on (default: the bundled essay).")
    var file: String?

    @Option(help: "The curated layer (default: <text>.moves.json next to the text, or the bundled essay's).")
    var layer: String?

    @Flag(help: "Compare each reader with the text's curated layer too.")
    var curated = false

    @Flag(help: "Print JSON.")
    var json = false

    @Flag(help: "Print CSV: one row per pair of readers (first, second, cohen_kappa, unitizing_alpha).")
    var csv = false

    @Option(name: .customLong("ui-lang"), help: "Language of the report: zh-Hant or en (default: from LC_ALL, LC_MESSAGES, LANG).")
    var uiLanguage: String?

    func validate() throws {
        if json && csv { throw ValidationError("--json and --csv cannot be used together") }
        if let uiLanguage, UILanguage(flag: uiLanguage) == nil {
            throw ValidationError("--ui-lang must be zh-Hant or en, not '\(uiLanguage)'")
        }
        if paths.isEmpty { throw ValidationError("give the readers' notes files") }
    }

    func run() throws {
        let language = uiLanguage.flatMap(UILanguage.init(flag:)) ?? UILanguage.preferred(environment: ProcessInfo.processInfo.environment)
        Commands.agree(paths: paths, file: file, layer: layer, curated: curated, format: json ? .json : csv ? .csv : .text,
                       language: language).finish()
    }
}
