import PropertyBased
import Testing
@testable import PingdianCore

/// The search folding and the cue-hint suggester on random hostile text (Docs/faults.md).
@Suite("Property: search and cue hints")
struct SearchHintPropertyTests {
    @Test("Search: a piece of a hostile text is found where it is; counts agree; nothing crashes")
    func searchFindsItsOwnPieces() async {
        let input = zip(Fuzz.hostileText(1...120), Gen.int(in: 0...500), Gen.int(in: 1...12))
        await propertyCheck(count: Fuzz.cases(300), input: input) { text, from, length in
            Fuzz.note("search", "\(text.debugDescription) from \(from) length \(length)")
            let document = TextDocument(title: "fuzz", text: text)
            let scalars = document.scalars
            let start = from % scalars.count
            let piece = Array(scalars[start..<min(scalars.count, start + length)])
            let search = TextSearch(document: document)
            guard let query = SearchQuery(String(String.UnicodeScalarView(piece))) else {
                #expect(piece.allSatisfy { $0 == "\n" }, "only newlines make no query")
                return
            }
            // A match of the piece starts at or before the piece (its first newline may be dropped).
            let firstScalar = start + (piece.firstIndex { $0 != "\n" } ?? 0)
            let match = search.nextMatch(of: query, from: firstScalar, forward: true)
            #expect(match?.lowerBound == firstScalar, "\(String(describing: match)) for the piece at \(firstScalar)")
            let all = search.matches(of: query, in: 0..<scalars.count)
            #expect(all.contains { $0.lowerBound == firstScalar })
            #expect(search.countMatches(of: query, isCancelled: { false }) == all.count)
            for range in all { #expect(range.lowerBound >= 0 && range.upperBound <= scalars.count && !range.isEmpty) }
            #expect(TextSearch.matches(query, in: text))
            // Going backwards from past the piece finds a match that starts at or before it.
            if let back = search.nextMatch(of: query, from: firstScalar + 1, forward: false) {
                #expect(back.lowerBound <= firstScalar)
            } else {
                Issue.record("no match backwards from \(firstScalar + 1)")
            }
            _ = search.nextMatch(of: query, from: Int.max, forward: true)
            _ = search.nextMatch(of: query, from: Int.min, forward: false)
        }
    }

    @Test("Cue hints: any text gives suggestions inside the text, sorted, the same every time")
    func hints() async {
        let cues = ["但是", "然而", "雖然", "其實", "難道", "嗎？", "所以", "因此", "據說", "根據", "總之", "不是", "而是", "。", "？", "！", "\n"]
        let piece = zip(Gen.bool(0.3), Fuzz.hostileScalar, Gen.int(in: 0...(cues.count - 1))).map { useCue, scalar, cue in
            useCue ? cues[cue] : String(Character(scalar))
        }
        await propertyCheck(count: Fuzz.cases(200), input: piece.array(of: 0...150).map { $0.joined() }) { text in
            Fuzz.note("hints", text.debugDescription)
            let document = TextDocument(title: "fuzz", text: text)
            let suggestions = CueSuggester.suggest(in: document)
            for suggestion in suggestions {
                #expect(suggestion.range.lowerBound >= 0 && suggestion.range.upperBound <= document.scalarCount)
                #expect(!suggestion.range.isEmpty)
                for cue in suggestion.cues {
                    #expect(cue.range.lowerBound >= 0 && cue.range.upperBound <= document.scalarCount)
                }
            }
            #expect(zip(suggestions, suggestions.dropFirst()).allSatisfy { $0.range.lowerBound <= $1.range.lowerBound })
            #expect(CueSuggester.suggest(in: document) == suggestions)
            let layer = SuggestionLayer.annotations(for: suggestions, rules: CueRules.standard, in: document, language: .english)
            #expect(layer.count == suggestions.count)
        }
    }
}
