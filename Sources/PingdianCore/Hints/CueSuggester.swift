/// Suggests likely moves from discourse markers and punctuation: the rule-based hints layer.
///
/// Works on the document's scalars, sentence by sentence (see Docs/cue-hints.md for the cut).
/// Suggestions are a separate, weaker layer: turn them into annotations with
/// ``SuggestionLayer`` and index them on their own, never together with curated ones.
public enum CueSuggester {
    /// The suggestions of `rules` in `document`: every match of every rule, its span chosen by
    /// the rule, overlapping suggestions of the same kind merged into one that covers both.
    /// Sorted by start, then longer first, then kind; the same input always gives the same output.
    public static func suggest(in document: TextDocument, rules: [CueRule] = CueRules.standard) -> [Suggestion] {
        suggest(in: document, paragraphs: document.paragraphs.indices, rules: rules)
    }

    /// The suggestions of `rules` in the paragraphs `paragraphs` of `document` (indices; clamped
    /// to the document's). A suggestion never leaves its sentence, so these are exactly the
    /// suggestions of ``suggest(in:rules:)`` that lie in those paragraphs, in the same order:
    /// the reader asks for the paragraphs it shows, a background pass for the rest.
    public static func suggest(in document: TextDocument, paragraphs: Range<Int>, rules: [CueRule] = CueRules.standard) -> [Suggestion] {
        let scalars = document.scalars
        var raw: [Suggestion] = []
        for sentence in HintSentence.split(document, paragraphs: paragraphs) {
            for rule in rules {
                for match in rule.cue.matches(in: sentence, of: scalars) {
                    let range = rule.span.range(for: match, in: sentence, of: scalars)
                    raw.append(Suggestion(
                        kind: rule.kind, range: range,
                        cues: [Suggestion.Cue(ruleID: rule.id, range: match.cue, partner: match.partner)]))
                }
            }
        }
        let ruleOrder = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        return merge(raw, ruleOrder: ruleOrder)
    }

    /// Merges suggestions of the same kind that share at least one offset, and sorts the result.
    static func merge(_ suggestions: [Suggestion], ruleOrder: [String: Int]) -> [Suggestion] {
        var merged: [Suggestion] = []
        let byKind = Dictionary(grouping: suggestions, by: \.kind)
        for kind in byKind.keys.sorted() {
            let sorted = byKind[kind, default: []].sorted { $0.range.lowerBound < $1.range.lowerBound }
            var current: Suggestion?
            for suggestion in sorted {
                if var open = current, suggestion.range.lowerBound < open.range.upperBound {
                    open.range = open.range.lowerBound..<max(open.range.upperBound, suggestion.range.upperBound)
                    open.cues += suggestion.cues
                    current = open
                } else {
                    if let open = current { merged.append(open) }
                    current = suggestion
                }
            }
            if let open = current { merged.append(open) }
        }
        for index in merged.indices {
            merged[index].cues.sort { a, b in
                if a.range.lowerBound != b.range.lowerBound { return a.range.lowerBound < b.range.lowerBound }
                return (ruleOrder[a.ruleID] ?? .max, a.ruleID) < (ruleOrder[b.ruleID] ?? .max, b.ruleID)
            }
            var seen: Set<Suggestion.Cue> = []
            merged[index].cues = merged[index].cues.filter { seen.insert($0).inserted }
        }
        return merged.sorted { a, b in
            if a.range.lowerBound != b.range.lowerBound { return a.range.lowerBound < b.range.lowerBound }
            if a.range.upperBound != b.range.upperBound { return a.range.upperBound > b.range.upperBound }
            return a.kind < b.kind
        }
    }
}
