import ArgumentParser
import Foundation
import PingdianApp
import PingdianRuntime
import PingdianCore

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
        let ruleSet = CueRules.standard
        if rules {
            print(HintTables.rules(ruleSet), terminator: "")
            return
        }
        let text: LoadedText
        do { text = try LoadedText.open(file) } catch let failure as CommandFailure { failure.exit() }
        let suggestions = CueSuggester.suggest(in: text.document, rules: ruleSet)
        if evaluate {
            try printEvaluation(of: suggestions, text: text, rules: ruleSet)
        } else if json {
            printJSON(suggestions.map { SuggestionRecord($0, in: text.document) })
        } else {
            for suggestion in suggestions {
                let paragraph = (text.document.paragraphIndex(containing: suggestion.range.lowerBound) ?? 0) + 1
                let rules = suggestion.ruleIDs.joined(separator: ",")
                print("¶\(paragraph)\t\(suggestion.kind)\t\(rules)\t\(text.document.text(in: suggestion.range))")
            }
        }
    }

    private func printEvaluation(of suggestions: [Suggestion], text: LoadedText, rules: [CueRule]) throws {
        let loaded: LayerLoading.Result
        do { loaded = try LayerLoading.load(explicitPath: layer, for: text) } catch let failure as CommandFailure { failure.exit() }
        if let warning = loaded.warning { CommandFailure(message: warning, exitCode: 65).exit() }
        guard let index = loaded.annotations.index else {
            CommandFailure(message: "\(text.document.title): no curated layer to measure against (give one with --layer)", exitCode: 66).exit()
        }
        let evaluation = HintEvaluation.evaluate(suggestions: suggestions, against: index.all)
        if json {
            printJSON(EvaluationRecord(evaluation))
            return
        }
        let kindOrder = loaded.annotations.taxonomy?.kinds.map(\.key) ?? []
        print("Cue hints in \(text.document.title) against its curated layer: \(index.all.count) annotations, \(evaluation.orphaned) orphaned.")
        print("A suggestion matches an annotation when they share at least half of the shorter span.")
        print("")
        print(HintTables.scores(evaluation, kindOrder: kindOrder))
        print(HintTables.ruleScores(evaluation, rules: rules))
        let retired = HintEvaluation.evaluate(
            suggestions: CueSuggester.suggest(in: text.document, rules: CueRules.retired), against: index.all)
        print("Retired rules, measured on their own:")
        print("")
        print(HintTables.ruleScores(retired, rules: CueRules.retired), terminator: "")
    }

    private func printJSON(_ value: some Encodable) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return }
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }
}

/// A suggestion as `pingdian hints --json` writes it (offsets in scalars, paragraphs from 1).
private struct SuggestionRecord: Encodable {
    struct Cue: Encodable {
        let rule: String
        let start: Int
        let end: Int
        let text: String
        let partner: String?
    }

    let paragraph: Int
    let kind: String
    let rules: [String]
    let start: Int
    let end: Int
    let text: String
    let cues: [Cue]

    init(_ suggestion: Suggestion, in document: TextDocument) {
        paragraph = (document.paragraphIndex(containing: suggestion.range.lowerBound) ?? 0) + 1
        kind = suggestion.kind
        rules = suggestion.ruleIDs
        start = suggestion.range.lowerBound
        end = suggestion.range.upperBound
        text = document.text(in: suggestion.range)
        cues = suggestion.cues.map {
            Cue(rule: $0.ruleID, start: $0.range.lowerBound, end: $0.range.upperBound,
                text: document.text(in: $0.range), partner: $0.partner.map { document.text(in: $0) })
        }
    }
}

/// An evaluation as `pingdian hints --evaluate --json` writes it.
private struct EvaluationRecord: Encodable {
    struct Score: Encodable {
        let suggestions: Int
        let correct: Int
        let precision: Double?
        let annotations: Int
        let found: Int
        let recall: Double?

        init(_ score: HintEvaluation.Score) {
            suggestions = score.suggestions
            correct = score.correct
            precision = score.precision
            annotations = score.annotations
            found = score.found
            recall = score.recall
        }
    }

    let sameKind: Score
    let anyKind: Score
    let byKind: [String: Score]
    let byRule: [String: Score]
    let orphaned: Int

    init(_ evaluation: HintEvaluation) {
        sameKind = Score(evaluation.sameKind)
        anyKind = Score(evaluation.anyKind)
        byKind = evaluation.byKind.mapValues(Score.init)
        byRule = evaluation.byRule.mapValues(Score.init)
        orphaned = evaluation.orphaned
    }
}
