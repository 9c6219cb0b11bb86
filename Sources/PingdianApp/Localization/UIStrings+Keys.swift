/// The keys' help texts, the help screen's headings and the footer lines' labels. The keys
/// themselves are in the key maps (`Keys/`), which point here by key path.
extension UIStrings {
    // MARK: Reading

    public var keyLineDown: String { pick("下一行", "Next line") }
    public var keyLineUp: String { pick("上一行", "Previous line") }
    public var keyCharacterLeft: String { pick("前一字", "Previous character") }
    public var keyCharacterRight: String { pick("後一字", "Next character") }
    public var keyScrollDown: String { pick("畫面下捲一行", "Scroll the view down a line") }
    public var keyScrollUp: String { pick("畫面上捲一行", "Scroll the view up a line") }
    public var keyPageDown: String { pick("下一頁", "Next page") }
    public var keyPageUp: String { pick("上一頁", "Previous page") }
    public var keyHalfPageDown: String { pick("下半頁", "Half a page down") }
    public var keyHalfPageUp: String { pick("上半頁", "Half a page up") }
    public var keyNextParagraph: String { pick("下一段", "Next paragraph") }
    public var keyPreviousParagraph: String { pick("上一段", "Previous paragraph") }
    public var keyCountDigit: String {
        let (down, bottom, percent) = (key(.lineDown), key(.bottom), key(.percentOrOtherSide))
        return pick("次數：5\(down) 下移五行、12\(bottom) 到第 12 段、50\(percent) 到一半（0 只接在其他數字後）",
                    "A count: 5\(down) five lines down, 12\(bottom) paragraph 12, 50\(percent) half way (0 only after another digit)")
    }
    public var keyTop: String { pick("開頭（N \(key(.top))：第 N 段）", "Start of the text (N \(key(.top)): paragraph N)") }
    public var keyBottom: String { pick("結尾（N \(key(.bottom))：第 N 段）", "End of the text (N \(key(.bottom)): paragraph N)") }
    public var keyPercentOrOtherSide: String {
        pick("N\(key(.percentOrOtherSide))：跳到 N% 處；單按 \(key(.percentOrOtherSide))：跳到矛盾的另一方", "N\(key(.percentOrOtherSide)): go to N% of the text; \(key(.percentOrOtherSide)) alone: other side of a contradiction")
    }
    public var keyJumpBack: String { pick("跳回上一個位置", "Back to where the last jump started") }
    public var keyJumpForward: String { pick("再往前跳（Ctrl-I）", "Forward again (Ctrl-I)") }
    public var keySearch: String {
        pick("搜尋（繁簡、全半形、大小寫不分；\(key(.search))@ 搜尋批註；\(searchKey(.accept)) 確定，\(searchKey(.cancel)) 回原處）",
             "Search (Traditional/Simplified, full/half width and case folded; \(key(.search))@ searches annotations; "
                + "\(searchKey(.accept)) accepts, \(searchKey(.cancel)) goes back)")
    }
    public var keyNextMatch: String { pick("下一個相符處", "Next match") }
    public var keyPreviousMatch: String { pick("上一個相符處", "Previous match") }
    public var keyNextAnnotation: String { pick("下一個批註", "Next annotation") }
    public var keyPreviousAnnotation: String { pick("上一個批註", "Previous annotation") }
    public var keyNextContradiction: String { pick("下一個矛盾的一方（矛盾組：互相矛盾的兩段文字）", "Next side of a contradiction (a pair: passages that contradict each other)") }
    public var keyToggleSourceView: String {
        pick("窗格改顯示原文（--source 給的文本）中對應的段落；再按一次回到批註", "The pane shows the passage of the source text (--source) instead of the notes; again, back")
    }
    public var keyNextSource: String {
        pick("下一段核對過原文的轉述（原文與判定顯示在窗格）", "Next passage checked against its source (its words and verdict in the pane)")
    }
    public var keyPreviousSource: String { pick("上一段核對過原文的轉述", "Previous passage checked against its source") }
    public var keyPreviousContradiction: String { pick("上一個矛盾的一方", "Previous side of a contradiction") }
    public var keyToggleSelection: String { pick("開始選取；再按一次結束並保留給 \(key(.annotate))（\(key(.cancel)) 取消）", "Start a selection; again, end it and keep it for \(key(.annotate)) (\(key(.cancel)) cancels)") }
    public var keyWordForward: String {
        let (back, forward, backward) = (selectionKey(.wordBackward), selectionKey(.paragraphEndForward), selectionKey(.paragraphEndBackward))
        return pick("延伸到下一個詞（選取時 \(back) 回到上一個詞，\(forward) \(backward) 以段為單位）",
                    "To the end of the next word (while selecting: \(back) the previous one, \(forward) \(backward) by paragraph)")
    }
    public var keySentenceForward: String { pick("延伸到下一句", "To the end of the next sentence") }
    public var keySentenceBackward: String { pick("回到上一句", "To the end of the previous sentence") }
    public var keyAnnotate: String { pick("為選取的文字（或游標所在的句子）加批註", "Annotate the selection (or the sentence under the cursor)") }
    public var keyEditAnnotation: String { pick("修改游標所在批註的類別與批語", "Edit the kind and note of the annotation under the cursor") }
    public var keyDeleteAnnotation: String { pick("刪除游標所在的批註（\(key(.undo)) 可復原）", "Delete the annotation under the cursor (\(key(.undo)) undoes)") }
    public var keyReadAnnotation: String {
        pick("閱讀游標所在批註的全文：引文、批語與連結的段落，一字不略", "Read the annotation under the cursor in full: quote, note and linked passages, nothing cut")
    }
    public var keyCloseCard: String { pick("關閉批註全文", "Close the annotation") }
    public var keyUndo: String { pick("復原上一個改動", "Undo the last change") }
    public var keyLink: String {
        pick("連結：按一次選起點，到另一個批註再按一次，標為矛盾", "Link: \(key(.link)) on one annotation, \(key(.link)) on another marks them as contradicting")
    }
    public var keyReview: String { pick("檢查文本改動後移位或失落的批註", "Review annotations moved or lost after the text changed") }
    public var keyExport: String {
        pick("匯出批註（選擇格式，檔案存在批註檔旁）", "Export the annotations (choose a format; written next to the notes file)")
    }
    public var keyOutline: String { pick("大綱：所有批註一覽（\(outlineKey(.narrow)) 篩選，\(outlineKey(.jump)) 跳到該處）", "Outline of all annotations (\(outlineKey(.narrow)) narrows, \(outlineKey(.jump)) jumps)") }
    public var keyLegend: String { pick("圖例：各類修辭手法的樣式與數量", "Legend: each kind's style and count") }
    public var keyFilter: String { pick("篩選：顯示或隱藏某些類別", "Filter: show or hide kinds") }
    public var keyToggleHints: String { pick("顯示／隱藏線索提示（較淡的建議層）", "Show or hide cue hints (a fainter layer of suggestions)") }
    public var keyTogglePane: String { pick("顯示／隱藏批註欄", "Show or hide the annotation pane") }
    public var keyNarrowPane: String { pick("批註欄變窄", "Narrower annotation pane") }
    public var keyWidenPane: String { pick("批註欄變寬", "Wider annotation pane") }
    public var keyHelp: String { pick("說明（本畫面）", "Help (this screen)") }
    public var keyCancelCount: String { pick("取消正在輸入的次數", "Drop a count being typed") }
    public var keyRedraw: String { pick("重畫畫面", "Redraw the screen") }
    public var keySuspend: String { pick("暫停（回到殼層，fg 回來）", "Suspend (back to the shell; fg returns)") }
    public var keyQuit: String { pick("離開（記住閱讀位置）", "Quit (the reading position is kept)") }

