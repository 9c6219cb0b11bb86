/// How well suggestions agree with a curated layer: precision and recall, overall, per kind and
/// per rule.
///
/// **Matching rule.** A suggestion and an annotation *match* when their spans share at least
/// half of the shorter span (and at least one scalar): `2 × overlap ≥ min(|s|, |a|)`.
/// A suggestion is *correct* when it matches an annotation of its kind; an annotation is *found*
/// when a suggestion of its kind matches it. Precision = correct ÷ suggestions; recall = found ÷
/// annotations. The *any-kind* score ignores kinds (a suggestion that lands on some curated move).
/// Orphaned annotations (not found in the text) are left out and counted apart.
public struct HintEvaluation: Hashable, Sendable {
    /// Counts of one group of suggestions and annotations, with their precision and recall.
    public struct Score: Hashable, Sendable {
        /// How many suggestions.
        public var suggestions = 0
        /// How many of them match an annotation.
        public var correct = 0
        /// How many placed annotations.
        public var annotations = 0
        /// How many of them a suggestion matches.
        public var found = 0

        /// Makes a score from its counts.
        public init(suggestions: Int = 0, correct: Int = 0, annotations: Int = 0, found: Int = 0) {
            self.suggestions = suggestions
            self.correct = correct
            self.annotations = annotations
            self.found = found
        }

        /// correct ÷ suggestions; nil when there is no suggestion.
        public var precision: Double? { suggestions == 0 ? nil : Double(correct) / Double(suggestions) }
        /// found ÷ annotations; nil when there is no annotation.
        public var recall: Double? { annotations == 0 ? nil : Double(found) / Double(annotations) }
    }

    /// Suggestions and annotations matched kind for kind: the headline figures.
    public let sameKind: Score
    /// Suggestions and annotations matched whatever their kinds.
    public let anyKind: Score
    /// The same-kind score of each kind that has a suggestion or an annotation.
    public let byKind: [String: Score]
    /// For each rule with a suggestion: the suggestions it gave (or shares after a merge) and
    /// how many are correct (``Score/annotations`` and ``Score/found`` stay 0).
    public let byRule: [String: Score]
    /// How many annotations were orphaned and left out.
    public let orphaned: Int

    /// Whether two spans match: they share at least half of the shorter one, and at least one scalar.
    public static func matches(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        let overlap = min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound)
        return overlap >= 1 && 2 * overlap >= min(a.count, b.count)
    }

    /// Resolves `annotations` in `document` and scores `suggestions` against them.
    public static func evaluate(suggestions: [Suggestion], against annotations: [Annotation], in document: TextDocument) -> HintEvaluation {
        let resolved = annotations.map { ResolvedAnnotation(annotation: $0, match: $0.anchor.resolve(in: document), kind: nil) }
        return evaluate(suggestions: suggestions, against: resolved)
    }

    /// Scores `suggestions` against annotations already resolved in their text.
    public static func evaluate(suggestions: [Suggestion], against annotations: [ResolvedAnnotation]) -> HintEvaluation {
        let placed = annotations.compactMap { annotation in annotation.range.map { (kind: annotation.annotation.kind, range: $0) } }
        var sameKind = Score(suggestions: suggestions.count, annotations: placed.count)
        var anyKind = sameKind
        var byKind: [String: Score] = [:]
        var byRule: [String: Score] = [:]
        for annotation in placed { byKind[annotation.kind, default: Score()].annotations += 1 }
        for suggestion in suggestions {
            let hits = placed.filter { matches(suggestion.range, $0.range) }
            let correct = hits.contains { $0.kind == suggestion.kind }
            byKind[suggestion.kind, default: Score()].suggestions += 1
            if correct {
                sameKind.correct += 1
                byKind[suggestion.kind, default: Score()].correct += 1
            }
            if !hits.isEmpty { anyKind.correct += 1 }
            for ruleID in suggestion.ruleIDs {
                byRule[ruleID, default: Score()].suggestions += 1
                if correct { byRule[ruleID, default: Score()].correct += 1 }
            }
        }
        for annotation in placed {
            let hits = suggestions.filter { matches($0.range, annotation.range) }
            if hits.contains(where: { $0.kind == annotation.kind }) {
                sameKind.found += 1
                byKind[annotation.kind, default: Score()].found += 1
            }
            if !hits.isEmpty { anyKind.found += 1 }
        }
        return HintEvaluation(
            sameKind: sameKind, anyKind: anyKind, byKind: byKind, byRule: byRule,
            orphaned: annotations.count - placed.count)
    }
}
