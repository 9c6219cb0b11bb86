/// The rule tables of the suggester.
public enum CueRules {
    /// The turns a concession waits for: 但 (not in 不但), 卻, 可是, 然而, 不過.
    static let turn = CueMarker(["但", "卻", "可是", "然而", "不過"], notAfter: ["不"])

    /// The standard rules, in the order Docs/cue-hints.md lists them.
    public static let standard: [CueRule] = [
        // Concession
        CueRule(
            id: "concession-although", kind: "concession",
            cue: .pair(CueMarker(["儘管", "雖然", "雖說", "固然"]), turn), span: .beforeTurn,
            english: "儘管/雖然/固然 … 但/卻: grants a point before turning back.",
            chinese: "「儘管……但」：先讓一步，再轉回己方。"),
        CueRule(
            id: "concession-although-alone", kind: "concession",
            cue: .marker(CueMarker(["儘管", "雖然", "雖說", "固然"])), span: .clause,
            english: "儘管/雖然 without a turn in the sentence: still a point granted.",
            chinese: "單用「儘管、雖然」：仍是讓步。"),
        CueRule(
            id: "concession-indeed-but", kind: "concession",
            cue: .pair("確實", turn), span: .beforeTurn,
            english: "確實 … 但: admits something is so, then limits it.",
            chinese: "「確實……但」：承認其然，再加限定。"),
        // Rebuttal
        CueRule(
            id: "rebuttal-however", kind: "rebuttal",
            cue: .marker(CueMarker(["然而", "可是", "但是", "不過", "其實"], clauseInitial: true)), span: .clauseAfter,
            english: "然而/可是/但是/不過/其實 opening a clause: turns against what came before.",
            chinese: "句首「然而、可是、但是、不過、其實」：轉折，駁回前說。"),
        // Contradiction
        CueRule(
            id: "contradiction-but-also", kind: "contradiction",
            cue: .marker(CueMarker(["但又", "但他又", "但她又", "但它又", "但他們又", "卻又"])), span: .clause,
            english: "但(他)又 / 卻又: he also says the opposite — one side of a contradiction.",
            chinese: "「但(他)又、卻又」：又說了相反的話，矛盾的一端。"),
        CueRule(
            id: "contradiction-admits", kind: "contradiction",
            cue: .marker(CueMarker(["也承認", "都承認", "已經承認", "確實承認", "公開承認", "承認了", "承認過"])), span: .clause,
            english: "也承認/已經承認/承認了: an admission made, set against what he claims elsewhere.",
            chinese: "「也承認、已經承認、承認了」：對方已有的承認，與其另一說法相牴觸。"),
        CueRule(
            id: "contradiction-self", kind: "contradiction",
            cue: .marker(CueMarker(["自相矛盾", "前後矛盾", "自圓其說"])), span: .clause,
            english: "自相矛盾: the author names a contradiction.",
            chinese: "「自相矛盾」：作者直指矛盾。"),
        CueRule(
            id: "contradiction-forgot", kind: "contradiction",
            cue: .marker(CueMarker(["忘了", "忘記"], notAfter: ["別", "不要", "莫"])), span: .clauseBefore,
            english: "…(忘了…): what he says forgets what he said before.",
            chinese: "「……（忘了……）」：此說忘了前說。"),
        CueRule(
            id: "contradiction-one-hand", kind: "contradiction",
            cue: .marker(CueMarker(["一方面", "另一方面"])), span: .clauseAfter,
            english: "一方面 … 另一方面: two things held at once.",
            chinese: "「一方面……另一方面」：同時並舉兩面。"),
        // Claim
        CueRule(
            id: "claim-certainty", kind: "claim",
            cue: .marker(CueMarker(["顯然", "毫無疑問", "答案顯而易見", "顯而易見", "無疑", "不言而喻", "毋庸置疑", "怎麼看都"])), span: .clauseAfter,
            english: "顯然/毫無疑問/答案顯而易見: certainty framed, not shown.",
            chinese: "「顯然、毫無疑問、答案顯而易見」：以確定的口吻提出判斷。"),
        CueRule(
            id: "claim-therefore", kind: "claim",
            cue: .marker(CueMarker(["因此", "於是", "所以", "因而", "由此可見", "總之"], notAfter: ["之"])), span: .clauseAfter,
            english: "因此/於是/所以: a conclusion drawn.",
            chinese: "「因此、於是、所以」：引出結論。"),
        CueRule(
            id: "claim-you-see", kind: "claim",
            cue: .marker(CueMarker(["你看", "你瞧"], wholeClause: true)), span: .clauseAfter,
            english: "你看: shows the reader a conclusion as if self-evident.",
            chinese: "「你看」：把結論當作一望即知。"),
        CueRule(
            id: "claim-this-is", kind: "claim",
            cue: .marker(CueMarker(["這就是", "這才是", "說到底", "歸根結底"], clauseInitial: true)), span: .clause,
            english: "這就是/說到底: a verdict that sums up.",
            chinese: "「這就是、說到底」：總結式的判斷。"),
        // Rhetorical question
        CueRule(
            id: "rhetorical-question-surely-not", kind: "rhetorical-question",
            cue: .pair("難道", CueMarker(["嗎", "麼", "不成"])), span: .sentence,
            english: "難道 … 嗎: a question that asserts its answer.",
            chinese: "「難道……嗎」：以問代答的反問。"),
        CueRule(
            id: "rhetorical-question-mark", kind: "rhetorical-question",
            cue: .question, span: .sentence,
            english: "A question in an essay: often asked to be answered by the author, or not at all.",
            chinese: "議論文中的問句：多為設問或反問。"),
        // Authority
        CueRule(
            id: "authority-trust-me", kind: "authority",
            cue: .marker(CueMarker(["相信我", "請相信我"], wholeClause: true)), span: .clause,
            english: "相信我: the author's own word offered as the reason.",
            chinese: "「相信我」：以作者自身的可信度為據。"),
        CueRule(
            id: "authority-even", kind: "authority",
            cue: .pair("就連", CueMarker(["都", "也"])), span: .beforeTurn,
            english: "就連 X 都: X's standing makes the point.",
            chinese: "「就連……都」：以某方的地位作論據。"),
        // Speculation
        CueRule(
            id: "speculation-perhaps", kind: "speculation",
            cue: .marker(CueMarker(
                ["可能", "也許", "或許", "恐怕", "大概", "說不定", "有理由相信", "想必"],
                notAfter: ["不", "最"])),
            span: .clause,
            english: "可能/也許/或許/有理由相信: an inference about what has not been shown.",
            chinese: "「可能、也許、或許、有理由相信」：對未經證實之事的推斷。"),
        // Irony
        CueRule(
            id: "irony-as-it-happens", kind: "irony",
            cue: .marker("偏偏"), span: .clause,
            english: "偏偏: as if on purpose — the author's sarcasm.",
            chinese: "「偏偏」：好像故意如此，帶有譏諷。"),
        CueRule(
            id: "irony-so-called", kind: "irony",
            cue: .marker(CueMarker(["號稱", "所謂", "自詡", "自稱", "美其名曰"])), span: .clause,
            english: "號稱/所謂: a claim quoted to be doubted.",
            chinese: "「號稱、所謂」：引其自稱，意在存疑。"),
        // Motive
        CueRule(
            id: "motive-must", kind: "motive",
            cue: .marker(CueMarker(
                ["必須", "只能", "不願意", "不肯", "不能接受", "心思", "惡意", "怨念", "私心", "算盤", "想要", "企圖", "意圖", "不惜"])),
            span: .clause,
            english: "他必須/不願意/不能接受/惡意: says what he wants or must, not what he argues.",
            chinese: "「他必須、不願意、不能接受、惡意」：揣測其意圖，而非回應論點。"),
        // Evidence
        CueRule(
            id: "evidence-figure", kind: "evidence",
            cue: .figure(units: ["年", "月", "日", "%", "％", "萬", "億", "美元", "元", "倍", "張"]), span: .clause,
            english: "A figure with a unit (2024年, 15%): a fact cited.",
            chinese: "帶單位的數字（2024年、15%）：引用事實。"),
        CueRule(
            id: "evidence-source", kind: "evidence",
            cue: .marker(CueMarker(["據", "報導", "報道", "數據顯示", "資料顯示", "研究顯示", "統計", "事實是"], notAfter: ["根", "數", "依"])),
            span: .clauseAfter,
            english: "據/報導/事實是: a source or a fact brought in.",
            chinese: "「據、報導、事實是」：引出來源或事實。"),
        CueRule(
            id: "evidence-quotation", kind: "evidence",
            cue: .quotation(15...500), span: .cue,
            english: "A long quotation: his own words cited.",
            chinese: "長引文：引用原話。"),
        // Dichotomy
        CueRule(
            id: "dichotomy-two-roads", kind: "dichotomy",
            cue: .marker(CueMarker(["兩條路線", "兩條路", "非此即彼", "你死我活", "要麼"])), span: .clause,
            english: "兩條路線/你死我活: the issue framed as either/or.",
            chinese: "「兩條路線、你死我活」：非此即彼的框架。"),
        CueRule(
            id: "dichotomy-former-latter", kind: "dichotomy",
            cue: .pair("前者", "後者"), span: .clause,
            english: "前者 … 後者: two sides set against each other.",
            chinese: "「前者……後者」：兩端對立。"),
        // Generalization
        CueRule(
            id: "generalization-all", kind: "generalization",
            cue: .marker(CueMarker(["所有", "大多數", "每一家", "每一個", "一致", "無一例外", "整個"])), span: .clause,
            english: "所有/大多數/每一家/一致: a whole judged at once.",
            chinese: "「所有、大多數、每一家、一致」：以全稱概括。"),
        CueRule(
            id: "generalization-whenever", kind: "generalization",
            cue: .pair(CueMarker(["當一個", "每當", "凡是"]), CueMarker(["時", "的時候"])), span: .sentence,
            english: "當一個 X … 時: a rule about anyone of a kind.",
            chinese: "「當一個……時」：對一類人下通則。"),
        // Ad hominem
        CueRule(
            id: "ad-hominem-epithet", kind: "ad-hominem",
            cue: .marker(CueMarker(["這廝", "此人", "這傢伙", "虛偽", "偽君子", "笨拙", "嘴臉", "買辦", "無恥", "一貫如此"])), span: .clause,
            english: "這廝/虛偽/買辦: the person, not the argument.",
            chinese: "「這廝、虛偽、買辦」：針對其人，而非其論。"),
        // Reconstruction
        CueRule(
            id: "reconstruction-restate", kind: "reconstruction",
            cue: .marker(CueMarker(["還原一下", "梳理一下", "換句話說", "言下之意", "潛台詞"])), span: .clause,
            english: "還原一下/言下之意: his argument in the author's words.",
            chinese: "「還原一下、言下之意」：以作者的話轉述對方。"),
    ]

    /// Rules that were tried on the essay and dropped because they fired often and were rarely
    /// right; kept so that `pingdian hints --evaluate` can show why (Docs/cue-hints.md).
    public static let retired: [CueRule] = [
        CueRule(
            id: "concession-of-course", kind: "concession",
            cue: .marker(CueMarker(["當然"], clauseInitial: true)), span: .clauseAfter,
            english: "當然 opening a clause: grants the obvious before going on.",
            chinese: "句首「當然」：先認可顯而易見之處。"),
        CueRule(
            id: "rebuttal-but", kind: "rebuttal",
            cue: .marker(CueMarker(["但"], notBefore: ["是"], clauseInitial: true)), span: .clauseAfter,
            english: "但 opening a clause: a turn.",
            chinese: "句首「但」：轉折。"),
        CueRule(
            id: "irony-scare-quotes", kind: "irony",
            cue: .quotation(1...4), span: .cue,
            english: "A word in quotation marks: held at a distance (scare quotes).",
            chinese: "加引號的詞：與之保持距離（反語引號）。"),
    ]
}