    // MARK: Selecting and linking

    public var keySelectWordBackward: String { pick("回到上一個詞", "Back to the end of the previous word") }
    public var keySelectParagraphForward: String { pick("延伸到本段（或下一段）結尾", "To the end of this (or the next) paragraph") }
    public var keySelectParagraphBackward: String { pick("回到上一段結尾", "Back to the end of the previous paragraph") }
    public var keyCancelSelection: String { pick("取消選取", "Cancel the selection") }
    public var keyFinishLink: String {
        pick("在另一個批註上：標為互相矛盾（在同一個上：取消）", "On another annotation: mark the two as contradicting (on the same one: cancel)")
    }
    public var keyCancelLink: String { pick("取消連結", "Cancel the link") }

    // MARK: Lists and overlays

    public var keyListDown: String { pick("下移一行", "Down a row") }
    public var keyListCount: String {
        pick("次數：5j 下移五行、3G 到第 3 行（選擇畫面的數字則直接選取）", "A count: 5j five rows down, 3G row 3 (in the pickers a digit chooses)")
    }
    public var keyListUp: String { pick("上移一行", "Up a row") }
    public var keyListPageDown: String { pick("下一頁", "Down a page") }
    public var keyListPageUp: String { pick("上一頁", "Up a page") }
    public var keyListTop: String { pick("到最前", "To the top") }
    public var keyListBottom: String { pick("到最後", "To the bottom") }
    public var keyListClose: String { pick("關閉，回到閱讀（選擇畫面：取消）", "Close, back to reading (a picker: cancel)") }
    public var keyScrollEnter: String { pick("下移一行（同 j）", "Down a row (as j)") }
    public var keyCloseHelp: String { pick("關閉說明", "Close the help") }
    public var keyCloseLegend: String { pick("關閉圖例", "Close the legend") }
    public var keyFilterToggle: String { pick("顯示或隱藏所選的類別", "Show or hide the selected kind") }
    public var keyFilterShowAll: String { pick("全部顯示", "Show every kind") }
    public var keyFilterHideAll: String { pick("全部隱藏", "Hide every kind") }
    public var keyFilterOnlyMine: String { pick("只顯示我的批註（再按一次：全部）", "Show only your own notes (again: everyone's)") }
    public var keyCloseFilter: String { pick("關閉篩選", "Close the filter") }
    public var keyOutlineJump: String { pick("跳到所選的批註（Ctrl-O 跳回）", "Go to the selected annotation (Ctrl-O comes back)") }
    public var keyOutlineNarrow: String { pick("輸入文字篩選清單（引文、批語、類別）", "Type to narrow the list (quote, note, kind)") }
    public var keyOutlineEscape: String { pick("清除篩選；沒有篩選時關閉", "Clear the narrowing; without one, close") }
    public var keyCloseOutline: String { pick("關閉大綱", "Close the outline") }
    public var keyQueryDeleteBackward: String { pick("刪去最後一字（空了就結束輸入）", "Delete the last character (when empty, stop typing)") }
    public var keyQueryFinish: String { pick("結束輸入，保留篩選", "Stop typing, keep the narrowing") }
    public var keyEditorWordLeft: String { pick("游標左移一個詞", "Back a word") }
    public var keyEditorWordRight: String { pick("游標右移一個詞", "Forward a word") }
    public var keyEditorDeleteWord: String { pick("刪除游標前的一個詞", "Delete the word before the caret") }
    public var keyQuerySelectNext: String { pick("輸入時選下一則", "Select the next entry while typing") }
    public var keyQuerySelectPrevious: String { pick("輸入時選上一則", "Select the previous entry while typing") }
    public var keyQueryClear: String { pick("清除篩選", "Clear the narrowing") }
    public var keyReviewAccept: String { pick("接受新位置（自己的批註會存下）", "Accept the new place (your own note is saved there)") }
    public var keyReviewReattach: String {
        pick("為自己的批註重新選取文字（選好再按 \(key(.annotate))）", "Select new text for your own note (then press \(key(.annotate)))")
    }
    public var keyReviewAcceptShifts: String {
        pick("接受所有字句未變、只是移位的批註", "Accept every annotation found with the same words at another place")
    }
    public var footerAcceptShifts: String { pick("接受全部移位", "accepts all shifts") }
    public var keyReviewDelete: String { pick("刪除自己的批註（\(key(.undo)) 可復原）", "Delete your own note (\(key(.undo)) undoes)") }
    public var keyCloseReview: String { pick("關閉檢查", "Close the review") }
    public var keyPickKindNumber: String { pick("選擇這個號碼的類別（0 為第十個）", "The kind of that number (0 is the tenth)") }
    public var keyPickKindSelected: String { pick("選擇所選的類別", "The selected kind") }
    public var keyPickExportNumber: String { pick("以這個號碼的格式匯出", "Export in the format of that number") }
    public var keyPickExportSelected: String { pick("以所選的格式匯出", "Export in the selected format") }
    public var keyCloseExport: String { pick("關閉，不匯出", "Close without exporting") }

