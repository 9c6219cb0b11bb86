import Testing
@testable import PingdianCore

@Suite("Hint sentences: the suggester's own cut into sentences and clauses")
struct HintSentenceTests {
    static func cut(_ text: String) -> [(sentence: String, clauses: [String])] {
        let document = TextDocument(title: "test", text: text)
        return HintSentence.split(document).map { sentence in
            (document.text(in: sentence.range), sentence.clauses.map { document.text(in: $0) })
        }
    }

    @Test func sentencesEndAfterTheirMarksAndClosingQuotes() {
        let cut = Self.cut("他說：“好。”然後走了！真的嗎?? 是的\n下一段。")
        #expect(cut.map(\.sentence) == ["他說：“好。”", "然後走了！", "真的嗎??", "是的", "下一段。"])
        #expect(cut[0].clauses == ["他說", "“好"])
    }

    @Test func clausesEndAtCommasColonsSemicolonsListCommasDashesAndBrackets() {
        let cut = Self.cut("甲，乙,丙；丁;戊：己:庚、辛——壬（癸）子(丑)寅。")
        #expect(cut.count == 1)
        #expect(cut[0].clauses == ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸", "子", "丑", "寅"])
    }

    @Test func digitsKeepTheirCommasAndColons() {
        #expect(Self.cut("花了1,000萬，在10:30開會。")[0].clauses == ["花了1,000萬", "在10:30開會"])
    }

    @Test func aSentenceNeverCrossesAParagraph() {
        #expect(Self.cut("儘管他很努力，\n但結果不好。").map(\.sentence) == ["儘管他很努力，", "但結果不好。"])
        #expect(HintFixtures.suggest("儘管他很努力，\n但結果不好。", rules: ["concession-although"]).isEmpty)
    }

    @Test func blankAndPunctuationOnlyStretchesAreNoSentences() {
        #expect(Self.cut("  \n。。\n\n").isEmpty)
        #expect(Self.cut("").isEmpty)
    }
}

@Suite("Hint suggester: spans, merging, order and offsets")
struct HintSuggesterTests {
    @Test("beforeTurn: the clauses a concession grants, from the marker to the turn")
    func beforeTurn() {
        #expect(HintFixtures.suggest("他說，儘管甲乙，丙丁，但戊己。", rules: ["concession-although"]).map(\.text) == ["儘管甲乙，丙丁"])
        #expect(HintFixtures.suggest("儘管甲乙但丙丁。", rules: ["concession-although"]).map(\.text) == ["儘管甲乙"])
    }

    @Test("clauseAfter: the cue and the rest of its clause, or the next clause when the cue ends its clause")
    func clauseAfter() {
        #expect(HintFixtures.suggest("顯然，他錯了，我們對了。", rules: ["claim-certainty"]).map(\.text) == ["顯然，他錯了"])
        #expect(HintFixtures.suggest("他顯然錯了，我們對了。", rules: ["claim-certainty"]).map(\.text) == ["顯然錯了"])
        #expect(HintFixtures.suggest("他們對了，顯然。", rules: ["claim-certainty"]).map(\.text) == ["顯然"])
    }

    @Test("clauseBefore: the clause the afterthought comments on, else the cue's own")
    func clauseBefore() {
        #expect(HintFixtures.suggest("甲，管制有效——他忘了前提。", rules: ["contradiction-forgot"]).map(\.text) == ["管制有效"])
        #expect(HintFixtures.suggest("忘了前提，就錯了。", rules: ["contradiction-forgot"]).map(\.text) == ["忘了前提"])
    }

    @Test("A pair needs both markers in one sentence, the second after the first")
    func pairs() {
        #expect(HintFixtures.suggest("雖然天冷，但我們出門。", rules: ["concession-although"]).count == 1)
        #expect(HintFixtures.suggest("雖然天冷。但我們出門。", rules: ["concession-although"]).isEmpty)
        #expect(HintFixtures.suggest("但我們出門，雖然天冷。", rules: ["concession-although"]).isEmpty)
        #expect(HintFixtures.suggest("雖然他不但聰明，還努力。", rules: ["concession-although"]).isEmpty, "不但 is no turn")
        let pair = HintFixtures.suggest("雖然天冷，但我們出門。", rules: ["concession-although"])[0].suggestion
        #expect(pair.cues[0].range == 0..<2)
        #expect(pair.cues[0].partner == 5..<6)
    }

