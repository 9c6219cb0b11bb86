import Testing
@testable import PingdianCore

/// The reader suggests cue hints a paragraph at a time (as it draws them) and counts the rest in
/// the background: both must agree with one pass over the whole text.
@Suite("Hint suggestions by paragraph: the same as over the whole text")
struct HintParagraphTests {
    @Test("The essay's paragraphs one at a time give the whole text's suggestions, in order")
    func paragraphByParagraph() {
        let essay = ModelFixtures.essay
        let whole = CueSuggester.suggest(in: essay)
        let byParagraph = essay.paragraphs.indices.flatMap { CueSuggester.suggest(in: essay, paragraphs: $0..<$0 + 1) }
        #expect(!whole.isEmpty)
        #expect(byParagraph == whole)
    }

    @Test("Any run of paragraphs gives the whole text's suggestions that lie in it")
    func runsOfParagraphs() {
        let essay = ModelFixtures.essay
        let whole = CueSuggester.suggest(in: essay)
        for run in [0..<1, 3..<9, 10..<essay.paragraphs.count, 38..<1_000, 50..<60] {
            let clamped = run.clamped(to: essay.paragraphs.indices)
            let start = clamped.isEmpty ? 0 : essay.paragraphs[clamped.lowerBound].range.lowerBound
            let end = clamped.isEmpty ? 0 : essay.paragraphs[clamped.upperBound - 1].range.upperBound
            #expect(CueSuggester.suggest(in: essay, paragraphs: run) == whole.filter { start <= $0.range.lowerBound && $0.range.upperBound <= end },
                    "paragraphs \(run)")
        }
    }

    @Test("The count is the number of suggestions, and stops when cancelled")
    func count() {
        // More than a thousand paragraphs, so that the count takes several steps.
        let text = Array(repeating: "儘管他很努力，但結果不好。可能吧？", count: 2_500).joined(separator: "\n")
        let document = TextDocument(title: "many", text: text)
        #expect(CueSuggester.count(in: document) == CueSuggester.suggest(in: document).count)
        #expect(CueSuggester.count(in: ModelFixtures.essay) == CueSuggester.suggest(in: ModelFixtures.essay).count)
        #expect(CueSuggester.count(in: document, isCancelled: { true }) == nil)
    }

    @Test("Hint annotations of a paragraph are those of the whole layer there")
    func annotations() {
        let essay = ModelFixtures.essay
        let whole = SuggestionLayer.annotations(for: CueSuggester.suggest(in: essay), rules: CueRules.standard, in: essay, language: .english)
        let byParagraph = essay.paragraphs.indices.flatMap { SuggestionLayer.annotations(in: essay, paragraphs: $0..<$0 + 1, language: .english) }
        #expect(byParagraph == whole)
    }
}
