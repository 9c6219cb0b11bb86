import ArgumentParser
import PingdianRuntime

/// `pingdian hints`: the moves the cue rules suggest, listed for pipes or measured against a
/// curated layer (Docs/cue-hints.md).
struct HintsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hints",
        abstract: "List the moves suggested by discourse markers, or measure them against the curated layer.",
        discussion: """
        Without options, prints one suggestion a line: paragraph, kind, rules, and the text of the span, separated by tabs. Suggestions are guesses from markers (儘管…但, 顯然, 難道…嗎, ？…), never annotations.

        --evaluate prints precision and recall against the text's curated layer (--layer, else <text>.moves.json next to it, else the bundled essay's), as Docs/cue-hints.md reports them. --rules prints the rule table.
        """)

    @Argument(help: "A UTF-8 text file. Default: the bundled essay.")
    var file: String?

    @Flag(help: "Print JSON instead of tab-separated lines or tables.")
    var json = false

    @Flag(help: "Measure the suggestions against the curated layer: precision and recall, per kind and per rule.")
    var evaluate = false

    @Option(help: "With --evaluate: the layer to measure against (default: <text>.moves.json next to the text).")
    var layer: String?

    @Flag(help: "Print the rule table (Markdown) and nothing else.")
    var rules = false

    mutating func validate() throws {
        if layer != nil && !evaluate { throw ValidationError("--layer goes with --evaluate") }
        if rules && (evaluate || json || file != nil) { throw ValidationError("--rules takes no file and no other option") }
    }

    func run() throws {
        Commands.hints(file: file, json: json, evaluate: evaluate, layer: layer, rules: rules).finish()
    }
}