    @Test("Overlapping suggestions of one kind merge; other kinds and neighbours stay apart")
    func merging() {
        let merged = HintFixtures.suggest("雖然天冷，但我們出門。", rules: ["concession-although", "concession-although-alone"])
        #expect(merged.map(\.text) == ["雖然天冷"])
        #expect(merged[0].suggestion.ruleIDs == ["concession-although", "concession-although-alone"])
        #expect(merged[0].suggestion.cues.count == 2)

        let widened = HintFixtures.suggest("這廝虛偽又笨拙。", rules: ["ad-hominem-epithet", "motive-must"])
        #expect(widened.map(\.text) == ["這廝虛偽又笨拙"])
        #expect(widened[0].suggestion.cues.map(\.range) == [0..<2, 2..<4, 5..<7])

        let kinds = HintFixtures.suggest("這廝的心思。", rules: ["ad-hominem-epithet", "motive-must"])
        #expect(kinds.map(\.suggestion.kind) == ["ad-hominem", "motive"])

        let neighbours = HintFixtures.suggest("這廝，虛偽。", rules: ["ad-hominem-epithet"])
        #expect(neighbours.map(\.text) == ["這廝", "虛偽"])
    }

    @Test("The order is by start, longer first, then kind, whatever the order of the rules")
    func order() {
        let document = ModelFixtures.essay
        let forward = CueSuggester.suggest(in: document, rules: CueRules.standard)
        let backward = CueSuggester.suggest(in: document, rules: CueRules.standard.reversed())
        #expect(forward.map(\.range) == backward.map(\.range))
        #expect(forward.map(\.kind) == backward.map(\.kind))
        #expect(forward == CueSuggester.suggest(in: document))
        for (a, b) in zip(forward, forward.dropFirst()) {
            #expect(a.range.lowerBound < b.range.lowerBound
                || a.range.lowerBound == b.range.lowerBound && (a.range.upperBound > b.range.upperBound
                    || a.range.upperBound == b.range.upperBound && a.kind < b.kind))
        }
    }

    @Test("On the essay: spans are not empty, inside one paragraph, and hold their cue (but clauseBefore)")
    func essaySpans() {
        let document = ModelFixtures.essay
        let spanByRule = Dictionary(uniqueKeysWithValues: CueRules.standard.map { ($0.id, $0.span) })
        for suggestion in CueSuggester.suggest(in: document) {
            #expect(!suggestion.range.isEmpty)
            let paragraph = document.paragraphs[document.paragraphIndex(containing: suggestion.range.lowerBound) ?? 0]
            #expect(paragraph.range.contains(suggestion.range.lowerBound) && suggestion.range.upperBound <= paragraph.range.upperBound)
            for cue in suggestion.cues where spanByRule[cue.ruleID] != .clauseBefore {
                #expect(suggestion.range.lowerBound <= cue.range.lowerBound && cue.range.upperBound <= suggestion.range.upperBound,
                        "\(cue.ruleID) at \(cue.range)")
            }
        }
    }

    @Test("Offsets count scalars: characters beyond the BMP are one offset each")
    func astralCharacters() {
        let text = "𠀀𠀁雖然𠀂很好，但𠀃不好。"
        let found = HintFixtures.suggest(text, rules: ["concession-although"])
        #expect(found.map(\.text) == ["雖然𠀂很好"])
        #expect(found[0].suggestion.range == 2..<7)
        #expect(found[0].suggestion.cues[0].partner == 8..<9)
        let figure = HintFixtures.suggest("𠀀年，𠀁花了600萬美元。", rules: ["evidence-figure"])
        #expect(figure.map(\.text) == ["𠀁花了600萬美元"])
        #expect(figure[0].suggestion.cues[0].range == 6..<10)
    }

    @Test("Figures: digits inside names are no figures; a unit may follow a space")
    func figures() {
        #expect(HintFixtures.suggest("A100、GPT-4、o1 和 3.5 Sonnet。", rules: ["evidence-figure"]).isEmpty)
        #expect(HintFixtures.suggest("搶走了 15 %，花了1,000萬。", rules: ["evidence-figure"]).map(\.suggestion.cues.count) == [1, 1])
    }
}
