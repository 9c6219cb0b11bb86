import Testing
@testable import PingdianCore

/// The line-breaking rules of Docs/layout.md §2 and §3, each with a paragraph and a width that force it.
@Suite struct LayoutClreqTests {
    static let noStart = Array("、，。．；：？！,.;:?!」』”’）》〉】〕〗］｝)]}—…")
    static let noEnd = Array("「『“‘（《〈【〔〖［｛([{")

    /// `漢漢` fills 4 columns, so the mark would start the second line: the 漢 before it comes down.
    @Test(arguments: noStart)
    func aLineNeverStartsWith(_ mark: Character) {
        let lines = LayoutTestSupport.lines("漢漢\(mark)漢", width: 4)
        #expect(lines == ["漢", "漢\(mark)", "漢"])
    }

    /// `漢` and the mark leave no room for the next 漢, so the mark would end the first line: it
    /// goes down with what it opens.
    @Test(arguments: noEnd)
    func aLineNeverEndsWith(_ mark: Character) {
        let lines = LayoutTestSupport.lines("漢\(mark)漢漢", width: 4)
        #expect(lines == ["漢", "\(mark)漢", "漢"])
    }

    @Test func anOpeningMarkFollowedBySpacesStillDoesNotEndALine() {
        #expect(LayoutTestSupport.lines("漢漢“ 好”", width: 6) == ["漢漢", "“ 好”"])
    }

    @Test func pushingDownCascades() {
        // 」 may not start a line and 。 may not either: 的 comes down with both.
        #expect(LayoutTestSupport.lines("他說「是的」。", width: 10) == ["他說「是", "的」。"])
    }

