import Foundation
import PingdianApp
import PingdianCore

extension Commands {
    /// `pingdian hints --evaluate`: precision and recall of the cue rules' suggestions in `file`
    /// against its curated layer (`layer`, else the one next to the text, else the bundled
    /// essay's), per kind and per rule, with the retired rules measured on their own, as tables
    /// (those of Docs/cue-hints.md) or as JSON. Exit 65 for a layer that cannot be read, 66 when
    /// there is none.
    public static func hintEvaluation(file: String?, layer: String?, json: Bool) -> CommandResult {
        let text: LoadedText
        let loaded: LayerLoading.Result
        do {
            text = try LoadedText.open(file)
            // The cue rules are measured against the moves alone, not the source layer's passages.
            loaded = try LayerLoading.load(explicitPath: layer, for: text, withSources: false)
        } catch {
            return .failed(CommandFailure(error))
        }
        if let warning = loaded.warning { return .failed(CommandFailure(message: UIStrings(.english).warning(warning), exitCode: 65)) }
        guard let index = loaded.annotations.index else {
            return .failed(CommandFailure(message: "\(text.document.title): no curated layer to measure against (give one with --layer)", exitCode: 66))
        }
        let rules = CueRules.standard
        let evaluation = HintEvaluation.evaluate(suggestions: CueSuggester.suggest(in: text.document, rules: rules), against: index.all)
        if json { return CommandResult(output: jsonLine(EvaluationRecord(evaluation))) }
        let retired = HintEvaluation.evaluate(
            suggestions: CueSuggester.suggest(in: text.document, rules: CueRules.retired), against: index.all)
        let lines = [
            "Cue hints in \(text.document.title) against its curated layer: \(index.all.count) annotations, \(evaluation.orphaned) orphaned.",
            "A suggestion matches an annotation when they share at least half of the shorter span.",
            "",
            HintTables.scores(evaluation, kindOrder: loaded.annotations.taxonomy?.kinds.map(\.key) ?? []),
            HintTables.ruleScores(evaluation, rules: rules),
            "Retired rules, measured on their own:",
            "",
        ]
        return CommandResult(output: CommandResult.bytes(lines: lines) + Array(HintTables.ruleScores(retired, rules: CueRules.retired).utf8))
    }
}
