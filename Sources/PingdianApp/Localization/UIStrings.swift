import PingdianCore
import TerminalKit

/// Every piece of interface text of the reader, in one language: the one table of its strings
/// (English and Traditional Chinese). Split by area: messages and titles here, the keys' help
/// and the footers in `UIStrings+Keys.swift`, words of the views in `UIStrings+Views.swift`.
public struct UIStrings: Sendable {
    public let language: UILanguage
    /// The keys the messages and help texts name ("u undoes"): taken from the map, so that a
    /// message never names a key that does something else.
    public let keys: KeyMap

    /// The strings of the given language, naming the keys of `keys`.
    public init(_ language: UILanguage, keys: KeyMap = .standard) {
        self.language = language
        self.keys = keys
    }

    func pick(_ chinese: String, _ english: String) -> String {
        language == .traditionalChinese ? chinese : english
    }

    /// The name of the first key that runs `command` while reading (`u` for undo).
    func key(_ command: Command) -> String { name(keys.reading.keys(for: command)) }
    /// The name of the first key that runs `command` while selecting.
    func selectionKey(_ command: Command) -> String { name(keys.selection.keys(for: command)) }
    /// The name of the first key that runs `command` in the note editor.
    func editorKey(_ command: EditorCommand) -> String { name(keys.editNote.keys(for: command)) }
    /// The name of the first key that runs `command` in the search prompt.
    func searchKey(_ command: SearchPromptCommand) -> String { name(keys.search.keys(for: command)) }
    /// The name of the first key that runs `command` in the review.
    func reviewKey(_ command: ReviewCommand) -> String { name(keys.review.keys(for: command)) }
    /// The name of the first key that runs `command` in the outline.
    func outlineKey(_ command: OutlineCommand) -> String { name(keys.outline.keys(for: command)) }

    private func name(_ keys: [Key]) -> String { keys.first?.displayName ?? "?" }

    public var helpHint: String { pick("\(key(.help)) 說明", "\(key(.help)) help") }
    public var helpTitle: String { pick("評點　按鍵說明", "pingdian — keys") }
    public var emptyText: String { pick("（這個文本是空的）", "(this text is empty)") }
    public var nothingInAnEmptyText: String {
        pick("文本是空的：沒有可移動、搜尋、批註或匯出的內容", "The text is empty: nothing to move through, search, annotate or export")
    }
    public var paneTitle: String { pick("批註", "Notes") }
    /// The pane title's counts: every placed annotation, and how many of them are the reader's.
    public func paneCount(all: Int, mine: Int) -> String {
        mine == 0 ? "\(all)" : pick("\(all)（我的 \(mine)）", "\(all) (\(mine) mine)")
    }
    public var noAnnotationsOnScreen: String { pick("此頁沒有批註", "No annotations on this screen") }
    public var noAnnotationsAtAll: String { pick("這個文本沒有批註層", "This text has no annotation layer") }
    public var linkedTo: String { pick("對應", "Linked") }
    public var contradictsLabel: String { pick("矛盾於", "Contradicts") }
    public var orphaned: String { pick("（原文已找不到）", "(text no longer found)") }
    public var noMoreAnnotations: String { pick("後面沒有批註了", "No more annotations") }
    public var noEarlierAnnotations: String { pick("前面沒有批註了", "No earlier annotations") }
    public var noMoreContradictions: String { pick("後面沒有矛盾了", "No more contradictions") }
    public var noEarlierContradictions: String { pick("前面沒有矛盾了", "No earlier contradictions") }
    public var noOtherSide: String { pick("游標不在矛盾的一方上", "The cursor is not on a side of a contradiction") }
    public var jumpListEmpty: String { pick("沒有可以跳回的位置", "Nothing to jump back to") }
    public var jumpListEnd: String { pick("沒有更新的跳轉位置", "No newer jump") }
    public var topOfText: String { pick("已在開頭", "At the start") }
    public var endOfText: String { pick("已在結尾", "At the end") }
    public var unknownKey: String { pick("這個鍵沒有作用（按 \(key(.help)) 看說明）", "That key does nothing (press \(key(.help)) for help)") }
    /// A key an overlay does not bind (its footer line says which keys it has).
    public var keyNotBoundHere: String { pick("這個鍵在這裡沒有作用", "That key does nothing here") }

