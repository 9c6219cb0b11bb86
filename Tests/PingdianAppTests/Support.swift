import CellWidth
import PingdianApp
import PingdianCore
import PingdianTexts
import TerminalKit

/// A reader on a document, driven by key scripts, for screen tests.
struct ReaderHarness {
    var state: AppState
    private(set) var effects: [Effect] = []

    init(_ document: TextDocument, size: TerminalSize = TerminalSize(columns: 100, rows: 30),
         language: UILanguage = .english, capability: ColorCapability = .palette256, noteIDPrefix: String = "note",
         keyMap: KeyMap = .standard) {
        UTF8Locale.activate()
        state = AppState(document: document, language: language, size: size, colorCapability: capability, keyMap: keyMap,
                         noteIDPrefix: noteIDPrefix)
    }

    /// Gives the reader its text as the runtime does once it is read: annotations, hints, search.
    mutating func open(
        annotations: AnnotationSet, hints: HintLayer? = nil, search: (any SearchEngine)? = nil
    ) {
        effects += state.update(.textOpened(OpenedText(
            document: state.document, annotations: annotations, hints: hints, searchEngine: search)))
    }

    /// Presses the keys of a vim-notation script (`jj<C-d>`, `<Resize:80x24>`).
    mutating func press(_ script: String) {
        for step in try! KeyNotation.parse(script) {
            switch step {
            case .key(let key): effects += state.update(.key(key))
            case .resize(let size): effects += state.update(.resize(size))
            }
        }
    }

    /// The screen as text rows.
    var screen: [String] { Screen.render(state).lines }
    /// The screen's grid.
    var grid: CellGrid { Screen.render(state) }
    /// The last row: the status line.
    var statusLine: String { screen.last ?? "" }
    /// The text pane's rows (left of the divider when the pane is beside).
    var textRows: [String] {
        let grid = self.grid
        let regions = state.regions
        return (regions.text.y..<regions.text.maxY).map { y in
            var line = ""
            for x in regions.text.x..<regions.text.maxX where !grid[x, y].isContinuation { line += grid[x, y].text }
            return line.trimmingTrailingSpaces
        }
    }
    /// The text the cursor is on (the glyph drawn reversed).
    var cursorText: String? {
        let grid = self.grid
        for y in 0..<(grid.size.rows - 1) {
            for x in 0..<grid.size.columns where grid[x, y].style.attributes.contains(.reverse) && !grid[x, y].isContinuation {
                return grid[x, y].text
            }
        }
        return nil
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}

/// Texts for the tests.
enum Fixtures {
    /// The bundled essay.
    static var essay: TextDocument {
        try! TextDecoder.decode(EmbeddedFiles.bytes(named: BundledText.essayFileName)!, title: "essay").0
    }

    /// N short numbered paragraphs: "段落一 paragraph 1." …
    static func numbered(_ count: Int, sectionEvery: Int? = nil) -> TextDocument {
        var lines: [String] = []
        for number in 1...count {
            if let every = sectionEvery, number > 1, (number - 1) % every == 0 { lines.append("") }
            lines.append("第\(number)段，短短一句。")
        }
        return TextDocument(title: "numbered.txt", text: lines.joined(separator: "\n"))
    }
}

extension Fixtures {
    /// A short text with a layer of its own: two linked contradiction pairs, a claim that
    /// overlaps one side, and an irony with a note.
    static var annotated: (document: TextDocument, annotations: AnnotationSet) {
        let text = "他說甲是對的。可是他又說甲是錯的。這就自相矛盾。\n第二段沒有批註。\n最後他承認乙，卻否認乙的前提。"
        let document = TextDocument(title: "annotated.txt", text: text)
        let layer = AnnotationLayer(id: "test", annotations: layerAnnotations(in: document))
        return (document, AnnotationSet(index: AnnotationIndex(layer: layer, document: document, taxonomy: taxonomy), taxonomy: taxonomy))
    }

    /// The annotated fixture's layer, anchored on the first place of each quote in `document`.
    static func layerAnnotations(in document: TextDocument) -> [Annotation] {
        [
            annotation("claim-1", "claim", "他說甲是對的", in: document),
            annotation("c1", "contradiction", "甲是對的", in: document, note: "先說對，後說錯，兩者不能並存。", contradicts: "c2"),
            annotation("c2", "contradiction", "甲是錯的", in: document),
            annotation("irony-1", "irony", "這就自相矛盾", in: document, note: "反諷：作者借對方的話收尾。"),
            annotation("c3", "contradiction", "承認乙", in: document, contradicts: "c4"),
            annotation("c4", "contradiction", "否認乙的前提", in: document),
        ]
    }

    /// An annotation on the first place of `quote` in `document`, optionally contradicting another.
    static func annotation(_ id: String, _ kind: String, _ quote: String, in document: TextDocument,
                           note: String? = nil, contradicts: String? = nil) -> Annotation {
        let scalars = document.scalars
        let needle = Array(quote.unicodeScalars)
        let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
        return Annotation(
            id: id, kind: kind, anchor: TextAnchor.make(range: start..<(start + needle.count), in: document), note: note,
            links: contradicts.map { [AnnotationLink(type: .contradicts, target: $0)] } ?? [])
    }

    /// The bundled move taxonomy.
    static var taxonomy: Taxonomy {
        try! Taxonomy.decode(EmbeddedFiles.bytes(named: BundledText.taxonomyFileName)!)
    }
}

extension ReaderHarness {
    /// A reader of the annotated fixture.
    static func annotated(size: TerminalSize = TerminalSize(columns: 100, rows: 30), capability: ColorCapability = .palette256) -> ReaderHarness {
        let fixture = Fixtures.annotated
        var harness = ReaderHarness(fixture.document, size: size, capability: capability, noteIDPrefix: "note-test")
        harness.open(annotations: fixture.annotations)
        return harness
    }

    /// The style of the cell that shows the first scalar of `text` in the text pane.
    func style(of text: String) -> CellStyle? {
        let grid = self.grid
        let region = state.regions.text
        for y in region.y..<region.maxY {
            var row = ""
            var columns: [Int] = []
            for x in region.x..<region.maxX where !grid[x, y].isContinuation {
                row += grid[x, y].text
                columns.append(x)
            }
            if let range = row.range(of: text) {
                return grid[columns[row.distance(from: row.startIndex, to: range.lowerBound)], y].style
            }
        }
        return nil
    }
}
