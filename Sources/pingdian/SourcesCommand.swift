import ArgumentParser
import PingdianRuntime

/// `pingdian sources`: the passages of a text checked against what they attribute, for scripts.
struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the passages checked against their source: quote, source words, where, verdict, note.",
        discussion: """
        Verdicts: faithful-quote, fair-paraphrase, selective, distorted, not-in-source (Docs/sources.md). \
        Exit codes: 0 listed, 65 a layer that is not one, 66 a file that cannot be read or no sources layer.
        """)

    @Argument(help: "The text (default: the bundled essay).")
    var file: String?

    @Option(help: "The sources layer (default: <text>.sources.json next to the text, or the bundled essay's).")
    var layer: String?

    @Flag(help: "Print a JSON array (id, quote, start, end, paragraph, url, location, words, verdict, translation, note).")
    var json = false

    func run() throws {
        Commands.sources(file: file, layer: layer, json: json).finish()
    }
}