    // MARK: Typing

    public var keyEditorSave: String { pick("儲存批註", "Save the note") }
    public var keyEditorNewLine: String { pick("換行", "New line") }
    public var keyEditorTab: String { pick("插入定位字元", "Insert a tab") }
    public var keyEditorDeleteBackward: String { pick("刪去游標前的字", "Delete the character before the caret") }
    public var keyEditorDeleteForward: String { pick("刪去游標後的字", "Delete the character after the caret") }
    public var keyEditorLeft: String { pick("左移一字", "One character left") }
    public var keyEditorRight: String { pick("右移一字", "One character right") }
    public var keyEditorLineStart: String { pick("到行首", "To the start of the line") }
    public var keyEditorLineEnd: String { pick("到行尾", "To the end of the line") }
    public var keyEditorUp: String { pick("上一行", "Line above") }
    public var keyEditorDown: String { pick("下一行", "Line below") }
    public var keyEditorExternal: String { pick("交給外部編輯器修改", "Edit in the external editor ($VISUAL, $EDITOR)") }
    public var keyEditorCancel: String { pick("取消，不儲存", "Cancel without saving") }
    public var keySearchAccept: String { pick("確定，跳到相符處（Ctrl-O 跳回）", "Accept: go to the match (Ctrl-O comes back)") }
    public var keySearchDeleteBackward: String { pick("刪去最後一字（空了就關閉）", "Delete the last character (when empty, close)") }
    public var keySearchCancel: String { pick("回到搜尋開始的地方", "Back to where the search started") }

