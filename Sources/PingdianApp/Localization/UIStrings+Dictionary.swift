import PingdianCore

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
