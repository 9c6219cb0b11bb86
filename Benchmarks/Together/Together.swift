import Benchmark
import Foundation
import PingdianApp
import PingdianCore
import PingdianFixtures
import PingdianRuntime
import PingdianTexts
import TerminalKit

/// Reading together at a class's scale (issue 17, Docs/benchmarks.md): 30 readers with 100 notes
/// each on the essay — the first frame with all of them (`--with` ×30), keys, a jump between
/// disagreements, `pingdian agree` on them — and the merge driver on two 1,000-note files.
/// Goals: every frame and key under 16 ms, `agree` under 1 s, the merge under 100 ms.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal], warmupIterations: 1, maxDuration: .seconds(3), maxIterations: 100)
    let setup: @Sendable () -> Void = { _ = Class.shared }

    Benchmark("Open with 30 readers' notes to first frame (their files read after it)", closure: { benchmark in
        let session = Class.shared.session(threads: .separate)
        blackHole(Screen.render(session.state))
        benchmark.stopMeasurement()
        // The readers' files, read on another thread meanwhile: wait for them outside the measurement.
        while session.state.annotations.otherReaders.isEmpty {
            usleep(1_000)
            session.takeFinishedWork()
        }
    }, setup: setup)

    Benchmark("30 readers' files read and shown (off the key path)", closure: { _ in
        blackHole(Class.shared.session(threads: .inline).state)
    }, setup: setup)

    for (key, name) in [("j", "j (a line down)"), ("]", "] (next annotation)"), ("z", "z (next disagreement)"), (" ", "Space (a page)"),
                        ("x", "x (next contradiction)"), ("L", "L (the legend)"), ("f", "f (the filter)")] {
        Benchmark("Key \(name) with 30 readers, drawn", closure: { benchmark in
            var state = Class.shared.openedState()
            blackHole(Screen.render(state))
            benchmark.startMeasurement()
            blackHole(state.update(.key(.character(Unicode.Scalar(key)!))))
            blackHole(Screen.render(state))
        }, setup: setup)
    }

    Benchmark("A note saved beside 30 readers (agreement measured again), drawn", closure: { benchmark in
        var state = Class.shared.openedState()
        blackHole(Screen.render(state))
        benchmark.startMeasurement()
        blackHole(state.update(.notesReloaded([Class.shared.ownNote])))
        blackHole(Screen.render(state))
    }, setup: setup)

    Benchmark("pingdian agree on 30 readers × 100 notes", closure: { _ in
        blackHole(Commands.agree(paths: Class.shared.files, file: nil, layer: nil, curated: true, format: .text, language: .english))
    }, setup: setup)

    Benchmark("pingdian merge-notes on two 1,000-note files", closure: { _ in
        let merge = Class.shared.mergeFiles
        blackHole(Commands.mergeNotes(base: merge.base, ours: merge.ours, theirs: merge.theirs, output: merge.output))
    }, setup: setup)
}

/// Thirty readers' notes on the essay, written as export files once per process, and two
/// machines' versions of a 1,000-note file with their ancestor.
final class Class: @unchecked Sendable {
    static let shared = Class()
    static let screen = TerminalSize(columns: 120, rows: 40)

    let essay: TextDocument
    let folder: URL
    /// The 30 readers' export files.
    let files: [String]
    let ownNote: Annotation
    let mergeFiles: (base: String, ours: String, theirs: String, output: String)

    private init() {
        guard let bytes = EmbeddedFiles.bytes(named: BundledText.essayFileName) else { fatalError("the bundled essay is missing") }
        let essay = TextDocument(title: BundledText.essayFileName, text: String(decoding: bytes, as: UTF8.self))
        self.essay = essay
        folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("pingdian-together-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var random = SplitMix(seed: 17)
        let kinds = ["claim", "contradiction", "irony", "evidence", "concession", "rebuttal", "speculation", "motive"]
        func notes(_ count: Int, prefix: String, creator: String?) -> [Annotation] {
            (0..<count).map { number in
                let start = random.below(essay.scalarCount - 60)
                let range = start..<start + 8 + random.below(50)
                return Annotation(id: "\(prefix)-\(number)", kind: kinds[random.below(kinds.count)], anchor: TextAnchor.make(range: range, in: essay),
                                  note: "第 \(number + 1) 條：這裡值得討論。", creator: creator)
            }
        }
        var files: [String] = []
        for reader in 0..<30 {
            let export = ExportDocument(document: essay, sourcePath: nil, taxonomy: Taxonomy(kinds: []),
                                        layers: [(.user, notes(100, prefix: "r\(reader)", creator: "讀者\(reader + 1)"))])
            let url = folder.appendingPathComponent("reader-\(reader).json")
            try? Data(JSONExporter.export(export)).write(to: url)
            files.append(url.path)
        }
        self.files = files
        ownNote = notes(1, prefix: "mine", creator: "Mei")[0]
        // Two machines' versions of a 1,000-note file: each changed 100 notes and added 50.
        let shared = notes(1_000, prefix: "n", creator: "Mei")
        func state(_ annotations: [Annotation]) -> ReadingState {
            var state = ReadingState(document: essay, path: nil, offset: 0, updated: Date(timeIntervalSince1970: 1_780_000_000))
            state.annotations = annotations
            return state
        }
        func changed(_ range: Range<Int>, _ text: String) -> [Annotation] {
            shared.enumerated().map { index, note in
                var note = note
                if range.contains(index) { note.note = text }
                return note
            }
        }
        let base = folder.appendingPathComponent("base.json"), ours = folder.appendingPathComponent("ours.json")
        let theirs = folder.appendingPathComponent("theirs.json")
        try? StateStore.save(state(shared), to: base)
        try? StateStore.save(state(changed(0..<100, "筆電上改的") + notes(50, prefix: "laptop", creator: "Mei")), to: ours)
        try? StateStore.save(state(changed(50..<150, "實驗室改的") + notes(50, prefix: "lab", creator: "Mei")), to: theirs)
        mergeFiles = (base.path, ours.path, theirs.path, folder.appendingPathComponent("merged.json").path)
        atexit { try? FileManager.default.removeItem(at: Class.shared.folder) }
    }

    /// A session on the essay with the 30 readers' notes, as `pingdian --with …` opens it; with
    /// the inline threads the notes are there when it returns.
    func session(threads: BackgroundThreads) -> ReaderSession {
        var choice = TextChoice()
        choice.otherReaders = files
        choice.author = "Mei"
        guard let prepared = try? PreparedReader.prepare(choice, storage: .memory, environment: [:], threads: threads, progressive: false) else {
            fatalError("cannot open the essay")
        }
        return ReaderSession(prepared, terminal: MemoryTerminal(size: Self.screen))
    }

    /// The reader on the essay with the 30 readers' notes shown.
    func openedState() -> AppState { session(threads: .inline).state }
}