    public var legendTitle: String { pick("圖例", "Legend") }
    public var filterTitle: String { pick("篩選：要顯示哪些類別", "Filter: which kinds to show") }
    /// The filter's row for the reader's own notes: "[x] only my notes (3)".
    public func onlyMyNotes(_ count: Int) -> String { pick("只顯示我的批註（\(count)）", "Only my notes (\(count))") }
    public var filterOn: String { pick("篩選中", "filtered") }
    public var hintsOn: String { pick("提示", "hints") }
    /// The status line while the whole text's cue hints are still being counted.
    public var hintsCounting: String { pick("提示（計算中…）", "hints (counting…)") }
    /// The status line with the number of cue hints in the whole text.
    public func hintsCounted(_ count: Int) -> String { pick("提示 \(count)", "hints \(count)") }
    public var hintLabel: String { pick("線索提示", "cue hint") }
    public var noHints: String { pick("沒有線索提示", "No cue hints for this text") }
    public var outlineTitle: String { pick("大綱", "Outline") }
    public var outlineEmpty: String { pick("沒有符合的批註", "No matching annotations") }
    public var orphanShort: String { pick("失落", "lost") }

    /// The last row of a card cut in the pane.
    public var readInFullHint: String { pick("\(key(.readAnnotation)) 讀全文", "\(key(.readAnnotation)) reads it in full") }
    public var noteReattached: String { pick("批註已接到新的文字上", "Note attached to the new text") }
    public var noAnnotationHere: String { pick("游標下沒有批註", "No annotation under the cursor") }
    public var curatedReadOnly: String {
        pick("這是選編的批註，不能修改；按 \(key(.annotate)) 在此加上自己的批註", "Curated annotations are read-only; press \(key(.annotate)) to add your own here")
    }
    public var noteDeleted: String { pick("批註已刪除（\(key(.undo)) 復原）", "Note deleted (\(key(.undo)) undoes)") }
    public var noteSaved: String { pick("批註已儲存", "Note saved") }
    public var noteNotSaved: String { pick("批註沒有儲存", "Note not saved") }
    public var selectingLine: String { pick("選取中 — \(key(.annotate)) 批註　\(key(.toggleSelection)) 結束並保留　\(key(.cancel)) 取消", "SELECT — \(key(.annotate)) annotates · \(key(.toggleSelection)) ends and keeps it · \(key(.cancel)) cancels") }
    public var selectionKeptLine: String { pick("已保留選取 — \(key(.annotate)) 批註　\(key(.cancel)) 放下", "Selection kept — \(key(.annotate)) annotates it · \(key(.cancel)) lets it go") }
    public var linkingLine: String { pick("連結中 — 到另一個批註按 \(key(.link)) 連成矛盾　\(key(.cancel)) 取消", "LINK — \(key(.link)) on another annotation links them · \(key(.cancel)) cancels") }
    public var noteUnchanged: String { pick("批註未改動", "Note unchanged") }
    public var pasteIgnored: String {
        pick("這裡不能貼上：貼上只進入批註、搜尋或大綱的篩選", "Nothing to paste into here: a paste goes into a note, a search or the outline's query")
    }
    public var noteDiscarded: String { pick("已捨棄這則批註的改動", "The note's changes were discarded") }
    public var discardNoteQuestion: String {
        pick("捨棄這則批註？再按 \(editorKey(.cancel)) 捨棄，按其他鍵繼續寫", "Discard the note? \(editorKey(.cancel)) again discards it; any other key goes on writing")
    }
    public var nothingToUndo: String { pick("沒有可以復原的改動", "Nothing to undo") }
    public var undone: String { pick("已復原", "Undone") }
    /// The review's folded line: how many annotations only moved, and the key that accepts them.
    public func reviewShiftsLine(_ count: Int) -> String {
        pick("另有 \(count) 則字句未變、只是移位 — 按 \(reviewKey(.acceptShifts)) 全部接受",
             "and \(count) found with the same words at another place — \(reviewKey(.acceptShifts)) accepts them all")
    }
    /// After `A` in the review.
    public func shiftsAccepted(_ count: Int, mine: Int) -> String {
        mine == 0 ? pick("已接受 \(count) 則移位的批註", "Accepted \(count) shifted annotations")
            : pick("已接受 \(count) 則移位的批註（其中 \(mine) 則是我的，已儲存）", "Accepted \(count) shifted annotations (\(mine) of yours, saved)")
    }
    /// `A` with no shifts left.
    public var noShifts: String { pick("沒有只是移位的批註", "No annotation only shifted") }
    /// After accepting a curated annotation's new place.
    public var curatedMoveAccepted: String {
        pick("已接受新位置（選編的批註本次閱讀中顯示在此）", "Accepted the new place (the curated annotation is shown there this session)")
    }
    public var nothingToReview: String { pick("所有批註都在原處", "Every annotation is where it was") }
    public var linkStarted: String {
        pick("連結起點已選：到另一個批註再按 \(key(.link))（\(key(.cancel)) 取消）", "Linking: go to another annotation and press \(key(.link)) (\(key(.cancel)) cancels)")
    }
    public var linkCancelled: String { pick("連結已取消", "Link cancelled") }
    public var linkNeedsOwnNote: String {
        pick("連結須至少有一方是自己的批註", "A link needs at least one of your own notes")
    }
    public var alreadyLinked: String { pick("這兩個批註已經連結", "These two are already linked") }
    public var linked: String { pick("已標為互相矛盾", "Linked as contradicting each other") }
    public var readerNoteLabel: String { pick("✎ 我的批註", "✎ My note") }
    public var pickerTitle: String { pick("這段文字是哪一種修辭手法？", "Which move is this?") }
    public var editorTitle: String { pick("批語", "Note") }
    public var reviewTitle: String { pick("檢查：文本改動後移位或失落的批註", "Review: annotations moved or lost since the text changed") }
    public var reattachPrompt: String {
        pick("選取新的文字（\(key(.toggleSelection))…），再按 \(key(.annotate)) 把批註接上去", "Select the new text (\(key(.toggleSelection))…) and press \(key(.annotate)) to attach the note")
    }
    public var editorUnavailable: String { pick("外部編輯器沒有成功結束，批語未改", "The external editor failed; the note is unchanged") }

