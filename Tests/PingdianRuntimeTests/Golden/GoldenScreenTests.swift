import Foundation
import PingdianApp
import PingdianCore
import PingdianRuntime
import TerminalKit
import Testing

/// Whole screens, text and style, of every mode of the reader at 100×30 and 60×20, compared with
/// the files in Tests/Golden (format: GoldenScreen.swift; how to update: Docs/testing.md).
@Suite("Golden screens")
struct GoldenScreenTests {
    /// One screen: how to get there from the reader's start on the bundled essay.
    struct Case: Sendable, CustomTestStringConvertible {
        /// The mode's part of the file name: `<mode>-<columns>x<rows>`.
        let mode: String
        /// The keys, in vim's notation, pressed from the start of the essay.
        let keys: String
        var language: UILanguage = .english
        var opening: Opening = .essay
        var size: TerminalSize = TerminalSize(columns: 100, rows: 30)

        /// What the reader opens.
        enum Opening: Sendable {
            /// The bundled essay and its curated layer.
            case essay
            /// The same, with the reader's notes written on an earlier version of the essay.
            case essayChangedSinceNotes
            /// The essay with a source text (`--source`): ``GoldenScreenTests/sourceText``.
            case essayWithSource
        }

        var name: String { "\(mode)-\(size.columns)x\(size.rows)" }
        var testDescription: String { name }

        /// What the header of the golden file says about the screen.
        var header: String {
            let language = self.language == .traditionalChinese ? "繁體中文 interface" : "English interface"
            let opened = switch opening {
            case .essay: ""
            case .essayChangedSinceNotes: ", the reader's notes written on an earlier version of the essay"
            case .essayWithSource: ", --source on-deepseek.txt (a short excerpt the test writes)"
            }
            return "\(size.columns)×\(size.rows), \(language)\(opened), keys \"\(keys)\""
        }

        func at(_ size: TerminalSize) -> Case {
            var copy = self
            copy.size = size
            return copy
        }
    }

    /// The source text of ``Case/Opening/essayWithSource``: a few sentences of Amodei's essay
    /// around the words of two checked passages, as a reader might save them.
    static let sourceText = """
        Export Controls

        Some context before the passage. DeepSeek also does not show that China can always obtain the chips it needs via smuggling, or that the controls always have loopholes. I don't believe the export controls were ever designed to prevent China from getting a few tens of thousands of chips. And some after.
        """

    /// A note typed in the editor: Chinese with full-width punctuation, as an IME sends it.
    static let typedNote = "反諷：口稱「全人類」，卻只給自己人？"

    /// The modes, each shown at both sizes.
    static let modes: [Case] = [
        Case(mode: "reading-start", keys: ""),
        Case(mode: "reading-x", keys: "x"),
        Case(mode: "reading-selection", keys: "}}vw))"),
        Case(mode: "reading-link", keys: "xr"),
        Case(mode: "help", keys: "?"),
        Case(mode: "help-scrolled", keys: "?<Space>"),
        Case(mode: "legend", keys: "L"),
        Case(mode: "card", keys: "xi"),
        Case(mode: "filter", keys: "fjj<Space>j"),
        Case(mode: "outline", keys: "o"),
        Case(mode: "outline-query", keys: "o/晶片"),
        Case(mode: "kind-picker", keys: "}}vw))a"),
        Case(mode: "note-editor", keys: "}}vw))a7" + typedNote),
        Case(mode: "note-saved", keys: "}}vw))a7" + typedNote + "<CR>"),
        Case(mode: "review", keys: "R", opening: .essayChangedSinceNotes),
        Case(mode: "export", keys: "E"),
        Case(mode: "source", keys: "s@", opening: .essayWithSource),
        Case(mode: "verdict-picker", keys: "s@/I don't<CR>v)<CR>", opening: .essayWithSource),
        Case(mode: "search-prompt", keys: "/晶片"),
        Case(mode: "search-matches", keys: "/晶片<CR>n"),
        Case(mode: "hints", keys: "H"),
        Case(mode: "zh-reading-x", keys: "x", language: .traditionalChinese),
        Case(mode: "zh-help", keys: "?", language: .traditionalChinese),
    ]

    /// Every golden screen: each mode at 100×30 and 60×20 (where the pane goes under the text),
    /// and the message of a terminal too small to read in.
    static let cases: [Case] = modes.flatMap { [$0, $0.at(TerminalSize(columns: 60, rows: 20))] }
        + [Case(mode: "too-small", keys: "<Resize:16x5>", size: TerminalSize(columns: 16, rows: 5))]

    /// The screen of the README: `pingdian snapshot --size 100x30 --keys x`.
    static let readmeCase = modes.first { $0.mode == "reading-x" }!

    @Test("Each mode's screen matches its golden file", arguments: cases)
    func screen(_ screen: Case) {
        GoldenScreen.assertMatches(Self.render(screen), name: screen.name)
    }