    // MARK: The help screen

    /// How the help screen names a group of reading's keys.
    public func groupTitle(_ group: KeyGroup) -> String {
        switch group {
        case .moving: return pick("移動", "Moving")
        case .jumping: return pick("跳轉", "Jumping")
        case .annotations: return pick("批註與矛盾", "Annotations and contradictions")
        case .searching: return pick("搜尋", "Searching")
        case .notes: return pick("選取與批註", "Selecting and annotating")
        case .views: return pick("檢視", "Views")
        case .screen: return pick("畫面", "Screen")
        case .choosing: return pick("選擇", "Choosing")
        case .editing: return pick("輸入", "Typing")
        }
    }

    /// The heading of a mode's section of the help screen.
    public func keySectionTitle(_ mode: KeyMode) -> String {
        switch mode {
        case .reading: return pick("閱讀", "Reading")
        case .selection: return pick("選取時（其他按鍵同閱讀）", "While selecting (other keys as in reading)")
        case .linking: return pick("連結時（其他按鍵同閱讀）", "While linking (other keys as in reading)")
        case .help: return pick("說明", "Help")
        case .legend: return pick("圖例", "Legend")
        case .card: return pick("批註全文", "An annotation in full")
        case .filter: return pick("篩選", "Filter")
        case .outline: return pick("大綱", "Outline")
        case .outlineQuery: return pick("大綱的篩選列（其他字元照打）", "The outline's narrowing line (other characters are typed)")
        case .review: return pick("檢查移位的批註", "Review")
        case .pickKind: return pick("選擇類別", "Choosing a kind")
        case .editNote: return pick("批語編輯（其他字元照打，輸入法亦可）", "Writing a note (other characters are typed, input methods too)")
        case .search: return pick("搜尋列（其他字元照打，輸入法亦可）", "The search line (other characters are typed, input methods too)")
        case .pickExport: return pick("匯出", "Export")
        case .source: return pick("原文中（@ 進入：游標在窗格的原文裡）", "In the source text (@: the cursor in the pane's source)")
        case .sourceQuery: return pick("原文的搜尋列（其他字元照打）", "The source's search line (other characters are typed)")
        case .pickVerdict: return pick("選擇判定（轉述對原文忠實與否）", "Choosing a verdict (how faithful the passage is to its source)")
        case .lookup: return pick("查字典（K）", "A word looked up (K)")
        case .vocabulary: return pick("生詞本（W）", "Your vocabulary (W)")
        case .pickVersion: return pick("選擇筆記的版本（M：兩處同時改過）", "Choosing a note's version (M: changed in two places)")
        }
    }

    /// The heading of the section of keys every list and scrolled overlay shares.
    public var listKeysTitle: String {
        pick("所有清單（說明、圖例、篩選、大綱、檢查、選擇類別與判定、匯出）", "Every list (help, legend, filter, outline, review, the pickers)")
    }

    // MARK: Footer lines

    /// Between the items of a footer line.
    public var footerSeparator: String { pick("　", " · ") }
    public var footerScroll: String { pick("捲動", "scroll") }
    public var footerSelect: String { pick("選擇", "select") }
    public var footerMove: String { pick("移動", "move") }
    public var footerClose: String { pick("關閉", "closes") }
    public var footerCancel: String { pick("取消", "cancels") }
    public var footerToggle: String { pick("切換", "toggles") }
    public var footerShowAll: String { pick("全部顯示", "shows all") }
    public var footerHideAll: String { pick("全部隱藏", "hides all") }
    public var footerOnlyMine: String { pick("只看我的", "only mine") }
    public var footerJump: String { pick("跳到該處", "jumps there") }
    public var footerNarrow: String { pick("篩選", "narrows") }
    public var footerFinish: String { pick("完成", "done") }
    public var footerClear: String { pick("清除", "clears") }
    public var footerAccept: String { pick("接受新位置", "accepts the new place") }
    public var footerReattach: String { pick("重新選取文字", "selects new text") }
    public var footerDelete: String { pick("刪除", "deletes") }
    public var footerChoose: String { pick("選擇", "chooses") }
    public var footerSave: String { pick("儲存", "saves") }
    public var footerNewLine: String { pick("換行", "new line") }
    public var footerExternalEditor: String { pick("用外部編輯器", "external editor") }
    public var footerAcceptSearch: String { pick("確定", "accepts") }
    public var footerGoBack: String { pick("回原處", "goes back") }
}
