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
         language: UILanguage = .english, capability: ColorCapability = .palette256) {
        UTF8Locale.activate()
        state = AppState(document: document, language: language, size: size, colorCapability: capability)
    }

    /// Presses the keys of a vim-notation script (`jj<C-d>`, `<Resize:80x24>`).
    mutating func press(_ script: String) {
        for step in try! KeyNotation.parse(script) {
            switch step {
            case .key(let key): effects += Reader.update(&state, .key(key))
            case .resize(let size): effects += Reader.update(&state, .resize(size))
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
