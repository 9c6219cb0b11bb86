import Testing
@testable import PingdianCore

/// Helpers for the hint tests: a document of one text, the rules by id.
enum HintFixtures {
    /// The rule of `CueRules.standard` or `CueRules.retired` with this id.
    static func rule(_ id: String) -> CueRule {
        guard let rule = (CueRules.standard + CueRules.retired).first(where: { $0.id == id }) else {
            fatalError("no rule \(id)")
        }
        return rule
    }

    /// The suggestions of the rules with these ids in `text`, with the text of each span.
    static func suggest(_ text: String, rules ids: [String]) -> [(suggestion: Suggestion, text: String)] {
        let document = TextDocument(title: "test", text: text)
        return CueSuggester.suggest(in: document, rules: ids.map(rule)).map { ($0, document.text(in: $0.range)) }
    }
}

/// One crafted sentence on which a rule must fire, and one on which it must not.
struct RuleExample: Sendable, CustomTestStringConvertible {
    let rule: String
    let fires: String
    /// The text of the span it must mark in `fires`.
    let span: String
    let silent: String

    var testDescription: String { rule }

    static let all: [RuleExample] = [
        RuleExample(rule: "concession-although", fires: "儘管他很努力，但結果不好。", span: "儘管他很努力", silent: "儘管他很努力。但結果不好。"),
        RuleExample(rule: "concession-although-alone", fires: "雖然天冷，我們還是出門。", span: "雖然天冷", silent: "儘量早點出門。"),
        RuleExample(rule: "concession-indeed-but", fires: "這確實是創新，但代價太高。", span: "確實是創新", silent: "這確實是創新。代價太高，但值得。"),
        RuleExample(rule: "rebuttal-however", fires: "然而，事實並非如此。", span: "然而，事實並非如此", silent: "他可是發明者之一。"),
        RuleExample(rule: "contradiction-but-also", fires: "他說不難，但他又說要很多錢。", span: "但他又說要很多錢", silent: "他說不難，但要很多錢。"),
        RuleExample(rule: "contradiction-admits", fires: "他自己也承認這是謠言。", span: "他自己也承認這是謠言", silent: "他堅決不承認這是謠言。"),
        RuleExample(rule: "contradiction-self", fires: "這是自相矛盾的說法。", span: "這是自相矛盾的說法", silent: "這是互相補充的說法。"),
        RuleExample(rule: "contradiction-forgot", fires: "出口管制有效（忘了前提是走私）。", span: "出口管制有效", silent: "別忘了，三個月前他加入了公司。"),
        RuleExample(rule: "contradiction-one-hand", fires: "一方面，他讚美合作。", span: "一方面，他讚美合作", silent: "這方面的研究很多。"),
        RuleExample(rule: "claim-certainty", fires: "顯然，他錯了，我們對了。", span: "顯然，他錯了", silent: "他似乎錯了。"),
        RuleExample(rule: "claim-therefore", fires: "因此，我們必須行動。", span: "因此，我們必須行動", silent: "之所以如此，是因為他怕。"),
        RuleExample(rule: "claim-you-see", fires: "你看，他又錯了。", span: "你看，他又錯了", silent: "你看過這本書嗎？"),
        RuleExample(rule: "claim-this-is", fires: "這就是問題所在。", span: "這就是問題所在", silent: "他說這就是問題。"),
        RuleExample(rule: "rhetorical-question-surely-not", fires: "難道他不知道嗎？", span: "難道他不知道嗎？", silent: "難道他不知道。他知道嗎？"),
        RuleExample(rule: "rhetorical-question-mark", fires: "他說得很多。誰會買單?", span: "誰會買單?", silent: "誰會買單。"),
        RuleExample(rule: "authority-trust-me", fires: "相信我，這行不通。", span: "相信我", silent: "你要相信我說的話。"),
        RuleExample(rule: "authority-even", fires: "就連對手都承認了。", span: "就連對手", silent: "他連續三年都贏了。"),
        RuleExample(rule: "speculation-perhaps", fires: "他可能忘了，我們沒有。", span: "他可能忘了", silent: "他不可能忘了。"),
        RuleExample(rule: "irony-as-it-happens", fires: "偏偏他不聽。", span: "偏偏他不聽", silent: "他就是不聽。"),
        RuleExample(rule: "irony-so-called", fires: "他是科學家、號稱最安全的理想主義者、創始人。", span: "號稱最安全的理想主義者", silent: "他被稱為最安全的人。"),
        RuleExample(rule: "motive-must", fires: "這一次，他必須出來表態。", span: "他必須出來表態", silent: "這一次，他出來表態。"),
        RuleExample(rule: "evidence-figure", fires: "那一年，公司搶走了15%的份額。", span: "公司搶走了15%的份額", silent: "H100 和 GPT-4 都很貴。"),
        RuleExample(rule: "evidence-source", fires: "據報導，他辭職了。", span: "據報導，他辭職了", silent: "根據規定，他辭職了。"),
        RuleExample(
            rule: "evidence-quotation", fires: "他說：“第一個展示預期成本降低的公司是中國公司”。",
            span: "“第一個展示預期成本降低的公司是中國公司”", silent: "他說：“很好”。"),
        RuleExample(rule: "dichotomy-two-roads", fires: "這是兩條路線的鬥爭。", span: "這是兩條路線的鬥爭", silent: "這是兩個人的鬥爭。"),
        RuleExample(rule: "dichotomy-former-latter", fires: "前者靠算力；後者靠演算法。", span: "前者靠算力；後者靠演算法", silent: "前者靠算力。後者靠演算法。"),
        RuleExample(rule: "generalization-all", fires: "他說所有公司都在做。", span: "他說所有公司都在做", silent: "有些公司在做。"),
        RuleExample(rule: "generalization-whenever", fires: "當一個人說謊時，他會臉紅。", span: "當一個人說謊時，他會臉紅。", silent: "當一個人說謊。他會臉紅。"),
        RuleExample(rule: "ad-hominem-epithet", fires: "這廝又來了。", span: "這廝又來了", silent: "這人又來了。"),
        RuleExample(rule: "reconstruction-restate", fires: "我們還原一下他的邏輯。", span: "我們還原一下他的邏輯", silent: "我們看一下他的邏輯。"),
        RuleExample(rule: "concession-of-course", fires: "當然，這也有好處。", span: "當然，這也有好處", silent: "這當然有好處。"),
        RuleExample(rule: "rebuttal-but", fires: "他很努力，但沒有用。", span: "但沒有用", silent: "他不但努力，還聰明。"),
        RuleExample(rule: "irony-scare-quotes", fires: "這就是他的“安全”。", span: "“安全”", silent: "他說“不同之處在於第一個展示預期成本降低的公司”。"),
    ]
}