    /// The screen of a case in the golden format: the reader's own session (the runtime, as
    /// `pingdian` and `pingdian snapshot` run it) on a terminal in memory, its background work
    /// inline, after the case's keys.
    static func render(_ screen: Case) -> String {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("pingdian-golden-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var storage = PreparedReader.Storage.memory
        if screen.opening == .essayChangedSinceNotes {
            let notes = scratch.appendingPathComponent("notes.json")
            try! FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            _ = try! StateStore.apply(changedEssayNotes.map { .saving($0) }, to: notes, document: Essay.document, path: nil)
            storage = .stateFile(override: notes.path)
        }
        var source: String?
        if screen.opening == .essayWithSource {
            let file = scratch.appendingPathComponent("on-deepseek.txt")
            try! FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            try! sourceText.write(to: file, atomically: true, encoding: .utf8)
            source = file.path
        }
        let prepared = try! PreparedReader.prepare(
            TextChoice(uiLanguage: screen.language == .traditionalChinese ? "zh-Hant" : "en", sourceText: source), storage: storage,
            environment: ["XDG_DATA_HOME": scratch.path], threads: .inline, progressive: false)
        // The too-small case starts at 60×20 and is resized by its keys, as a terminal would be.
        let start = screen.mode == "too-small" ? TerminalSize(columns: 60, rows: 20) : screen.size
        let terminal = MemoryTerminal(size: start, events: try! KeyNotation.parse(screen.keys).map(\.event))
        let session = ReaderSession(prepared, terminal: terminal, editor: { _ in nil }, noteIDPrefix: "note-golden")
        _ = session.run()
        return GoldenScreen.format(Screen.render(session.state), name: screen.name, header: screen.header, styleNames: styleNames)
    }

    /// Three of the reader's notes written when the essay had an opening paragraph since cut and
    /// said 與 where it now says 和: one moved by the cut, one found again approximately, one lost.
    static var changedEssayNotes: [Annotation] {
        let current = Essay.document
        let earlierText = "前言：這是初稿的開場白，定稿時刪去了。\n"
            + current.text(in: 0..<current.scalarCount).replacingOccurrences(of: "最強大和安全的", with: "最強大與安全的")
        let earlier = TextDocument(title: current.title, text: earlierText)
        func note(_ id: String, _ kind: String, _ quote: String, _ text: String) -> Annotation {
            let scalars = Array(earlierText.unicodeScalars)
            let needle = Array(quote.unicodeScalars)
            let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
            return Annotation(id: id, kind: kind, anchor: TextAnchor.make(range: start..<(start + needle.count), in: earlier), note: text)
        }
        return [
            note("note-1", "claim", "這是初稿的開場白", "開場白原來就在這裡。"),
            note("note-2", "irony", "怎麼看都讓人覺得割裂", "作者自己也覺得割裂。"),
            note("note-3", "irony", "號稱將打造最強大與安全的", "「最強大」與「安全」能並存嗎？"),
        ]
    }

    /// The legend's names of the styles the reader's theme draws with (256 colours): the theme's
    /// own, and the text pane's combinations (TextPaneView: a kind's highlight, the reader's note
    /// over it, underlined where annotations overlap, bold where focused; a selection and the
    /// cursor over any of these, a hint or a search match).
    static let styleNames: [CellStyle: [String]] = {
        let theme = Theme(capability: .palette256)
        var names: [CellStyle: [String]] = [:]
        func name(_ style: CellStyle, _ name: String) {
            if names[style]?.contains(name) != true { names[style, default: []].append(name) }
        }
        let own: [(CellStyle, String)] = [
            (theme.cursor, "cursor"), (theme.statusLine, "statusLine"), (theme.selection, "selection"),
            (theme.statusMessage, "statusMessage"), (theme.divider, "divider"), (theme.sectionMark, "sectionMark"),
            (theme.placeholder, "placeholder"), (theme.heading, "heading"), (theme.faint, "faint"),
            (theme.keyName, "keyName"), (theme.note, "note"),
        ]
        for (style, label) in own { name(style, label) }
        for kind in Essay.taxonomy.kinds { name(theme.kindLabel(kind), "kindLabel(\(kind.key))") }
        // What the text pane draws a glyph with, innermost first.
        var glyphs: [(CellStyle, String)] = [(theme.hint, "hint"), (theme.searchMatch, "searchMatch"), (theme.placeholder, "placeholder")]
        for kind in [nil] + Essay.taxonomy.kinds {
            for mine in [false, true] {
                for overlapping in [false, true] {
                    for focused in [false, true] {
                        var style = theme.highlight(kind)
                        var label = "highlight(\(kind?.key ?? "no kind"))"
                        if mine { style = theme.readerNote(over: style); label = "my note " + label }
                        if overlapping { style.attributes.insert(.underline); label = "overlapping " + label }
                        if focused { style.attributes.insert(.bold); label = "focused " + label }
                        glyphs.append((style, label))
                    }
                }
            }
        }
        for (style, label) in glyphs { name(style, label) }
        for (style, label) in [(CellStyle.plain, "text")] + glyphs {
            name(theme.selected(over: style), "selected " + label)
            name(theme.cursor(over: style), "cursor over " + label)
            name(theme.cursor(over: theme.selected(over: style)), "cursor over selected " + label)
        }
        return names
    }()
}

/// The bundled essay and its taxonomy, as the runtime opens them.
enum Essay {
    /// The bundled essay, titled with its file name as the reader titles it.
    static var document: TextDocument { try! LoadedText.open(nil).document }

    /// The bundled move taxonomy.
    static var taxonomy: Taxonomy { try! LayerLoading.bundledTaxonomy() }
}
