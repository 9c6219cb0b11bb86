import PingdianCore

/// An evaluation as `pingdian hints --evaluate --json` writes it.
struct EvaluationRecord: Encodable {
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
