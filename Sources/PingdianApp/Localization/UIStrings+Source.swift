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

/// The words of the conversion layer (`C`, Docs/provenance.md).
extension UIStrings {
    public var keyToggleConversion: String {
        pick("改顯示簡轉繁的轉換層（轉換器換上的用詞、未在地化的詞），再按一次回到批註",
             "Show the conversion layer instead (the words the Simplified→Traditional converter put in or left); again, back to the annotations")
    }
    public var conversionPaneTitle: String { pick("轉換", "Conversion") }
    public var conversionLegendTitle: String { pick("圖例：簡轉繁的轉換層", "Legend: the Simplified→Traditional conversion layer") }
    public var conversionLayerExplained: String {
        pick("轉換層標出簡轉繁時轉換器換上的台灣用詞（附作者原詞），以及沒有在地化的大陸用詞；它不計入批註的數目（pingdian provenance 說明根據）。",
             "The conversion layer marks the Taiwan words a Simplified→Traditional converter put in (with the author's), and the mainland words it left; it is never counted with the annotations (pingdian provenance gives the evidence).")
    }
    /// "OpenCC s2twp: 39 of 39 paragraphs round-trip" (or not converted, too short).
    public func roundTrips(_ check: ConversionCheck) -> String {
        let paragraphs = check.paragraphs.count
        let trips = check.configuration.map { check.roundTripCount($0) } ?? 0
        let name = check.configuration?.rawValue ?? "—"
        switch check.verdict {
        case .converted:
            return pick("轉換自簡體：OpenCC \(name)，\(paragraphs) 段中 \(trips) 段往返不變", "Converted from Simplified with OpenCC \(name): \(trips) of \(paragraphs) paragraphs round-trip")
        case .notConverted:
            return pick("看來不是轉換而來：\(paragraphs) 段中只有 \(trips) 段往返不變", "Not converted, it seems: only \(trips) of \(paragraphs) paragraphs round-trip")
        case .tooShort:
            return pick("中文太少，無從判斷", "Too little Chinese to tell")
        case .noChinese:
            return pick("沒有中文", "No Chinese in it")
        }
    }
    public var roundTripsCounting: String { pick("正在核對每一段的往返轉換…", "Checking each paragraph's round trip…") }
    public var noConversionLayer: String {
        pick("這個文本沒有轉換層（pingdian provenance --layer 可以產生一份）", "No conversion layer for this text (pingdian provenance --layer makes one)")
    }
    public func conversionShown(_ count: Int) -> String {
        pick("轉換層：\(count) 處 — 再按 \(key(.toggleConversion)) 回到批註", "Conversion layer: \(count) places — \(key(.toggleConversion)) again for the annotations")
    }
    /// The status line's fact while the conversion layer is shown.
    public var conversionOn: String { pick("轉換層", "conversion") }
    public var conversionHidden: String { pick("回到批註", "Back to the annotations") }
    public var conversionReadOnly: String {
        pick("轉換層唯讀；按 \(key(.toggleConversion)) 回到批註再寫", "The conversion layer is read-only: \(key(.toggleConversion)) goes back to your notes")
    }
    /// "原文「支持」→ 轉換成「支援」" and, for a word left unlocalised, "原文如此，未在地化（台灣作「川普」）".
    public func conversionLine(_ conversion: AnnotationConversion) -> String {
        ExportStrings.conversionLine(conversion, language, characters: true)
    }
}

/// The words of the original shown in place of the text (`~`, Docs/provenance.md).
extension UIStrings {
    public var keyToggleOriginal: String {
        pick("改顯示重建的簡體原文（轉換前作者寫的詞），游標留在同一個詞上；再按一次回到本文",
             "Show the reconstructed Simplified original (the author's words before the conversion), the cursor on the same word; again, back to the text")
    }
    public var originalReconstructing: String { pick("正在重建原文…", "Reconstructing the original…") }
    public var originalUnavailable: String { pick("無法重建原文：這裡沒有 OpenCC", "The original cannot be reconstructed: OpenCC is not installed here") }
    /// "原文（以 tw2sp 重建）— ~ 回到本文".
    public func originalShown(_ configuration: String) -> String {
        pick("原文（以 OpenCC \(configuration) 重建）— 再按 \(key(.toggleOriginal)) 回到本文；批註請在本文中寫",
             "The original (reconstructed with OpenCC \(configuration)) — \(key(.toggleOriginal)) again for the text; notes are written on the text")
    }
    public func simplifiedShown(_ configuration: String) -> String {
        pick("這個文本看來不是轉換而來（pingdian provenance）；這是它的簡體（\(configuration)）— 再按 \(key(.toggleOriginal)) 回到本文",
             "This text does not look converted (pingdian provenance): this is it in Simplified (\(configuration)) — \(key(.toggleOriginal)) again for the text")
    }
    public var textShown: String { pick("回到本文", "Back to the text") }
    /// The status line's fact while the original is shown.
    public var originalOn: String { pick("原文", "original") }
    public var hintsOnTextOnly: String {
        pick("線索提示只在本文中：按 \(key(.toggleOriginal)) 回到本文", "Cue hints are found in the text: \(key(.toggleOriginal)) goes back to it")
    }
    public var notesOnTextOnly: String {
        pick("批註寫在本文上：按 \(key(.toggleOriginal)) 回到本文", "Notes are written on the text: \(key(.toggleOriginal)) goes back to it")
    }
}

