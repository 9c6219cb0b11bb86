import Foundation
import PingdianCore

extension Commands {
    /// `pingdian hints`: the moves the cue rules suggest in `file` (nil: the bundled essay), one
    /// a line (paragraph, kind, rules, text, separated by tabs) or as JSON records; with
    /// `evaluate`, their scores against the curated layer (``hintEvaluation(file:layer:json:)``);
    /// with `rules`, the rule table alone.
    public static func hints(file: String?, json: Bool, evaluate: Bool, layer: String?, rules: Bool) -> CommandResult {
        if rules { return CommandResult(output: Array(HintTables.rules(CueRules.standard).utf8)) }
        if evaluate { return hintEvaluation(file: file, layer: layer, json: json) }
        let text: LoadedText
        do { text = try LoadedText.open(file) } catch { return .failed(CommandFailure(error)) }
        let suggestions = CueSuggester.suggest(in: text.document, rules: CueRules.standard)
        if json { return CommandResult(output: jsonLine(suggestions.map { SuggestionRecord($0, in: text.document) })) }
        let lines = suggestions.map { suggestion in
            let paragraph = (text.document.paragraphIndex(containing: suggestion.range.lowerBound) ?? 0) + 1
            let rules = suggestion.ruleIDs.joined(separator: ",")
            return "¶\(paragraph)\t\(suggestion.kind)\t\(rules)\t\(text.document.text(in: suggestion.range))"
        }
        return CommandResult(output: CommandResult.bytes(lines: lines))
    }

    /// `value` as pretty JSON and a newline; nothing when it cannot be encoded.
    static func jsonLine(_ value: some Encodable) -> [UInt8] {
        CommandJSON.data(value).map { Array($0) + Array("\n".utf8) } ?? []
    }
}
