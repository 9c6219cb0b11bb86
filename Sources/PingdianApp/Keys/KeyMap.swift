import PingdianCore
import TerminalKit

/// One entry of the key map: the keys, what they do, and how the help screen explains them.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let command: Command
    public let group: KeyGroup
    /// The help text, Traditional Chinese and English.
    public let help: (zh: String, en: String)

    /// The help text in the given language.
    public func help(in language: UILanguage) -> String {
        language == .traditionalChinese ? help.zh : help.en
    }
}

/// The reader's keys, as data: the same table decides what a key does and builds the help screen.
public struct KeyMap: Sendable {
    public let bindings: [KeyBinding]
    private let commandByKey: [Key: Command]

    public init(_ bindings: [KeyBinding]) {
        self.bindings = bindings
        var table: [Key: Command] = [:]
        for binding in bindings {
            for key in binding.keys where table[key] == nil { table[key] = binding.command }
        }
        self.commandByKey = table
    }

    /// The command a key runs in reading mode, if any.
    public func command(for key: Key) -> Command? { commandByKey[key] }

    /// The command a key runs while a selection is being made: `b` goes back by word there
    /// instead of by page, and `}` `{` extend by whole paragraphs; everything else is as in reading.
    public func selectionCommand(for key: Key) -> Command? {
        switch key {
        case .character("b"): return .wordBackward
        case .character("}"): return .paragraphEndForward
        case .character("{"): return .paragraphEndBackward
        default: return commandByKey[key]
        }
    }

