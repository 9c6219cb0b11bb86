@testable import PingdianApp
import PingdianCore
import PingdianTexts
import TerminalKit

/// A reader in each key mode (``KeyMode``), for the tests that drive every key through every mode.
enum KeyModeStates {
    /// Fifteen short paragraphs, the annotated fixture's three, a Latin word, fifteen more: room to
    /// scroll both ways around the annotations.
    static var text: String {
        let before = (1...15).map { "前文第\($0)段，短短一句。" }
        let after = (1...15).map { "後文第\($0)段，短短一句。" }
        let annotated = "他說甲是對的。可是他又說甲是錯的。這就自相矛盾。\n第二段沒有批註。\n最後他承認乙，卻否認乙的前提。\n引自 DeepSeek 的報告。"
        return (before + [annotated] + after).joined(separator: "\n")
    }

    /// The annotated fixture's layer and one note of the reader's, anchored on `document`.
    static func annotations(on document: TextDocument, shownOn shown: TextDocument? = nil) -> AnnotationSet {
        let layer = Fixtures.layerAnnotations(in: document)
        var note = Fixtures.annotation("note-1", "claim", "第二段", in: document, note: "我的批語")
        // Changed in two places: another version kept by a merge, for `M`.
        var other = note
        other.note = "另一台電腦上的批語"
        note.conflicts = [other]
        let taxonomy = Fixtures.taxonomy
        return AnnotationSet(layer: layer, readerNotes: [note], document: shown ?? document, taxonomy: taxonomy)
    }

    /// A reader on ``text`` with its annotations, a search (`n` finds 甲), the export formats and
    /// a jump to go back and forth, the cursor on the contradiction 甲是對的.
    static func reading(_ language: UILanguage = .english, keyMap: KeyMap = .standard,
                        size: TerminalSize = TerminalSize(columns: 100, rows: 30), changed: Bool = false) -> ReaderHarness {
        let original = TextDocument(title: "keys.txt", text: text)
        // The changed text: a paragraph added at the top, the note's words rewritten, two quotes changed by a
        // character (for the review: a lost entry, two approximate ones, shifts).
        let document = changed
            ? TextDocument(title: "keys.txt", text: "新加的一段。\n" + text.replacingOccurrences(of: "第二段沒有批註", with: "這一段改寫了")
                .replacingOccurrences(of: "否認乙的前提", with: "否認乙的前題").replacingOccurrences(of: "甲是錯的", with: "甲是錯滴"))
            : original
        var reader = ReaderHarness(document, size: size, language: language)
        reader.state = AppState(document: document, annotations: annotations(on: original, shownOn: document),
                                language: language, size: size, keyMap: keyMap)
        reader.state.searchEngine = SubstringSearch(scalars: document.scalars)
        reader.state.exportFormats = ExportFormat.allCases
        reader.state.lastSearch = "甲"
        reader.state.noteIDPrefix = "note-test"
        reader.state.dictionary = SmallDictionary()
        reader.state.sourceText = SourceText(document: TextDocument(title: "source.txt", text: SourceAttributionTests.sourceText),
                                             annotations: [])
        let target = reader.state.annotations.index!.annotation(withID: "c1")!.range!.lowerBound
        reader.state.restore(offset: target)
        reader.press("G<C-o>")
        return reader
    }

    /// The keys that bring ``reading(_:keyMap:size:changed:)`` into a mode, somewhere in the
    /// middle of its list (so that every move moves), with something to undo (so that every key
    /// does something).
    static func keys(to mode: KeyMode) -> String {
        switch mode {
        case .reading: return ""
        case .selection: return "vl"
        case .linking: return "r"
        case .help: return "?j"
        case .legend: return "Lj"
        case .card: return "i<Resize:100x8>j"
        case .filter: return "fjjx"
        case .outline: return "ojj"
        case .outlineQuery: return "o/甲"
        case .review: return "Rj"
        case .pickKind: return "ajj"
        case .editNote: return "a1甲乙丙<C-j>丁戊己<C-j>庚辛<Up><Left>"
        case .search: return "/甲"
        case .pickExport: return "Ej"
        case .source: return "@jj"
        case .sourceQuery: return "@jj/the"
        case .pickVerdict: return "@vw<CR>j"
        case .lookup: return "Kj"
        case .vocabulary: return "Kawawa<Esc>Wj"
        case .pickVersion: return "/第二段<CR>Mj"
        }
    }

    /// Readers in `mode`: one, or more where the mode behaves differently in different states
    /// (the outline with its list narrowed), each with a name.
    static func readers(in mode: KeyMode, _ language: UILanguage = .english, keyMap: KeyMap = .standard,
                        size: TerminalSize = TerminalSize(columns: 100, rows: 30)) -> [(name: String, reader: ReaderHarness)] {
        var reader = reading(language, keyMap: keyMap, size: size, changed: mode == .review)
        reader.press(keys(to: mode))
        var readers = [("\(mode)", reader)]
        if mode == .outline {
            var narrowed = self.reading(language, keyMap: keyMap, size: size)
            narrowed.press("o/甲<CR>j")
            readers.append(("outline narrowed", narrowed))
        }
        return readers
    }

    /// Keys of every kind: all printable ASCII, some CJK and full-width characters, a combining
    /// mark, every Ctrl letter, the function keys, arrows, paging and editing keys.
    static let universe: [Key] = {
        var keys: [Key] = (0x20...0x7E).map { .character(Unicode.Scalar($0)!) }
        keys += "甲。「，Ａ１！　é\u{301}".unicodeScalars.map { .character($0) }
        keys += "abcdefghijklmnopqrstuvwxyz".map { .control($0) }
        keys += (1...12).map { .function($0) }
        keys += [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .backspace, .tab, .backTab, .delete]
        keys += [.alt("b"), .alt("f"), .alt("x"), .alt("q"), .alt("\u{7F}")]
        return keys
    }()
}