/// The words of the dictionary (`K`, Docs/dictionary.md).
extension UIStrings {
    public var keyLookUpWord: String {
        pick("查字典：游標處最長的詞（或選取的文字），讀音（注音、拼音）與英文釋義顯示在窗格",
             "Look up the word at the cursor (the longest headword there) or the selection: readings (pinyin, 注音) and glosses in the pane")
    }
    public var keyLookupNextWord: String { pick("查下一個詞", "Look up the next word") }
    public var keyLookupPreviousWord: String { pick("查上一個詞", "Look up the previous word") }
    public var keyLookupDown: String { pick("釋義往下捲", "Scroll the entries down") }
    public var keyLookupUp: String { pick("釋義往上捲", "Scroll the entries up") }
    public var keyLookupSaveWord: String { pick("把這個詞（連同這一處）存進生詞本", "Save the word, with this occurrence, to your vocabulary") }
    public var footerLookupSave: String { pick("存進生詞本", "saves the word") }
    public func wordSaved(_ word: String, count: Int) -> String {
        pick("已存「\(word)」— 生詞本共 \(count) 個", "Saved “\(word)” — \(count) in your vocabulary")
    }
    public func wordAlreadySaved(_ word: String) -> String { pick("「\(word)」這一處已在生詞本中", "“\(word)” here is already in your vocabulary") }
    public var keyVocabulary: String { pick("生詞本：存下的詞，讀音、釋義與在文中出現的次數", "Your vocabulary: the words you saved, their readings, glosses and how often the text has them") }
    public var keyVocabularyJump: String { pick("到存下這個詞的那一處（之後 n/N 到它的其他出現處）", "Go to where the word was saved (then n/N to its other occurrences)") }
    public var keyVocabularyDelete: String { pick("從生詞本刪去這個詞", "Remove the word from your vocabulary") }
    public var keyCloseVocabulary: String { pick("關閉生詞本", "Close the vocabulary") }
    public var footerVocabularyJump: String { pick("前往", "goes there") }
    public var keyUnderlineVocabulary: String { pick("在文中為生詞本裡的詞加底線；再按一次取消", "Underline the words of your vocabulary wherever the text has them; again, no longer") }
    public func vocabularyUnderlined(_ count: Int) -> String { pick("生詞本的 \(count) 個詞加上底線", "The \(count) words of your vocabulary underlined") }
    public var vocabularyNotUnderlined: String { pick("不再為生詞加底線", "Your vocabulary no longer underlined") }
    public var vocabularyEmpty: String { pick("生詞本是空的：查字典（K）後按 a 存詞", "Your vocabulary is empty: K, then a, saves a word") }
    public func vocabularyTitle(_ count: Int) -> String { pick("生詞本  \(count) 個詞", "Vocabulary  \(count) words") }
    public func wordJumped(_ word: String) -> String { pick("「\(word)」— n/N 到它的其他出現處", "“\(word)” — n/N for its other occurrences") }
    public func wordNotFound(_ word: String) -> String { pick("「\(word)」存下的那一處已不在文中", "Where “\(word)” was saved is no longer in the text") }
    public var wordNotFoundShort: String { pick("找不到", "gone") }
    public func wordRemoved(_ word: String) -> String { pick("已從生詞本刪去「\(word)」", "Removed “\(word)” from your vocabulary") }
    public var keyLookupClose: String { pick("關閉字典，回到閱讀", "Close the dictionary, back to reading") }
    public var footerLookupWords: String { pick("上下一個詞", "next / previous word") }
    /// The status line while a word is looked up: "DICTIONARY — w/b next / previous word · …".
    public func lookupModeLine(_ footer: String) -> String { pick("字典 — ", "DICTIONARY — ") + footer }
    /// A dictionary of the reader's that could not be used: "dictionaries/moe.ifo: its .idx is missing".
    public func dictionaryNotUsed(_ problem: String, more: Int) -> String {
        pick("字典沒有用上：\(problem)", "Dictionary not used: \(problem)") + (more > 0 ? pick("（另有 \(more) 本）", " (and \(more) more)") : "")
    }
    public var noDictionary: String { pick("沒有字典可查", "No dictionary here") }
    public var nothingToLookUp: String { pick("游標下沒有可查的詞", "No word under the cursor to look up") }
    /// The pane's title: "字典 · 檄文".
    public func dictionaryTitle(_ phrase: String) -> String { pick("字典 · \(phrase)", "Dictionary · \(phrase)") }
    public func notInDictionary(_ phrase: String) -> String {
        pick("「\(phrase)」不在字典中；逐字查", "“\(phrase)” is not in the dictionary: character by character")
    }
    public func lookupParts(_ phrase: String) -> String {
        pick("「\(phrase)」不是詞條；分開來查", "“\(phrase)” is not a headword: its parts")
    }
}
