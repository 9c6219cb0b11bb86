import CellWidth
import Foundation
import NCursesTerminal
import PingdianApp
import PingdianCore
import TerminalKit

/// What `pingdian [FILE]` does once its options are known: the reader in the terminal, or the
/// printed text when standard output is not a terminal. Run by ``ReadCommand`` and, for the plain
/// `pingdian` and `pingdian FILE`, directly by ``Pingdian/main()``.
struct ReaderStart {
    /// The text, its layer and how to show it.
    var text: TextChoice
    /// The state file given with `--notes`; nil for the default one.
    var notes: String?

    /// Opens the reader (or prints the text) and returns when the reader quits.
    func run() throws {
        UTF8Locale.activate()
        let environment = ProcessInfo.processInfo.environment
        if isatty(STDOUT_FILENO) == 0 {
            try PrintCommand.printText(text, width: nil, color: .never)
            return
        }
        let language = try text.language(environment: environment)
        // A large file opens with a provisional document (its paragraphs indexed, decoded as they
        // are shown) while the exact one is read in the background (Docs/speed.md).
        let (loaded, exact) = text.openProgressively()
        // A text read at once has its layer read before the terminal is taken (a bad one ends here).
        var layer: LayerLoading.Result?
        if exact == nil {
            switch text.layer(for: loaded) {
            case .success(let loadedLayer): layer = loadedLayer
            case .failure(let failure): failure.exit()
            }
        }
        var notesFile = NotesFile.open(override: notes, for: loaded, environment: environment)
        let terminal: NCursesTerminal
        do {
            terminal = try NCursesTerminal.open(environment: environment)
        } catch {
            let message = error.message.hasPrefix("pingdian: ") ? String(error.message.dropFirst(10)) : error.message
            CommandFailure(message: message, exitCode: 1).exit()
        }
        var state = AppState(
            document: loaded.document,
            language: language,
            size: terminal.size,
            colorCapability: terminal.colorCapability,
            indentParagraphs: text.indent,
            punctuation: text.punct.style)
        state.exportFormats = ExportFormat.allCases.map { ($0.rawValue, $0.summary(in: language)) }
        state.noteIDPrefix = "note-" + String(UInt32.random(in: 0...UInt32.max), radix: 16)
        if let offset = notesFile.savedOffset { state.restore(offset: offset) }
        let search = SearchHolder()
        var exporter: ReaderExport?
        /// Everything that needs the exact text: layers, notes, search, hints, exports, warnings.
        func finishOpening(_ loaded: LoadedText, layer: LayerLoading.Result, _ state: inout AppState) {
            state.annotations = AnnotationSet(
                layer: layer.annotations.hasLayer ? layer.annotations.layerAnnotations : nil,
                readerNotes: notesFile.annotations, document: loaded.document, taxonomy: layer.taxonomy)
            let (document, taxonomy) = (loaded.document, layer.taxonomy)
            state.hints = HintLoading.layer(for: document, taxonomy: taxonomy, language: language)
            let folding = FoldingSearch(document: loaded.document)
            search.set(folding)
            state.searchEngine = folding
            exporter = ReaderExport(text: loaded, taxonomy: layer.taxonomy, folder: notesFile.url.deletingLastPathComponent())
            // The first save of a new text's state needs the text's fingerprint (a quarter of a
            // second on 50 MB): compute it now, off the key path, so that it is ready.
            DispatchQueue.global(qos: .utility).async { _ = TextIdentity.fingerprint(of: document) }
            state.announceReanchoring()
            state.message = loaded.warning(state.strings) ?? layer.warning.map(state.strings.layerNotShown)
                ?? notesFile.readOnlyReason.map { state.strings.positionNotSaved($0.message) } ?? state.message
        }
        var opening: TerminalSession.Opening?
        if let exact {
            // Until the exact text is there: the text, the reading position, and moving through it.
            let provisionalView = (cursor: state.cursor, top: state.top)
            opening = TerminalSession.Opening(start: { exact.start() }, isDone: { exact.isDone }, finish: { state in
                switch exact.wait() {
                case .success(let (document, report)):
                    let exactText = LoadedText(document: document, path: loaded.path, report: report)
                    let layer: LayerLoading.Result
                    switch text.layer(for: exactText) {
                    case .success(let loadedLayer): layer = loadedLayer
                    case .failure(let failure): return failure
                    }
                    let hasMoved = state.cursor != provisionalView.cursor || state.top != provisionalView.top
                    state.replaceDocument(with: document)
                    notesFile.text = exactText
                    // The saved position, searched for in the whole text if it was not where it was kept.
                    if !hasMoved, let offset = notesFile.savedOffset, offset != state.cursor { state.restore(offset: offset) }
                    finishOpening(exactText, layer: layer, &state)
                    return nil
                case .failure(let error):
                    return LoadedText.failure(error)
                }
            })
        } else if let layer {
            finishOpening(loaded, layer: layer, &state)
        }
        var saveError: String?
        var session = TerminalSession(state: state, backend: terminal, opening: opening, savePosition: { offset in
            saveError = notesFile.savePosition(offset: offset)
        }, changeNote: { change in
            do throws(StateFileError) {
                switch change {
                case .save(let note): return .success(try notesFile.upsert(note))
                case .delete(let id): return .success(try notesFile.delete(id: id))
                }
            } catch {
                return .failure(NoteStorageFailure(message: error.message))
            }
        }, export: { format, state in
            exporter.map { $0.write(format: format, state: state) } ?? .failure(NoteStorageFailure(message: "the text is still being read"))
        }, countMatches: { query, matchStart, isCancelled in search.get()?.count(query, matchStart: matchStart, isCancelled: isCancelled) },
        countHints: { search.document().flatMap { HintLoading.count(in: $0) } ?? 0 })
        if let failure = session.run() { failure.exit() }
        if let saveError {
            FileHandle.standardError.write(Data("pingdian: the reading position was not saved: \(saveError)\n".utf8))
        }
    }
}

/// The reader's search over the exact text, set once that is there, shared with the threads
/// that count matches and hints.
final class SearchHolder: @unchecked Sendable {
    private let lock = NSLock()
    private var search: FoldingSearch?

    /// Sets the search over the exact text.
    func set(_ search: FoldingSearch) { lock.withLock { self.search = search } }

    /// The search, nil before the exact text is there.
    func get() -> FoldingSearch? { lock.withLock { search } }

    /// The exact text, nil before it is there.
    func document() -> TextDocument? { get()?.search.document }
}
