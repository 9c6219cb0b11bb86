import Benchmark
import Foundation
import PingdianApp
import PingdianCore
import PingdianFixtures
import PingdianRuntime
import PingdianTexts
import TerminalKit

/// What the benchmarks of one text share, made once per process in `setup` (package-benchmark
/// runs each benchmark in a process of its own): the text's file, the document, the taxonomy,
/// 1,000 notes, and the files they are saved in.
final class Fixture: @unchecked Sendable {
    /// The size of terminal the reader is measured in.
    static let screen = TerminalSize(columns: 100, rows: 30)
    /// How many notes the notes benchmarks use.
    static let noteCount = 1_000

    let size: TextSize
    let path: String
    let document: TextDocument
    let taxonomy: Taxonomy
    /// Where the benchmarks write their notes files; removed at the end of the process.
    let scratch: URL

    private nonisolated(unsafe) static var made: [TextSize: Fixture] = [:]

    /// The fixture of `size`, made the first time it is asked for.
    static func of(_ size: TextSize) -> Fixture {
        if let fixture = made[size] { return fixture }
        let fixture = Fixture(size: size)
        made[size] = fixture
        return fixture
    }

    private init(size: TextSize) {
        self.size = size
        path = BenchmarkTexts.path(for: size)
        guard let (document, _) = try? TextFile.open(path: path) else { fatalError("cannot open \(path)") }
        self.document = document
        taxonomy = Self.bundledTaxonomy()
        scratch = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
            .appendingPathComponent("pingdian-benchmark-\(getpid())", isDirectory: true)
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        atexit { Fixture.removeScratch() }
    }

    /// Removes every fixture's scratch folder (at exit).
    private static func removeScratch() {
        for fixture in made.values { try? FileManager.default.removeItem(at: fixture.scratch) }
    }

    /// The move taxonomy compiled into the binary, as the reader loads it.
    static func bundledTaxonomy() -> Taxonomy {
        guard let bytes = EmbeddedFiles.bytes(named: BundledText.taxonomyFileName),
              let taxonomy = try? Taxonomy.decode(bytes) else { fatalError("the bundled taxonomy is missing") }
        return taxonomy
    }

    // MARK: The reader

    /// A reader as `pingdian FILE` starts it (no layer, no notes yet), with a cold layout cache,
    /// at `offset` if given, with the cue hints set up if asked and the export formats given.
    /// `annotations`, when given, are taken as they are (already resolved).
    func newState(
        document: TextDocument? = nil, at offset: Int? = nil, hints: Bool = false,
        exportFormats: [ExportFormat] = [], annotations: AnnotationSet? = nil
    ) -> AppState {
        let document = document ?? self.document
        var state = AppState(
            document: document, language: .english, size: Self.screen, colorCapability: .palette256,
            exportFormats: exportFormats, startOffset: offset)
        let opened = OpenedText(
            document: document,
            annotations: annotations ?? AnnotationSet(layer: nil, readerNotes: [], document: document, taxonomy: taxonomy),
            hints: hints ? hintLayer() : nil)
        _ = state.update(.textOpened(opened))
        return state
    }

    /// The cue hints as `pingdian FILE` sets them up: suggested a paragraph at a time as drawn.
    func hintLayer() -> HintLayer {
        CueHintSource.layer(for: document, taxonomy: taxonomy, language: .english)
    }

    /// A reader whose first frame has been drawn, optionally opened at `offset`, with the cue
    /// hints set up if asked.
    func shownState(at offset: Int? = nil, hints: Bool = false) -> AppState {
        let state = newState(at: offset, hints: hints)
        blackHole(Screen.render(state))
        return state
    }

    /// A reader with the 1,000 notes shown, opened at `offset`, its first frame drawn.
    func notesState(at offset: Int) -> AppState {
        var state = shownState(at: offset)
        _ = state.update(.notesReloaded(notes))
        blackHole(Screen.render(state))
        return state
    }

    // MARK: Notes

    /// 1,000 notes of 4 to 40 scalars, one in each thousandth of the text, never across a line
    /// end, with a short comment and dates, as the reader saves them. Deterministic.
    private(set) lazy var notes: [Annotation] = {
        var random = SplitMix(seed: 20251129)
        let scalars = document.scalars
        let count = scalars.count
        let slice = max(1, count / Self.noteCount)
        let kinds = taxonomy.kinds.map(\.key)
        let date = Date(timeIntervalSince1970: 1_780_000_000)
        return (0..<Self.noteCount).map { number in
            var start = min(count - 1, number * slice + random.below(max(1, slice - 40)))
            // Start inside a paragraph, and end before its newline.
            while start < count - 1, scalars[start] == "\n" { start += 1 }
            let length = 4 + random.below(37)
            var end = min(count, start + length)
            if let newline = scalars[start..<end].firstIndex(of: "\n") { end = newline }
            return Annotation(
                id: "note-\(number)", kind: kinds[number % kinds.count],
                anchor: TextAnchor.make(range: start..<max(start + 1, end), in: document),
                note: "第 \(number + 1) 條批語：這裡的推論跳過了一步，值得再讀。",
                created: date, modified: date)
        }
    }()

    /// The text after an edit that moves every note: a new 300-scalar paragraph after the first.
    private(set) lazy var editedDocument: TextDocument = {
        var scalars = document.scalars
        let at = document.paragraphs.count > 1 ? document.paragraphs[1].range.lowerBound : scalars.count
        let paragraph = String(repeating: "這是編者在開頭加上的一段新說明，", count: 20) + "\n"
        scalars.insert(contentsOf: paragraph.unicodeScalars, at: at)
        return TextDocument(title: document.title, scalars: scalars)
    }()

    /// A notes file holding the 1,000 notes (and a reading position), written once.
    private(set) lazy var notesFile: URL = {
        let url = scratch.appendingPathComponent("notes.json")
        do {
            _ = try StateStore.apply(notes.map { .saving($0) }, to: url, document: document, path: path)
        } catch {
            fatalError("cannot write the notes file: \(error)")
        }
        return url
    }()
}