    public var exportTitle: String { pick("匯出批註：選擇格式", "Export the annotations: choose a format") }
    public var exportUnavailable: String { pick("這裡不能匯出", "Export is not available here") }
    public var searchUnavailable: String { pick("這裡不能搜尋", "Search is not available here") }

    /// Where an export was written.
    public func exported(_ path: String) -> String { pick("已匯出到 \(path)", "Exported to \(path)") }
    /// An export written over this text's own previous one.
    public func exportedReplacing(_ path: String) -> String {
        pick("已匯出到 \(path)（取代這個文本先前的匯出）", "Exported to \(path) (replaced this text's previous export)")
    }


    public var noSearchYet: String { pick("還沒有搜尋過（按 \(key(.search)) 搜尋）", "No search yet (press \(key(.search)) to search)") }
    public var searchWrappedToTop: String { pick("已到結尾，從開頭繼續", "Search hit the end, continuing at the top") }
    public var searchWrappedToBottom: String { pick("已到開頭，從結尾繼續", "Search hit the top, continuing at the end") }

    /// The search found nothing.
    public func notFound(_ query: String) -> String { pick("找不到：\(query)", "Not found: \(query)") }

    /// "match 3/17" (the total still being counted: "match 3/…").
    public func matchCounter(_ index: Int?, of total: Int?) -> String {
        let number = index.map(String.init) ?? "?"
        let all = total.map(String.init) ?? "…"
        return pick("第 \(number)/\(all) 處", "match \(number)/\(all)")
    }

    /// Why a note was not written to the file.
    public func notesNotSaved(_ reason: String) -> String {
        pick("批註未寫入檔案：\(reason)", "note not saved to the file: \(reason)")
    }

    /// "moved (92%)" in the review.
    public func moved(score: Double?) -> String {
        let percent = score.map { " \(Int(($0 * 100).rounded()))%" } ?? ""
        return pick("移位\(percent)", "moved\(percent)")
    }