    @Test func dashesAndEllipsesStayWholeAndNeverStartALine() {
        let text = "他說——是的,我們……走了——"
        for width in 4...30 {
            let lines = LayoutTestSupport.lines(text, width: width)
            #expect(lines.joined() == text)
            for line in lines.dropFirst() {
                #expect(line.first != "—" && line.first != "…", "width \(width): \(lines)")
            }
            for line in lines {
                #expect(line.filter { $0 == "—" }.count % 2 == 0 && line.filter { $0 == "…" }.count % 2 == 0,
                        "width \(width): \(lines)")
            }
        }
    }

    @Test func aHyphenatedNameStaysWhole() {
        // ICU alone would break after the hyphen: 用DeepSeek-|V3模型.
        #expect(LayoutTestSupport.lines("用DeepSeek-V3模型", width: 12) == ["用", "DeepSeek-V3", "模型"])
        #expect(LayoutTestSupport.lines("用DeepSeek-V3模型", width: 13) == ["用DeepSeek-V3", "模型"])
    }

    @Test func modelNamesStayWhole() {
        #expect(LayoutTestSupport.lines("買了H100晶片", width: 7) == ["買了", "H100晶", "片"])
        #expect(LayoutTestSupport.lines("有A100、H100和", width: 8) == ["有A100、", "H100和"])
        #expect(LayoutTestSupport.lines("有A100、H100和", width: 7) == ["有", "A100、", "H100和"])
    }

    @Test func aNumberBreaksOnlyAfterItsDigits() {
        #expect(LayoutTestSupport.lines("用600萬美元", width: 5) == ["用600", "萬美", "元"])
        #expect(LayoutTestSupport.lines("用600萬美元", width: 4) == ["用", "600", "萬美", "元"])
    }

    @Test func singleQuotesNextToChineseMayBreakOutside() {
        // ICU 72 glues 的‘好’的 into one 8-column unit; beside Chinese a quote is a break point.
        #expect(LayoutTestSupport.lines("他說的‘好’的話", width: 7) == ["他說的", "‘好’的", "話"])
        // Beside Latin letters it is an apostrophe or an English quote, and stays glued.
        #expect(LayoutTestSupport.lines("don’t go", width: 5) == ["don’t", "go"])
    }

    @Test func anASCIICommaUsedAsChineseMayEndALine() {
        // ICU glues 中,Dario (a comma before a letter); in Chinese the comma may end a line.
        #expect(LayoutTestSupport.lines("文章中,Dario", width: 6) == ["文章", "中,", "Dario"])
        // A decimal point or a dot in a name is no stop.
        #expect(LayoutTestSupport.lines("用Scale.ai的", width: 9) == ["用", "Scale.ai", "的"])
    }

    @Test func aWordWiderThanTheLineIsSplitAfterItsHyphenFirst() {
        #expect(LayoutTestSupport.lines("DeepSeek-V3", width: 10) == ["DeepSeek-", "V3"])
        #expect(LayoutTestSupport.lines("Schrittwieser 加入", width: 10) == ["Schrittwie", "ser 加入"])
    }

    @Test func aSplitWordStillKeepsTheEdgeRules() {
        // “ may not end a line, so the first line cannot be “ alone; ” may not start one.
        let lines = LayoutTestSupport.lines("“Constitutional”。", width: 12)
        #expect(lines == ["“Constitutio", "nal”。"])
    }

    @Test func aRuleIsBrokenOnlyWhenNothingElseFits() {
        // 漢， is 4 columns: in 3 the comma must start a line; the pair —— stays whole in 2.
        #expect(LayoutTestSupport.lines("漢，", width: 3) == ["漢", "，"])
        #expect(LayoutTestSupport.lines("說——是", width: 3) == ["說", "——", "是"])
    }

    @Test func aWideGlyphNeverOverflows() {
        #expect(LayoutTestSupport.lines("a漢", width: 2) == ["a", "漢"])
        #expect(LayoutTestSupport.lines("ab漢", width: 3) == ["ab", "漢"])
        for width in 2...9 {
            for line in LayoutTestSupport.layout("一a二bc三def四", width: width).lines {
                #expect(line.width <= width)
            }
        }
    }

    @Test func aOneColumnPaneShowsAWideGlyphAsAnEllipsisPlaceholder() {
        let layout = LayoutTestSupport.layout("漢a，", width: 1)
        #expect(layout.lines.map(\.displayText) == ["…", "a", "…"])
        let glyphs = layout.lines.flatMap(\.glyphs)
        #expect(glyphs.map(\.role) == [.placeholder, .text, .placeholder])
        #expect(glyphs.map(\.offsets) == [0..<1, 1..<2, 2..<3])
        #expect(glyphs.allSatisfy { $0.width == 1 })
    }

    @Test func spacesAtTheEndOfALineHang() {
        let layout = LayoutTestSupport.layout("abc def", width: 3)
        #expect(layout.lines.map(\.displayText) == ["abc", "def"])
        #expect(layout.lines.map(\.range) == [0..<4, 4..<7])
        #expect(LayoutTestSupport.lines("abc def", width: 4) == ["abc ", "def"])
        let many = LayoutTestSupport.layout("ab     cd", width: 4)
        #expect(many.lines.map(\.displayText) == ["ab  ", "cd"])
        #expect(many.lines.map(\.range) == [0..<7, 7..<9])
    }

    @Test func craftedParagraphsKeepEveryInvariantAtEveryWidth() {
        let texts = [
            "漢漢，漢「漢」漢——漢……漢DeepSeek-V3漢600萬漢 A100、H100 漢",
            "e\u{301}\u{301}漢\u{FE0F}\u{1B}[0m\t\t漢\u{202E}ab\rc \u{301}d    ",
            "“Constitutional AI” (憲法式人工智慧)原則。“安全”是",
            String(repeating: "x", count: 50) + "，" + String(repeating: "—", count: 7),
        ]
        for text in texts {
            let document = LayoutTestSupport.document(text)
            for width in 1...40 {
                for style in PunctuationStyle.allCases {
                    for indent in [false, true] {
                        let options = LayoutOptions(width: width, indentParagraphs: indent, punctuation: style)
                        let layout = LayoutTestSupport.layout(text, width: width, indent: indent, punctuation: style)
                        let problems = LayoutInvariants.problems(layout, of: document, options: options)
                        #expect(problems.isEmpty, "width \(width) \(style) indent \(indent): \(problems)")
                    }
                }
            }
        }
    }
}
