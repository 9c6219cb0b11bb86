import PingdianCore

/// The words of reading together: other readers' layers (`--with`), agreement, copies, replies
/// and notes changed on two machines (Docs/together.md).
extension UIStrings {
    public func otherReaderLeftOut(_ file: String, _ reason: String) -> String {
        pick("另一位讀者的筆記 \(file) 未載入：\(reason)", "Another reader's notes \(file) are not shown: \(reason)")
    }

    public func otherReaderOnAnotherText(_ file: String, _ found: Int, _ notFound: Int) -> String {
        pick("\(file) 是在另一版本的文本上做的：\(found + notFound) 則中依字句找回 \(found) 則，\(notFound) 則找不到",
             "\(file) was made on another version of the text: \(found) of \(found + notFound) notes found again by their words, \(notFound) not")
    }

    public func moreWarnings(_ count: Int) -> String { pick("（另有 \(count) 則提示）", " (and \(count) more)") }

    /// The label of another reader's note: their marker and name.
    public func otherReaderLabel(_ reader: OtherReader) -> String { "\(reader.marker) " + reader.name }

    public var otherReaderNoteReadOnly: String {
        pick("這是另一位讀者的筆記，不能修改；按 \(key(.copyNote)) 複製到自己的筆記，按 \(key(.reply)) 回覆",
             "This is another reader's note and cannot be changed: \(key(.copyNote)) copies it into your notes, \(key(.reply)) replies")
    }

    public var linkToOtherReader: String {
        pick("不能連結到另一位讀者的筆記：先按 \(key(.copyNote)) 複製，或按 \(key(.reply)) 回覆",
             "Links cannot go to another reader's note: copy it first (\(key(.copyNote))), or reply (\(key(.reply)))")
    }

    public func noteCopied(from reader: String) -> String { pick("已複製 \(reader) 的筆記到你的筆記", "Copied \(reader)'s note into your notes") }
    public var copyNeedsOtherReader: String {
        pick("游標下沒有別的讀者的筆記可複製（\(key(.copyNote)) 複製 --with 載入的筆記）",
             "No other reader's note here to copy (\(key(.copyNote)) copies notes loaded with --with)")
    }
    public var alreadyCopied: String { pick("這則筆記已經在你的筆記裡了", "That note is in your notes already") }

    // MARK: Agreement

    /// The pane's line on how the readers marked the sentence at the cursor.
    public func agreementLine(marked: Int, of readers: Int, kinds: [String]) -> String {
        if marked == 0 { return pick("這句沒有讀者標記", "No reader marked this sentence") }
        if kinds.count == 1 && marked == readers {
            return pick("\(readers) 位讀者都標為「\(kinds[0])」", "All \(readers) readers: \(kinds[0])")
        }
        let what = kinds.joined(separator: pick("、", ", "))
        return pick("\(readers) 位讀者中 \(marked) 位標記：\(what)", "\(marked) of \(readers) readers marked it: \(what)")
    }

    public func disagreementPosition(_ position: Int, of count: Int) -> String {
        pick("分歧 \(position)/\(count)", "disagreement \(position)/\(count)")
    }
    public var noDisagreements: String { pick("讀者之間沒有分歧", "The readers do not disagree anywhere") }
    public var disagreementsNeedReaders: String {
        pick("要比較讀者，請用 --with 載入其他讀者的筆記", "To compare readers, load their notes with --with")
    }

    // MARK: Replies and conflicts

    public func copiedFrom(_ creator: String, file: String) -> String { pick("複製自 \(creator)（\(file)）", "Copied from \(creator) (\(file))") }
    public var replyLabel: String { pick("回覆", "Reply") }
    public func replyingTo(_ quote: String) -> String { pick("回覆：\(quote)", "Replying to: \(quote)") }
    public var replySaved: String { pick("回覆已儲存", "Reply saved") }
    public func conflictHeading(_ count: Int) -> String {
        pick("⚠ 兩處同時改過這則筆記，另有 \(count) 個版本（\(key(.resolveConflict)) 選擇）",
             "⚠ Changed in two places: \(count) other version(s) (\(key(.resolveConflict)) chooses)")
    }
    public var noConflictHere: String { pick("游標下的筆記沒有待選的版本", "The note here has no versions to choose from") }
    public var conflictResolved: String { pick("已保留選定的版本", "Kept the version you chose") }
    public var conflictKeptAll: String { pick("每個版本都存成一則筆記", "Every version kept as a note of its own") }
    public func noSuchVersion(_ number: Int) -> String { pick("沒有第 \(number) 項", "There is no row \(number)") }
    public var conflictTitle: String { pick("選擇要保留的版本", "Choose the version to keep") }
    public var conflictKeepAllOption: String { pick("全部保留，各成一則筆記", "Keep them all, each a note of its own") }

    // MARK: Keys

    public var keyCopyNote: String {
        pick("把游標下另一位讀者的筆記複製到自己的筆記（註明出自誰、哪個檔案）", "Copy another reader's note here into your notes, with who made it and where it came from")
    }
    public var keyReply: String { pick("回覆游標下的筆記（任何一層）", "Reply to the note here (of any layer)") }
    public var keyNextDisagreement: String {
        pick("下一處讀者分歧（類別不同，或有人標有人沒標）", "Next disagreement among readers (different kinds, or marked by some and not others)")
    }
    public var keyPreviousDisagreement: String { pick("上一處讀者分歧", "Previous disagreement among readers") }
    public var keyResolveConflict: String { pick("為兩處同時改過的筆記選定版本", "Choose between the versions of a note changed in two places") }
    public var keyConflictNumber: String { pick("保留這個號碼的版本", "Keep the version of that number") }
    public var keyConflictSelected: String { pick("保留反白的版本", "Keep the highlighted version") }
    public var footerKeepVersion: String { pick("保留", "keeps") }

    // MARK: Filter and legend

    public var filterCuratedLayer: String { pick("編者評點", "Curated layer") }
    public func readerCount(_ count: Int) -> String { pick("\(count) 則", "\(count)") }
    public var legendReadersTitle: String { pick("讀者（--with，唯讀；窗格中以字母標示）", "Readers (--with, read-only; their letter marks their notes in the pane)") }
    public var legendMarginAgreement: String {
        pick("左邊界：這行的句子有幾位讀者標記；綠色是所有讀者標成同一類", "Left margin: how many readers marked a sentence on this line; green: all marked it, as one kind")
    }
    public var legendMarginDisagreement: String {
        pick("紅色：讀者分歧（類別不同，或有人標有人沒標；\(key(.nextDisagreement)) 跳到下一處）",
             "Red: the readers disagree (different kinds, or some did not mark it; \(key(.nextDisagreement)) goes to the next)")
    }
}
