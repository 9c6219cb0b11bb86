import Testing
@testable import PingdianCore

@Suite("Hint layer: suggestions as annotations of a layer of their own")
struct HintLayerTests {
    @Test func annotationsCarryIdsKindsAnchorsAndRationales() throws {
        let document = TextDocument(title: "test", text: "𠀀，雖然天冷，但我們出門。")
        let rules = [HintFixtures.rule("concession-although"), HintFixtures.rule("concession-although-alone")]
        let suggestions = CueSuggester.suggest(in: document, rules: rules)
        let annotations = SuggestionLayer.annotations(for: suggestions, rules: rules, in: document, language: .english)
        #expect(annotations.count == 1)
        let annotation = try #require(annotations.first)
        #expect(annotation.id == "hint-2-concession-although")
        #expect(annotation.kind == "concession")
        #expect(annotation.anchor.exact == "雖然天冷")
        #expect(annotation.anchor.prefix == "𠀀，")
        #expect(annotation.anchor.start == 2 && annotation.anchor.end == 6)
        #expect(annotation.note == rules.map { $0.rationale.english ?? "" }.joined(separator: " / "))
        #expect(annotation.links.isEmpty)
        #expect(annotation.id.hasPrefix(SuggestionLayer.idPrefix))
        let chinese = SuggestionLayer.annotations(for: suggestions, rules: rules, in: document, language: .traditionalChinese)
        #expect(chinese[0].note?.hasPrefix("「儘管……但」") == true)
    }

    @Test("The essay's hints make a valid layer that indexes on its own")
    func essayLayer() throws {
        let document = ModelFixtures.essay
        let suggestions = CueSuggester.suggest(in: document)
        let layer = SuggestionLayer.layer(for: suggestions, rules: CueRules.standard, in: document, language: .traditionalChinese)
        #expect(layer.id == SuggestionLayer.id)
        #expect(try AnnotationLayer.decode(layer.encoded()) == layer)
        let index = AnnotationIndex(layer: layer, document: document, taxonomy: ModelFixtures.taxonomy)
        #expect(index.orphans.isEmpty)
        #expect(index.placed.count == suggestions.count)
        for placed in index.placed {
            #expect(placed.match == .exact(placed.range ?? 0..<0))
            #expect(placed.kind != nil && placed.annotation.id.hasPrefix(SuggestionLayer.idPrefix))
        }
    }
}
