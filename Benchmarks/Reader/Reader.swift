import Benchmark
import Foundation
import PingdianApp
import PingdianCore
import PingdianRuntime
import TerminalKit

/// The reader's speed on the bundled essay, a 2 MB and a 50 MB text (Docs/speed.md): opening to
/// the first frame (and its steps), keys, a resize, the notes file with 1,000 notes, and
/// re-anchoring them. Each benchmark runs in a process of its own; what it needs is made in its
/// setup, outside the measurement.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal],
        warmupIterations: 1,
        maxDuration: .seconds(3),
        maxIterations: 200)

    for size in TextSize.allCases {
        let name = size.rawValue
        let fixture: @Sendable () -> Fixture = { Fixture.of(size) }
        let prepareText: @Sendable () -> Void = { _ = BenchmarkTexts.path(for: size) }
        let prepare: @Sendable () -> Void = { _ = fixture() }

        // MARK: Opening, as `pingdian FILE` does before its first frame

        Benchmark("Open to first frame · \(name)", closure: { _ in
            // The runtime's own opening, as `pingdian FILE` does it (read whole, notes in memory).
            let prepared = try PreparedReader.prepare(
                TextChoice(file: BenchmarkTexts.path(for: size)), storage: .memory, environment: [:],
                threads: .inline, progressive: false)
            let session = ReaderSession(prepared, terminal: MemoryTerminal(size: Fixture.screen))
            blackHole(Screen.render(session.state))
        }, setup: prepareText)

        // What `pingdian FILE` does for a file of 1 MiB or more: index its first lines, show
        // their provisional document; the rest are counted after the first frame and the exact
        // text is read beside it (the 15.7 KB essay is read whole, as above).
        Benchmark("Open progressively to first frame · \(name)", closure: { _ in
            blackHole(Screen.render(progressiveState(BenchmarkTexts.path(for: size))))
        }, setup: prepareText)

        Benchmark("Open progressively, count the lines, then G, drawn · \(name)", closure: { _ in
            var state = progressiveState(BenchmarkTexts.path(for: size))
            blackHole(Screen.render(state))
            if let counted = state.document.counted() { blackHole(state.update(.textCounted(counted))) }
            blackHole(state.update(.key(.character("G"))))
            blackHole(Screen.render(state))
        }, setup: prepareText)

        Benchmark("Open step: index the first lines without decoding them · \(name)", closure: { _ in
            blackHole(try? TextFile.openProgressively(path: BenchmarkTexts.path(for: size), threshold: 0))
        }, setup: prepareText)

        Benchmark("Count the lines after the first frame (background) · \(name)", closure: { benchmark in
            let opened = try? TextFile.openProgressively(path: BenchmarkTexts.path(for: size), threshold: 0)
            guard case .provisional(let document, let descriptor)? = opened else { return }
            close(descriptor)
            benchmark.startMeasurement()
            blackHole(document.counted())
            benchmark.stopMeasurement()
        }, setup: prepareText)

        Benchmark("Open step 1: read the file · \(name)", closure: { _ in
            blackHole(FileManager.default.contents(atPath: BenchmarkTexts.path(for: size)))
        }, setup: prepareText)

        Benchmark("Open step 2: decode UTF-8 and split paragraphs · \(name)", closure: { benchmark in
            let bytes = [UInt8](FileManager.default.contents(atPath: BenchmarkTexts.path(for: size)) ?? Data())
            benchmark.startMeasurement()
            blackHole(try? TextDecoder.decode(bytes, title: name))
        }, setup: prepareText)

        Benchmark("Open step 3: split paragraphs only · \(name)", closure: { _ in
            blackHole(TextDocument(title: name, scalars: fixture().document.scalars))
        }, setup: prepare)

        Benchmark("Open step 4: reader state and first frame · \(name)", closure: { _ in
            let state = fixture().newState()
            blackHole(Screen.render(state))
        }, setup: prepare)

        // MARK: Keys and resizing, each from a fresh reader (cold layout cache), drawn after

        Benchmark("Key G (end of text) · \(name)", closure: { benchmark in
            var state = fixture().shownState()
            benchmark.startMeasurement()
            blackHole(state.update(.key(.character("G"))))
            blackHole(Screen.render(state))
        }, setup: prepare)

        Benchmark("Key PageDown · \(name)", closure: { benchmark in
            var state = fixture().shownState()
            benchmark.startMeasurement()
            blackHole(state.update(.key(.pageDown)))
            blackHole(Screen.render(state))
        }, setup: prepare)

        Benchmark("Resize 100×30 to 80×24 mid-text · \(name)", closure: { benchmark in
            var state = fixture().shownState(at: fixture().document.scalarCount / 2)
            benchmark.startMeasurement()
            blackHole(state.update(.resize(TerminalSize(columns: 80, rows: 24))))
            blackHole(Screen.render(state))
        }, setup: prepare)

        // MARK: Cue hints: H draws the hints on screen; the whole text is counted in the background

        Benchmark("Key H (cue hints on) mid-text · \(name)", closure: { benchmark in
            var state = fixture().shownState(at: fixture().document.scalarCount / 2, hints: true)
            benchmark.startMeasurement()
            blackHole(state.update(.key(.character("H"))))
            blackHole(Screen.render(state))
        }, setup: prepare)

        Benchmark("Hints: count the whole text (background) · \(name)",
                  configuration: .init(warmupIterations: 0, maxDuration: .seconds(1), maxIterations: 3), closure: { _ in
            blackHole(CueSuggester.count(in: fixture().document))
        }, setup: prepare)

        // MARK: Keys that save a note beside 1,000: the frame the key draws (the write comes after it)

        Benchmark("Key Enter saves a note beside 1,000: update and frame · \(name)", closure: { benchmark in
            var state = fixture().notesState(at: fixture().document.scalarCount / 2)
            for key in [Key.character("a"), .enter, .character("批")] { _ = state.update(.key(key)) }
            benchmark.startMeasurement()
            blackHole(state.update(.key(.enter)))
            blackHole(Screen.render(state))
        }, setup: { _ = fixture().notes })

        // The whole round of a save as the runtime makes it: the key's update and frame, then the
        // notes as the state file gives them back (the new one with its dates) and that frame.
        Benchmark("Key Enter saves a note beside 1,000, with the notes taken back: updates and frames · \(name)", closure: { benchmark in
            var state = fixture().notesState(at: fixture().document.scalarCount / 2)
            for key in [Key.character("a"), .enter, .character("批")] { _ = state.update(.key(key)) }
            benchmark.startMeasurement()
            blackHole(state.update(.key(.enter)))
            blackHole(Screen.render(state))
            var saved = state.annotations.readerNotes
            saved[saved.count - 1].created = Date(timeIntervalSince1970: 1_780_000_000)
            saved[saved.count - 1].modified = saved[saved.count - 1].created
            blackHole(state.update(.notesReloaded(saved)))
            blackHole(Screen.render(state))
        }, setup: { _ = fixture().notes })

        Benchmark("Key d deletes a note beside 1,000: update and frame · \(name)", closure: { benchmark in
            let fixture = fixture()
            var state = fixture.notesState(at: fixture.notes[fixture.notes.count / 2].anchor.start)
            benchmark.startMeasurement()
            blackHole(state.update(.key(.character("d"))))
            blackHole(Screen.render(state))
        }, setup: { _ = fixture().notes })

        Benchmark("Every reading key once, notes shown · \(name)", configuration: .init(maxDuration: .seconds(5), maxIterations: 20),
                  closure: { benchmark in
            let fixture = fixture()
            let notes = AnnotationSet(layer: nil, readerNotes: fixture.notes, document: fixture.document, taxonomy: fixture.taxonomy)
            benchmark.startMeasurement()
            blackHole(KeySweep.run(fixture, notes: notes))
        }, setup: {
            let fixture = fixture()
            KeySweep.report(fixture, notes: AnnotationSet(
                layer: nil, readerNotes: fixture.notes, document: fixture.document, taxonomy: fixture.taxonomy))
        })

        // MARK: The notes file with 1,000 notes

        Benchmark("Notes: load 1,000 (StateStore.load) · \(name)", closure: { _ in
            blackHole(try? StateStore.load(from: fixture().notesFile))
        }, setup: { _ = fixture().notesFile })

        Benchmark("Notes: save the position beside 1,000 (StateStore.apply) · \(name)", closure: { benchmark in
            let fixture = fixture()
            let offset = Int.random(in: 0..<fixture.document.scalarCount)
            do {
                _ = try StateStore.apply([.setPosition(ReadingPosition(offset: offset, in: fixture.document))],
                                         to: fixture.notesFile, document: fixture.document, path: fixture.path)
            } catch {
                benchmark.error("\(error)")
            }
        }, setup: { _ = fixture().notesFile })

        Benchmark("Notes: save the position beside 1,000 another copy changed (StateStore.apply) · \(name)", closure: { benchmark in
            let fixture = fixture()
            // Another copy's write: the bytes on disk are not those this process last wrote, so
            // the re-read under the lock decodes them (the cost of every save before it remembered).
            let bytes = try? Data(contentsOf: fixture.notesFile)
            try? bytes.map { Data($0.replacing(Data(#""updated" : ""#.utf8), with: Data(#""updated"  : ""#.utf8))) }?.write(to: fixture.notesFile)
            benchmark.startMeasurement()
            do {
                _ = try StateStore.apply([.setPosition(ReadingPosition(offset: Int.random(in: 0..<fixture.document.scalarCount), in: fixture.document))],
                                         to: fixture.notesFile, document: fixture.document, path: fixture.path)
            } catch {
                benchmark.error("\(error)")
            }
        }, setup: { _ = fixture().notesFile })

        Benchmark("Notes: save a note beside 1,000 (StateStore.apply) · \(name)", closure: { benchmark in
            let fixture = fixture()
            var note = fixture.notes[fixture.notes.count / 2]
            note.note = "改過的批語 \(Int.random(in: 0..<1_000_000))"
            do {
                _ = try StateStore.apply([.saving(note)], to: fixture.notesFile, document: fixture.document, path: fixture.path)
            } catch {
                benchmark.error("\(error)")
            }
        }, setup: { _ = fixture().notesFile })

        Benchmark("Notes: save the position in a new file (StateStore.apply) · \(name)", closure: { benchmark in
            let fixture = fixture()
            let url = fixture.scratch.appendingPathComponent("new-\(UUID().uuidString).json")
            benchmark.startMeasurement()
            do {
                _ = try StateStore.apply([.setPosition(ReadingPosition(offset: 0, in: fixture.document))],
                                         to: url, document: fixture.document, path: fixture.path)
            } catch {
                benchmark.error("\(error)")
            }
            benchmark.stopMeasurement()
            try? FileManager.default.removeItem(at: url)
            try? FileManager.default.removeItem(at: StateStore.lockURL(for: url))
        }, setup: prepare)

        // MARK: Re-anchoring the 1,000 notes, as the reader does when it opens the text

        Benchmark("Notes: re-anchor 1,000, text unchanged · \(name)", closure: { _ in
            let fixture = fixture()
            blackHole(AnnotationSet(layer: nil, readerNotes: fixture.notes, document: fixture.document, taxonomy: fixture.taxonomy))
        }, setup: { _ = fixture().notes })

        Benchmark("Notes: re-anchor 1,000 after a paragraph was added at the top · \(name)", closure: { _ in
            let fixture = fixture()
            blackHole(AnnotationSet(layer: nil, readerNotes: fixture.notes, document: fixture.editedDocument, taxonomy: fixture.taxonomy))
        }, setup: { _ = (fixture().notes, fixture().editedDocument) })
    }
}

/// The reader's state on a text opened as `pingdian FILE` opens it: provisionally from 1 MiB.
func progressiveState(_ path: String) -> AppState {
    let document: TextDocument
    switch try? TextFile.openProgressively(path: path) {
    case .provisional(let provisional, let descriptor)?:
        close(descriptor)
        document = provisional
    case .complete(let complete, _)?: document = complete
    case nil: fatalError("cannot open \(path)")
    }
    return AppState(document: document, language: .english, size: Fixture.screen, colorCapability: .palette256)
}
