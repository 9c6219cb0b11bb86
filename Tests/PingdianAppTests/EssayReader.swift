import CellWidth
import PingdianApp
import PingdianCore
import PingdianTexts
import TerminalKit

/// The bundled essay with its curated layer, set up as `pingdian` sets up the reader
/// (Sources/pingdian/ReaderStart.swift, SnapshotCommand.swift): the layer and the reader's notes
/// resolved together, the bundled taxonomy, the folding search, the cue hints, the export formats.
/// A copy of that set-up, not a call into the executable target, which is being moved into a
/// runtime library (issue 12): once the library has the one start-state function, call it here.
enum Essay {
    /// The bundled essay, titled with its file name as the reader titles it.
    static var document: TextDocument {
        try! TextDecoder.decode(EmbeddedFiles.bytes(named: BundledText.essayFileName)!, title: BundledText.essayFileName).0
    }

    /// The bundled move taxonomy.
    static var taxonomy: Taxonomy {
        try! Taxonomy.decode(EmbeddedFiles.bytes(named: BundledText.taxonomyFileName)!)
    }

    /// The curated layer of the bundled essay, as loaded.
    static var layer: AnnotationLayer {
        try! AnnotationLayer.decode(EmbeddedFiles.bytes(named: BundledText.layerFileName(forText: BundledText.essayFileName))!)
    }
}

extension ReaderHarness {
    /// A reader of `document` (the bundled essay by default) with the essay's curated layer and
    /// the reader's `notes`, as `pingdian` opens it.
    static func essay(
        size: TerminalSize = TerminalSize(columns: 100, rows: 30), language: UILanguage = .english,
        document: TextDocument = Essay.document, notes: [Annotation] = []
    ) -> ReaderHarness {
        var reader = ReaderHarness(document, size: size, language: language)
        let taxonomy = Essay.taxonomy
        reader.state.annotations = AnnotationSet(
            layer: Essay.layer.annotations, readerNotes: notes, document: document, taxonomy: taxonomy)
        reader.state.hints = HintLayer(document: document, taxonomy: taxonomy) { paragraphs in
            SuggestionLayer.annotations(in: document, paragraphs: paragraphs, language: language)
        }
        reader.state.searchEngine = EssaySearch(document: document)
        reader.state.exportFormats = ExportFormat.allCases.map { ($0.rawValue, $0.summary(in: language)) }
        reader.state.noteIDPrefix = "note-golden"
        reader.state.announceReanchoring()
        return reader
    }

    /// Presses the keys of a script as the reader's runner would: the counts it is asked for
    /// (search matches, cue hints) are made at once and fed back, as `pingdian snapshot` does;
    /// other effects (saving, exporting, quitting) are not performed — the notes are already in
    /// the state when `update` returns.
    mutating func run(_ script: String) {
        for step in try! KeyNotation.parse(script) {
            let action: Action
            switch step {
            case .key(let key): action = .key(key)
            case .resize(let size): action = .resize(size)
            }
            var pending = Reader.update(&state, action)
            while !pending.isEmpty {
                let effect = pending.removeFirst()
                switch effect {
                case .countHints:
                    pending += Reader.update(&state, .hintsCounted(CueSuggester.count(in: state.document) ?? 0))
                case .countMatches(let query, let matchStart):
                    if let count = EssaySearch(document: state.document).count(query, matchStart: matchStart) {
                        pending += Reader.update(&state, .matchesCounted(count))
                    }
                default: break
                }
            }
        }
    }
}

/// The reader's search over the core's folding `TextSearch`, as Sources/pingdian/FoldingSearch.swift
/// makes it (the app's tests elsewhere use a plain substring search).
struct EssaySearch: SearchEngine {
    let search: TextSearch

    init(document: TextDocument) { search = TextSearch(document: document) }

    func nextMatch(of query: String, from offset: Int, forward: Bool) -> Range<Int>? {
        guard let query = SearchQuery(query) else { return nil }
        return search.nextMatch(of: query, from: forward ? offset + 1 : offset, forward: forward)
    }

    func matches(of query: String, in range: Range<Int>) -> [Range<Int>] {
        SearchQuery(query).map { search.matches(of: $0, in: range) } ?? []
    }

    func textMatches(_ query: String, in text: String) -> Bool {
        SearchQuery(query).map { TextSearch.matches($0, in: text) } ?? false
    }

    /// All matches and the number of the one starting at `matchStart`.
    func count(_ query: String, matchStart: Int) -> MatchCount? {
        guard let folded = SearchQuery(query), let total = search.countMatches(of: folded, isCancelled: { false }) else { return nil }
        let before = search.matches(of: folded, in: 0..<matchStart).filter { $0.lowerBound < matchStart }.count
        return MatchCount(query: query, matchStart: matchStart, index: before + 1, total: total)
    }
}