    /// "2 moved, 1 orphaned" after the text changed.
    public func reanchorSummary(moved: Int, orphaned: Int) -> String {
        pick("文本已改動：\(moved) 則批註移位，\(orphaned) 則失落（按 \(key(.review)) 檢查）",
             "The text changed: \(moved) moved, \(orphaned) orphaned (\(key(.review)) reviews)")
    }

    /// "3 of 99" in the outline's title.
    public func outlineCount(_ shown: Int, of total: Int) -> String {
        pick("\(shown)／\(total) 則", "\(shown) of \(total)")
    }

    /// "paragraph 3/45".
    public func paragraph(_ number: Int, of total: Int) -> String {
        pick("第 \(number)/\(total) 段", "¶ \(number)/\(total)")
    }

    /// The paragraph number while a large text's lines are still being counted.
    public func paragraphCounting(_ number: Int) -> String {
        pick("第 \(number) 段（段數計算中…）", "¶ \(number)/… (counting…)")
    }

    /// The warning shown when invalid UTF-8 was replaced.
    public func invalidUTF8(_ count: Int) -> String {
        pick("警告：\(count) 處無效的 UTF-8 以 � 顯示", "warning: \(count) invalid UTF-8 sequence(s) shown as �")
    }

    /// Why the reading position was not saved, after the reader closed.
    public func positionWasNotSaved(_ reason: String) -> String {
        pick("閱讀位置沒有儲存：\(reason)", "the reading position was not saved: \(reason)")
    }

    /// Why the reading position will not be saved this time.
    public func positionNotSaved(_ reason: String) -> String {
        pick("這次不會儲存閱讀位置：\(reason)", "the reading position will not be saved: \(reason)")
    }

    /// Why a layer found next to the text is not shown.
    public func layerNotShown(_ reason: String) -> String {
        pick("批註層未顯示：\(reason)", "layer not shown: \(reason)")
    }

    /// "contradiction pair 3/20 · side 1/2": which pair of contradicting passages, and which side of it.
    public func contradictionCounter(pair: Int, of pairs: Int, side: Int, of sides: Int) -> String {
        pick("矛盾第 \(pair)/\(pairs) 組 · 第 \(side)/\(sides) 方", "contradiction pair \(pair)/\(pairs) · side \(side)/\(sides)")
    }

    public var noSourceText: String { pick("沒有原文：以 --source FILE 開啟一份", "No source text: open one with --source FILE") }
    /// The pane's title while it shows the source text.
    public func sourcePaneTitle(_ title: String) -> String { pick("原文 · \(title)", "Source · \(title)") }
    public var sourceNotFound: String {
        pick("這段轉述的原文字句在原文中找不到", "The source's words of this passage are not in the source text")
    }
    public var noSourceHere: String { pick("游標下的段落沒有原文可對照（s 到下一段）", "No source for the passage under the cursor (s goes to the next)") }
    public var noMoreSources: String { pick("後面沒有核對過原文的轉述了", "No more passages checked against a source") }
    public var noEarlierSources: String { pick("前面沒有核對過原文的轉述了", "No earlier passages checked against a source") }
    /// "source 3/17 · selective".
    public func sourceCounter(_ number: Int, of total: Int, verdict: String) -> String {
        pick("原文核對 \(number)/\(total) · \(verdict)", "source \(number)/\(total) · \(verdict)")
    }

    /// `x` while a filter hides the contradictions.
    public var contradictionsHidden: String {
        pick("矛盾被篩選隱藏了（\(key(.filter)) 可顯示）", "Contradictions are hidden by the filter (\(key(.filter)) shows them)")
    }

    /// What a contradiction pair is, for the legend.
    public var contradictionPairExplained: String {
        pick("矛盾組：互相矛盾、以連結相連的兩段（或更多段）文字，每段是一方；x 與 X 逐方前後移動，% 跳到同組的另一方。",
             "A contradiction pair: two (or more) passages linked as contradicting each other, each one a side; x and X walk the sides, % goes to the other side of the pair.")
    }

    /// "annotation 2 of 60".
    public func annotationCounter(_ number: Int, of total: Int) -> String {
        pick("批註 \(number)/\(total)", "annotation \(number)/\(total)")
    }

    /// Why an export cannot be written yet.
    public var textStillBeingRead: String {
        pick("文本仍在讀取中", "the text is still being read")
    }
}
