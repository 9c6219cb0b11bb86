import PingdianCore

/// The words of the source text's cursor (`@`), its keys and the verdict list (Docs/sources.md).
extension UIStrings {
    public var keyEnterSource: String {
        pick("游標進入原文（--source），停在游標下這段轉述的原文字句；先選取一段再按，就為它在原文中標出出處",
             "The cursor goes into the source text (--source), at the source words of the passage here; with a selection, attribute it to words you select there")
    }
    public var keySourceLineDown: String { pick("原文下一行", "Next line of the source") }
    public var keySourceLineUp: String { pick("原文上一行", "Previous line of the source") }
    public var keySourceLeft: String { pick("左移一字", "One character left") }
    public var keySourceRight: String { pick("右移一字", "One character right") }
    public var keySourceWordForward: String { pick("到下一個詞（選取時逐詞延伸）", "To the next word (a selection grows by words)") }
    public var keySourceWordBackward: String { pick("到上一個詞", "To the previous word") }
    public var keySourceSentenceForward: String { pick("到下一句", "To the next sentence") }
    public var keySourceSentenceBackward: String { pick("到上一句", "To the previous sentence") }
    public var keySourceNextParagraph: String { pick("原文下一段", "Next paragraph of the source") }
    public var keySourcePreviousParagraph: String { pick("原文本段開頭／上一段", "Start of this or the previous paragraph of the source") }
    public var keySourcePageDown: String { pick("原文下一頁", "Next page of the source") }
    public var keySourcePageUp: String { pick("原文上一頁", "Previous page of the source") }
    public var keySourceTop: String { pick("原文開頭", "Start of the source") }
    public var keySourceBottom: String { pick("原文結尾", "End of the source") }
    public var keySourceSelect: String { pick("開始選取原文字句；再按一次結束並保留", "Start selecting the source's words; again, end and keep the selection") }
    public var keySourceAttribute: String {
        pick("以選取的原文字句為出處：先選判定，再寫批語（批註的是按 @ 前選取的段落，否則是游標所在的句子）",
             "Attribute to the selected words: choose a verdict, then write the note (for the passage selected before @, else the sentence at the cursor)")
    }
    public var keySourceSearch: String { pick("在原文中搜尋", "Search the source") }
    public var keySourceNextMatch: String { pick("原文中的下一個符合", "Next match in the source") }
    public var keySourcePreviousMatch: String { pick("原文中的上一個符合", "Previous match in the source") }
    public var keySourceNextAttribution: String { pick("下一段轉述，原文隨之跳到它的字句", "Next attribution; the source follows to its words") }
    public var keySourcePreviousAttribution: String { pick("上一段轉述", "Previous attribution") }
    public var keySourceBack: String { pick("回到文章（選取的段落保留）", "Back to the essay (its selected passage is kept)") }
    public var keySourceCancel: String { pick("放下原文中的選取；沒有選取時回到文章", "Drop the source selection; without one, back to the essay") }
    public var keySourceSearchCancel: String { pick("放棄這次搜尋", "Drop this search") }
    public var keyPickVerdictNumber: String { pick("選這個號碼的判定", "Choose the verdict of that number") }
    public var keyPickVerdictSelected: String { pick("選反白的判定，接著寫批語", "Choose the highlighted verdict, then write the note") }

    public var footerSourceSelect: String { pick("選取", "selects") }
    public var footerSourceAttribute: String { pick("標出處", "attributes") }
    public var footerSourceSearch: String { pick("搜尋", "searches") }
    public var footerSourceBack: String { pick("回文章", "back to the essay") }

    /// The status line while the cursor is in the source: "SOURCE — v selects · …".
    public func sourceModeLine(_ footer: String) -> String { pick("原文 — ", "SOURCE — ") + footer }
    public var sourceTextEmpty: String { pick("原文是空的", "The source text is empty") }
    public var sourceNeedsPane: String { pick("視窗太小，放不下原文窗格", "The screen is too small for the source pane") }
    public var sourceEntered: String {
        pick("原文中 — 移動如閱讀，v 選取，Enter 標出處，@ 回文章", "In the source — move as in reading, v selects, Enter attributes, @ goes back")
    }
    public var sourceSelectWords: String {
        pick("在原文中選出這段話的出處：v，移動，再 v，然後 Enter", "Select the words this passage renders: v, move, v, then Enter")
    }
    public var sourceSelectFirst: String { pick("先用 v 選取原文字句", "Select the source's words first (v)") }
    public var attributionNotMade: String { pick("未標出處；原文中的選取還在", "No attribution made; the source selection is still there") }
    public func attributionSaved(_ verdict: String) -> String { pick("已標出處 · \(verdict)", "Attribution saved · \(verdict)") }
    /// The verdict list's title, with the essay's passage.
    public var verdictPickerTitle: String { pick("判定", "Verdict for") }
}