@Suite("Hint rules: each fires on its cue and keeps quiet on a near miss")
struct HintRuleTests {
    @Test("Every standard and retired rule has an example here; ids are unique")
    func everyRuleHasAnExample() {
        let rules = CueRules.standard + CueRules.retired
        #expect(Set(rules.map(\.id)).count == rules.count)
        #expect(Set(rules.map(\.id)) == Set(RuleExample.all.map(\.rule)))
    }

    @Test("Every rule suggests a kind of the bundled taxonomy and has both rationales")
    func kindsAndRationales() {
        for rule in CueRules.standard + CueRules.retired {
            #expect(ModelFixtures.taxonomy.kind(forKey: rule.kind) != nil, "\(rule.id)")
            #expect(rule.id.hasPrefix(rule.kind + "-"), "\(rule.id)")
            #expect(!(rule.rationale.english ?? "").isEmpty && !(rule.rationale.traditionalChinese ?? "").isEmpty, "\(rule.id)")
        }
    }

    @Test("The rule fires and marks its span", arguments: RuleExample.all)
    func fires(_ example: RuleExample) {
        let found = HintFixtures.suggest(example.fires, rules: [example.rule])
        #expect(found.map(\.text) == [example.span])
        #expect(found.allSatisfy { $0.suggestion.ruleIDs == [example.rule] && $0.suggestion.kind == HintFixtures.rule(example.rule).kind })
    }

    @Test("The rule keeps quiet on a near miss", arguments: RuleExample.all)
    func keepsQuiet(_ example: RuleExample) {
        #expect(HintFixtures.suggest(example.silent, rules: [example.rule]).map(\.text) == [])
    }
}

