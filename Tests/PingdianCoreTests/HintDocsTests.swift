import Foundation
import PingdianTexts
import Testing
@testable import PingdianCore

@Suite("Hint figures in Docs/cue-hints.md are the ones the code gives")
struct HintDocsTests {
    static let documentation: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("Docs/cue-hints.md"), encoding: .utf8)) ?? ""
    }()

    static var curated: [Annotation] {
        let bytes = EmbeddedFiles.bytes(named: BundledText.layerFileName(forText: BundledText.essayFileName)) ?? []
        return (try? AnnotationLayer.decode(bytes))?.annotations ?? []
    }

    @Test("The essay's scores, per kind and per rule, are the tables in Docs/cue-hints.md")
    func scoresMatchTheDocs() throws {
        let document = ModelFixtures.essay
        let curated = Self.curated
        #expect(curated.count == 99)
        let evaluation = HintEvaluation.evaluate(suggestions: CueSuggester.suggest(in: document), against: curated, in: document)
        let scores = HintTables.scores(evaluation, kindOrder: ModelFixtures.taxonomy.kinds.map(\.key))
        #expect(Self.documentation.contains(scores), "rerun `swift run pingdian hints --evaluate` and update Docs/cue-hints.md:\n\(scores)")
        let rules = HintTables.ruleScores(evaluation, rules: CueRules.standard)
        #expect(Self.documentation.contains(rules), "update the per-rule table of Docs/cue-hints.md:\n\(rules)")
        let retired = HintEvaluation.evaluate(
            suggestions: CueSuggester.suggest(in: document, rules: CueRules.retired), against: curated, in: document)
        let retiredTable = HintTables.ruleScores(retired, rules: CueRules.retired)
        #expect(Self.documentation.contains(retiredTable), "update the retired rules of Docs/cue-hints.md:\n\(retiredTable)")
    }

    @Test("The baseline in Docs/cue-hints.md: every sentence a contradiction")
    func baselineMatchesTheDocs() {
        let document = ModelFixtures.essay
        let sentences = HintSentence.split(document)
        let everySentence = sentences.map { sentence in
            Suggestion(kind: "contradiction", range: sentence.range, cues: [Suggestion.Cue(ruleID: "baseline", range: sentence.range)])
        }
        let evaluation = HintEvaluation.evaluate(suggestions: everySentence, against: Self.curated, in: document)
        let d = HintTables.decimal
        let sentence = "marking every one of the essay's \(sentences.count) sentences a contradiction (the commonest kind) scores "
            + "precision \(d(evaluation.sameKind.precision)) and recall \(d(evaluation.sameKind.recall)) kind for kind, "
            + "and precision \(d(evaluation.anyKind.precision)) and recall \(d(evaluation.anyKind.recall)) any kind."
        #expect(Self.documentation.contains(sentence), "update the baseline of Docs/cue-hints.md:\n\(sentence)")
    }

    @Test("The rule table in Docs/cue-hints.md is the code's")
    func ruleTableMatchesTheDocs() {
        let table = HintTables.rules(CueRules.standard)
        #expect(Self.documentation.contains(table), "run `swift run pingdian hints --rules` and update Docs/cue-hints.md:\n\(table)")
    }
}