    /// The reader's standard keys: vim and less conventions.
    public static let standard = KeyMap([
        bind([.character("j"), .down, .enter, .control("j"), .control("n")], .lineDown, .moving, "下一行", "Next line"),
        bind([.character("k"), .up, .control("p")], .lineUp, .moving, "上一行", "Previous line"),
        bind([.character("h"), .left], .characterLeft, .moving, "前一字", "Previous character"),
        bind([.character("l"), .right], .characterRight, .moving, "後一字", "Next character"),
        bind([.control("e")], .scrollDown, .moving, "畫面下捲一行", "Scroll the view down a line"),
        bind([.control("y")], .scrollUp, .moving, "畫面上捲一行", "Scroll the view up a line"),
        bind([.character(" "), .pageDown, .control("f")], .pageDown, .moving, "下一頁", "Next page"),
        bind([.character("b"), .pageUp, .control("b")], .pageUp, .moving, "上一頁", "Previous page"),
        bind([.control("d")], .halfPageDown, .moving, "下半頁", "Half a page down"),
        bind([.control("u")], .halfPageUp, .moving, "上半頁", "Half a page up"),
        bind([.character("}")], .nextParagraph, .moving, "下一段", "Next paragraph"),
        bind([.character("{")], .previousParagraph, .moving, "上一段", "Previous paragraph"),
        bind([.character("g"), .home], .top, .jumping, "開頭（N g：第 N 段）", "Start of the text (N g: paragraph N)"),
        bind([.character("G"), .end], .bottom, .jumping, "結尾（N G：第 N 段）", "End of the text (N G: paragraph N)"),
        bind([.character("%")], .percentOrOtherSide, .jumping,
             "N%：跳到 N% 處；單按 %：跳到矛盾的另一方", "N%: go to N% of the text; % alone: other side of a contradiction"),
        bind([.control("o")], .jumpBack, .jumping, "跳回上一個位置", "Back to where the last jump started"),
        bind([.tab], .jumpForward, .jumping, "再往前跳（Ctrl-I）", "Forward again (Ctrl-I)"),
        bind([.character("/")], .search, .searching,
             "搜尋（繁簡、全半形、大小寫不分；/@ 搜尋批註；Enter 確定，Esc 回原處）",
             "Search (Traditional/Simplified, full/half width and case folded; /@ searches annotations; Enter accepts, Esc goes back)"),
        bind([.character("n")], .nextMatch, .searching, "下一個相符處", "Next match"),
        bind([.character("N")], .previousMatch, .searching, "上一個相符處", "Previous match"),
        bind([.character("]")], .nextAnnotation, .annotations, "下一個批註", "Next annotation"),
        bind([.character("[")], .previousAnnotation, .annotations, "上一個批註", "Previous annotation"),
        bind([.character("x")], .nextContradiction, .annotations, "下一個矛盾", "Next contradiction"),
        bind([.character("X")], .previousContradiction, .annotations, "上一個矛盾", "Previous contradiction"),
        bind([.character("v")], .toggleSelection, .notes, "開始／結束選取（Esc 取消）", "Start or end a selection (Esc cancels)"),
        bind([.character("w")], .wordForward, .notes, "延伸到下一個詞（選取時 b 回到上一個詞，} { 以段為單位）", "To the end of the next word (while selecting: b the previous one, } { by paragraph)"),
        bind([.character(")")], .sentenceForward, .notes, "延伸到下一句", "To the end of the next sentence"),
        bind([.character("(")], .sentenceBackward, .notes, "回到上一句", "To the end of the previous sentence"),
        bind([.character("a")], .annotate, .notes, "為選取的文字（或游標所在的句子）加批註", "Annotate the selection (or the sentence under the cursor)"),
        bind([.character("e")], .editAnnotation, .notes, "修改游標所在批註的類別與批語", "Edit the kind and note of the annotation under the cursor"),
        bind([.character("d")], .deleteAnnotation, .notes, "刪除游標所在的批註（u 可復原）", "Delete the annotation under the cursor (u undoes)"),
        bind([.character("u")], .undo, .notes, "復原上一個改動", "Undo the last change"),
        bind([.character("r")], .link, .notes, "連結：按一次選起點，到另一個批註再按一次，標為矛盾", "Link: r on one annotation, r on another marks them as contradicting"),
        bind([.character("R")], .review, .notes, "檢查文本改動後移位或失落的批註", "Review annotations moved or lost after the text changed"),
        bind([.character("E")], .export, .views, "匯出批註（選擇格式，檔案存在批註檔旁）", "Export the annotations (choose a format; written next to the notes file)"),
        bind([.character("o")], .outline, .views, "大綱：所有批註一覽（/ 篩選，Enter 跳到該處）", "Outline of all annotations (/ narrows, Enter jumps)"),
        bind([.character("L")], .legend, .views, "圖例：各類修辭手法的樣式與數量", "Legend: each kind's style and count"),
        bind([.character("f")], .filter, .views, "篩選：顯示或隱藏某些類別", "Filter: show or hide kinds"),
        bind([.character("H")], .toggleHints, .views, "顯示／隱藏線索提示（較淡的建議層）", "Show or hide cue hints (a fainter layer of suggestions)"),
        bind([.character("t")], .togglePane, .screen, "顯示／隱藏批註欄", "Show or hide the annotation pane"),
        bind([.character("<")], .narrowPane, .screen, "批註欄變窄", "Narrower annotation pane"),
        bind([.character(">")], .widenPane, .screen, "批註欄變寬", "Wider annotation pane"),
        bind([.character("?"), .function(1)], .help, .screen, "說明（本畫面）", "Help (this screen)"),
        bind([.control("l")], .redraw, .screen, "重畫畫面", "Redraw the screen"),
        bind([.control("z")], .suspend, .screen, "暫停（回到殼層，fg 回來）", "Suspend (back to the shell; fg returns)"),
        bind([.character("q"), .control("c")], .quit, .screen, "離開（記住閱讀位置）", "Quit (the reading position is kept)"),
    ])

    private static func bind(_ keys: [Key], _ command: Command, _ group: KeyGroup, _ zh: String, _ en: String) -> KeyBinding {
        KeyBinding(keys: keys, command: command, group: group, help: (zh, en))
    }
}
