import Testing
@testable import PingdianCore

@Suite("Hint evaluation: the matching rule and the arithmetic")
struct HintEvaluationTests {
    @Test("Spans match when they share at least half of the shorter one")
    func matching() {
        #expect(HintEvaluation.matches(0..<4, 2..<6))
        #expect(!HintEvaluation.matches(0..<4, 3..<7))
        #expect(HintEvaluation.matches(0..<100, 50..<52), "a short span inside a long one")
        #expect(HintEvaluation.matches(0..<3, 1..<10), "2 of the shorter 3")
        #expect(!HintEvaluation.matches(0..<5, 3..<10), "2 of the shorter 5")
        #expect(!HintEvaluation.matches(0..<4, 4..<8), "touching is not sharing")
        #expect(!HintEvaluation.matches(2..<2, 0..<4), "an empty span matches nothing")
    }

    @Test("Precision and recall on a tiny hand-made case")
    func arithmetic() {
        let document = TextDocument(title: "test", text: "甲乙丙丁戊己庚辛壬癸")
        func annotation(_ id: String, _ kind: String, _ range: Range<Int>) -> Annotation {
            Annotation(id: id, kind: kind, anchor: TextAnchor.make(range: range, in: document))
        }
        let curated = [
            annotation("a", "claim", 0..<4),
            annotation("b", "irony", 6..<8),
            Annotation(id: "gone", kind: "claim", anchor: TextAnchor(exact: "子丑", start: 0, end: 2)),
        ]
        func suggestion(_ kind: String, _ range: Range<Int>) -> Suggestion {
            Suggestion(kind: kind, range: range, cues: [Suggestion.Cue(ruleID: "\(kind)-rule", range: range)])
        }
        let suggestions = [
            suggestion("claim", 2..<4),   // matches a (2 of 2): correct
            suggestion("claim", 3..<9),   // 1 of a's 4: no; 2 of b's 2: any kind only
            suggestion("irony", 9..<10),  // nothing
        ]
        let evaluation = HintEvaluation.evaluate(suggestions: suggestions, against: curated, in: document)
        #expect(evaluation.orphaned == 1)
        #expect(evaluation.sameKind == HintEvaluation.Score(suggestions: 3, correct: 1, annotations: 2, found: 1))
        #expect(evaluation.sameKind.precision == 1.0 / 3.0)
        #expect(evaluation.sameKind.recall == 0.5)
        #expect(evaluation.anyKind == HintEvaluation.Score(suggestions: 3, correct: 2, annotations: 2, found: 2))
        #expect(evaluation.anyKind.recall == 1.0)
        #expect(evaluation.byKind["claim"] == HintEvaluation.Score(suggestions: 2, correct: 1, annotations: 1, found: 1))
        #expect(evaluation.byKind["irony"] == HintEvaluation.Score(suggestions: 1, correct: 0, annotations: 1, found: 0))
        #expect(evaluation.byRule["claim-rule"] == HintEvaluation.Score(suggestions: 2, correct: 1))
        #expect(evaluation.byRule["irony-rule"]?.precision == 0)
        #expect(HintEvaluation.Score().precision == nil && HintEvaluation.Score().recall == nil)
    }

    @Test("Decimals are rounded to three places without a locale")
    func decimals() {
        #expect(HintTables.decimal(1.0 / 3.0) == "0.333")
        #expect(HintTables.decimal(2.0 / 3.0) == "0.667")
        #expect(HintTables.decimal(1) == "1.000")
        #expect(HintTables.decimal(0.0005) == "0.001")
        #expect(HintTables.decimal(0) == "0.000")
        #expect(HintTables.decimal(nil) == "—")
    }
}
