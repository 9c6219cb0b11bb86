@testable import PingdianApp
import DictionaryFormat
import PingdianCore
import TerminalKit
import Testing

/// A small dictionary for the reader's tests: a few entries of the fixture's words.
struct SmallDictionary: WordDictionary {
    static let index: DictionaryIndex = DictionaryIndex(bytes: DictionaryIndex.build([
        DictionaryEntry(traditional: "出口", simplified: "出口", pinyin: "chu1 kou3", glosses: ["an exit", "to export"]),
        DictionaryEntry(traditional: "出口管", simplified: "出口管", pinyin: "chu1 kou3 guan3", glosses: ["a made-up pipe"]),
        DictionaryEntry(traditional: "管制", simplified: "管制", pinyin: "guan3 zhi4", glosses: ["to control"]),
        DictionaryEntry(traditional: "檄文", simplified: "檄文", pinyin: "xi2 wen2", glosses: ["official call to arms"]),
        DictionaryEntry(traditional: "強化", simplified: "强化", pinyin: "qiang2 hua4", glosses: ["to strengthen"]),
        DictionaryEntry(traditional: "學習", simplified: "学习", pinyin: "xue2 xi2", glosses: ["to learn"]),
        // A long entry, longer than the pane: for scrolling.
        DictionaryEntry(traditional: "甲", simplified: "甲", pinyin: "jia3", glosses: (1...40).map { "sense \($0)" }),
    ]))!

    func lookUp(_ scalars: [Unicode.Scalar], at offset: Int, word: Range<Int>) -> DictionaryLookup {
        Self.index.lookUp(scalars, at: offset, word: word)
    }

    func lookUp(phrase: String) -> DictionaryLookup { Self.index.lookUp(phrase: phrase) }

    func wordBoundaries(_ scalars: ArraySlice<Unicode.Scalar>, icu: [Int]) -> [Int] { Self.index.wordBoundaries(scalars, icu: icu) }
}

/// `K`: the word at the cursor or the selection looked up, its entries in the pane, `w` `b` to
/// the next and previous word (issue 16).
@Suite("Looking a word up")
struct LookupTests {
    static func reader(_ text: String = "這是一篇檄文，談出口管制與強化學習。", language: UILanguage = .english,
                       size: TerminalSize = TerminalSize(columns: 100, rows: 30)) -> ReaderHarness {
        var reader = ReaderHarness(TextDocument(title: "t.txt", text: text), size: size, language: language)
        _ = reader.state.update(.textOpened(OpenedText(document: reader.state.document, annotations: AnnotationSet(),
                                                      dictionary: SmallDictionary())))
        return reader
    }

    static func pane(_ reader: ReaderHarness) -> [String] { reader.state.frame.pane.map { $0.map(\.text).joined() } }

    @Test("K on 檄文: the headword, xí wén and ㄒㄧˊ ㄨㄣˊ, the gloss; the word drawn selected; Esc closes")
    func lookUp() {
        var reader = Self.reader()
        reader.press("4lK")
        let pane = Self.pane(reader)
        #expect(pane.first == "Dictionary · 檄文", "\(pane)")
        #expect(pane.contains("xí wén  ㄒㄧˊ ㄨㄣˊ"), "the English interface: pinyin first")
        #expect(pane.contains("1. official call to arms"))
        #expect(reader.statusLine.contains("DICTIONARY"), "\(reader.statusLine)")
        guard case .lookup(let lookup) = reader.state.mode else {
            Issue.record("not looking up")
            return
        }
        #expect(reader.state.document.text(in: lookup.range) == "檄文")
        reader.press("<Esc>")
        #expect(reader.state.mode == .reading)
    }

    @Test("The longest headword first, then the shorter; w looks up the next word, b the previous")
    func walk() {
        var reader = Self.reader()
        reader.press("8lK")
        #expect(Self.pane(reader).first == "Dictionary · 出口管")
        #expect(Self.pane(reader).contains("出口"), "the shorter headword too")
        reader.press("w")
        #expect(Self.pane(reader).first == "Dictionary · 制", "\(Self.pane(reader))")
        reader.press("w")
        #expect(Self.pane(reader).first?.hasPrefix("Dictionary · ") == true)
        reader.press("bb")
        #expect(Self.pane(reader).first == "Dictionary · 出口管", "\(Self.pane(reader))")
    }

    @Test("K on a selection that is not a headword: its parts; in Chinese the reading starts with 注音")
    func selection() {
        var reader = Self.reader(language: .traditionalChinese)
        reader.press("13lvlllK")
        let pane = Self.pane(reader)
        #expect(pane.first == "字典 · 強化學習", "\(pane)")
        #expect(pane.contains("「強化學習」不是詞條；分開來查"))
        #expect(pane.contains("ㄑㄧㄤˊ ㄏㄨㄚˋ  qiáng huà"))
        #expect(pane.contains("ㄒㄩㄝˊ ㄒㄧˊ  xué xí"))
    }

    @Test("A word not in the dictionary says so and shows its characters; without a dictionary K says so")
    func notFound() {
        var reader = Self.reader()
        reader.press("K")
        #expect(Self.pane(reader).contains { $0.contains("is not in the dictionary") }, "\(Self.pane(reader))")
        var none = ReaderHarness.annotated()
        none.press("K")
        #expect(none.statusLine.contains("No dictionary here"))
    }

    @Test("A double click on a word looks it up; another double click, another word")
    func doubleClick() throws {
        var reader = Self.reader()
        let region = reader.state.regions.text
        func cell(of offset: Int) throws -> Int {
            try #require((region.x..<region.maxX).first { reader.state.offset(atColumn: $0, row: region.y) == offset })
        }
        _ = reader.state.update(.mouse(MouseEvent(kind: .doubleClick, column: try cell(of: 4), row: region.y)))
        #expect(Self.pane(reader).first == "Dictionary · 檄文", "\(Self.pane(reader))")
        _ = reader.state.update(.mouse(MouseEvent(kind: .doubleClick, column: try cell(of: 13), row: region.y)))
        #expect(Self.pane(reader).first == "Dictionary · 強化")
        // A single click while a word is looked up changes nothing.
        _ = reader.state.update(.mouse(MouseEvent(kind: .click, column: try cell(of: 4), row: region.y)))
        #expect(Self.pane(reader).first == "Dictionary · 強化")
    }

    @Test("a saves the word looked up; U underlines every occurrence of the saved words, and no longer")
    func underline() throws {
        var reader = Self.reader("出口管制，說是出口就出口。")
        reader.press("Ka")
        #expect(reader.statusLine.contains("Saved “出口管” — 1 in your vocabulary"), "\(reader.statusLine)")
        #expect(reader.effects.contains { if case .changeWord(.saveWord(let entry)) = $0 { entry.word == "出口管" } else { false } })
        reader.press("<Esc>vlKa<Esc>")
        #expect(reader.state.vocabulary.map(\.word) == ["出口管", "出口"], "\(reader.state.vocabulary.map(\.word))")
        reader.press("U")
        #expect(reader.statusLine.contains("The 2 words of your vocabulary underlined"))
        // 出口 three times (once inside 出口管), 出口管 once.
        #expect(reader.state.frame.vocabularyMatches.count == 4, "\(reader.state.frame.vocabularyMatches)")
        let region = reader.state.regions.text
        let grid = reader.grid
        let underlined = (region.x..<region.maxX).filter { grid[$0, region.y].style.attributes.contains(.underline) }
        #expect(underlined.count >= 2 * 5, "出口 ×3 and 出口管 drawn underlined: \(underlined.count) cells")
        reader.press("U")
        #expect(reader.state.frame.vocabularyMatches.isEmpty)
    }
}
