import Foundation
import PingdianApp
import PingdianCore
import TerminalKit

/// A running reader: the state, the terminal it is drawn on, and the work it started.
///
/// Everything that changes the state is an ``Action`` through ``dispatch(_:)``: keys and
/// signals from the terminal, and the result of every ``Effect`` that `update` returns — a note
/// saved or not, an export written, a count done, the text read in full — which this performs
/// and feeds back (bubbletea's commands and messages). The terminal is any ``TerminalBackend``:
/// ncurses for the reader, ``MemoryTerminal`` for tests and `pingdian snapshot`.
public final class ReaderSession {
    /// The reader's state, as `update` left it.
    public private(set) var state: AppState
    /// Why the reading position could not be saved on the way out, in English for standard
    /// error (the state was told in its own language).
    public private(set) var positionSaveFailure: StateFileError?

    private let terminal: any TerminalBackend
    private let choice: TextChoice
    /// The source text given with `--source`, if any.
    private let sourceDocument: TextDocument?
    /// The dictionaries for `K`, read at the first lookup.
    private let dictionary: BundledWordDictionary
    private let storage: any ReaderStorage
    private let threads: BackgroundThreads
    private let editor: (String) -> String?
    /// The full reading of a large text, while the state shows its provisional document.
    private var pendingText: BackgroundText?
    /// The count of a large text's lines, while the state shows the provisional document of its
    /// first lines.
    private var pendingCount: BackgroundCount?
    /// Writes exports from the reader; nil until the exact text is there.
    private var exporter: ReaderExport?
    /// The search over the exact text, for the threads that count matches and hints.
    private let countingSearch = SharedSearch()
    private let matchCounting: BackgroundTask<MatchCount>
    private let hintCounting: BackgroundTask<Int>
    /// Reconstructing the text's original (`~`).
    private let originalReconstruction: BackgroundTask<ReconstructedOriginal>
    /// Finding the reader's name when no flag or variable gives it (git runs for it).
    private let authorLookup: BackgroundTask<FoundAuthor>
    /// The environment to find the reader's name in, until that lookup starts: once the first
    /// frame is drawn, or at the first key, so that git does not run beside that frame.
    private var authorLookupEnvironment: [String: String]?
    /// Reading the other readers' files (`--with`) after the first frame.
    private let readerLoading: BackgroundTask<LoadedReaders>
    /// Set by the `.quit` effect, or when the text can no longer be read.
    private var hasEnded = false
    private var failure: CommandFailure?

    /// A session on `terminal` for a prepared text, at its saved position. `editor` runs
    /// `$VISUAL`/`$EDITOR` on a note (Ctrl-G); `noteIDPrefix` (random by default) makes the ids
    /// of new notes unique across running copies.
    public init(
        _ prepared: PreparedReader, terminal: any TerminalBackend,
        editor: @escaping (String) -> String? = { ExternalEditor.edit($0) }, noteIDPrefix: String? = nil
    ) {
        self.terminal = terminal
        self.choice = prepared.choice
        self.sourceDocument = prepared.sourceDocument
        self.dictionary = BundledWordDictionary(userFolder: prepared.dictionaryFolder)
        self.storage = prepared.storage
        self.threads = prepared.threads
        self.editor = editor
        self.pendingText = prepared.exact
        if prepared.exact != nil, !prepared.loaded.document.isCounted {
            pendingCount = BackgroundCount(counting: prepared.loaded.document, threads: prepared.threads)
        }
        self.matchCounting = BackgroundTask(prepared.threads)
        self.hintCounting = BackgroundTask(prepared.threads)
        self.originalReconstruction = BackgroundTask(prepared.threads)
        self.authorLookup = BackgroundTask(prepared.threads)
        self.readerLoading = BackgroundTask(prepared.threads)
        let language = prepared.language
        state = AppState(
            document: prepared.loaded.document,
            language: language,
            size: terminal.size,
            colorCapability: terminal.colorCapability,
            indentParagraphs: prepared.choice.indent,
            punctuation: prepared.choice.punctuation,
            exportFormats: ExportFormat.allCases,
            noteIDPrefix: noteIDPrefix ?? "note-" + String(UInt32.random(in: 0...UInt32.max), radix: 16),
            startOffset: prepared.storage.savedOffset)
        if prepared.exact == nil, let layer = prepared.layer {
            dispatch(.textOpened(opened(prepared.loaded, layer: layer)))
            // With the inline threads of tests the other readers are there at once.
            takeLoadedReaders()
        }
        if let author = AuthorName.given(flag: prepared.choice.author, environment: prepared.environment) {
            dispatch(.authorKnown(author))
        } else {
            authorLookupEnvironment = prepared.environment
        }
    }

    /// Starts finding the reader's name, once, when nothing gave it.
    private func startAuthorLookup() {
        guard let environment = authorLookupEnvironment else { return }
        authorLookupEnvironment = nil
        authorLookup.start { _ in FoundAuthor(name: AuthorName.resolve(flag: nil, environment: environment)) }
        // With the inline threads of tests the name is there at once.
        if let found = authorLookup.take() { dispatch(.authorKnown(found.name)) }
    }

    /// Runs until the reader quits, a signal ends it, or the text can no longer be read; gives
    /// the terminal back on return. Returns the failure that ended it, if any.
    public func run() -> CommandFailure? {
        defer { terminal.shutdown() }
        while !hasEnded {
            takeFinishedWork()
            if hasEnded { break }
            terminal.draw(Screen.render(state))
            // The first frame is out: count the lines of a large text now (milliseconds), and
            // ask git for the reader's name.
            pendingCount?.start()
            startAuthorLookup()
            // While a count runs or the text is being read, wake up now and then to show the result.
            let polling = matchCounting.isPending || hintCounting.isPending || originalReconstruction.isPending || authorLookup.isPending
                || readerLoading.isPending
            let timeout = pendingText != nil ? 10 : polling ? 50 : -1
            guard let event = terminal.nextEvent(timeoutMilliseconds: timeout) else {
                // The first frame is out and no key came for a moment: read the whole text now,
                // so that it does not compete with the terminal drawing that frame — once its
                // lines are counted, so that the two do not hold their memory at once.
                if pendingCount == nil { pendingText?.start() }
                continue
            }
            // Only moving through the text goes ahead of the full reading; other keys wait for it,
            // and `G` or a key near the last line counted waits for the count.
            if pendingCount != nil, case .key(let key) = event, state.movesOnlyThroughLayout(key), !state.goesAheadOfCount(key) {
                finishCounting()
            }
            if pendingText != nil, !goesAheadOfReading(event) {
                finishOpening()
                if hasEnded { break }
            }
            handle(event)
        }
        return failure
    }

    /// Handles one event from the terminal.
    public func handle(_ event: TerminalEvent) {
        startAuthorLookup()
        dispatch(Action(event))
    }

    /// Applies `action` with `update`, performs the effects it returns, and dispatches what
    /// came of them at once; what background work started comes back later, through
    /// ``takeFinishedWork()``.
    public func dispatch(_ action: Action) {
        var queue = [action]
        // Every result is dispatched, even after `.quit` (a position that could not be saved on
        // quit still reaches the state); the run loop stops at its next turn.
        while !queue.isEmpty {
            let effects = state.update(queue.removeFirst())
            // Writing the state file takes milliseconds beside many notes, and the state already
            // shows the change: on quit the terminal is given back first, otherwise the change is
            // drawn first; the file is written after.
            if effects.contains(.quit) {
                terminal.shutdown()
            } else if effects.contains(where: \.writesStorage) {
                terminal.draw(Screen.render(state))
            }
            for effect in effects {
                if let result = perform(effect) { queue.append(result) }
            }
        }
    }

    /// Whether the session has ended (the reader quit, or the text could no longer be read).
    public var isOver: Bool { hasEnded }

    // MARK: Effects

    /// Performs one effect; what came of it, as the action to dispatch, if anything.
    private func perform(_ effect: Effect) -> Action? {
        switch effect {
        case .savePosition(let offset):
            guard let error = storage.savePosition(offset: offset) else { return nil }
            positionSaveFailure = error
            return .positionNotSaved(error)
        case .quit:
            hasEnded = true
            return nil
        case .suspend:
            terminal.suspend()
            return nil
        case .redrawAll:
            terminal.redrawAll()
            return nil
        case .changeNote(let change):
            switch storage.apply(change) {
            case .success(let notes): return .notesReloaded(notes)
            case .failure(let error): return .notesNotSaved(error)
            }
        case .changeWord(let change):
            switch storage.applyWord(change) {
            case .success(let words): return .vocabularyReloaded(words)
            case .failure(let error): return .notesNotSaved(error)
            }
        case .countMatches(let query, let matchStart):
            let search = self.countingSearch
            matchCounting.start { isCancelled in search.get()?.count(query, matchStart: matchStart, isCancelled: isCancelled) }
            return nil
        case .loadConversion:
            return .conversionLoaded(LayerLoading.conversionLayer(for: storage.text))
        case .reconstructOriginal:
            let search = self.countingSearch
            originalReconstruction.start { _ in
                guard let document = search.document() else { return ReconstructedOriginal(text: nil) }
                let check = ConversionCheck(document: document)
                guard let converted = ConvertedText(document: document, configuration: check?.configuration ?? .s2twp) else {
                    return ReconstructedOriginal(text: nil)
                }
                return ReconstructedOriginal(text: OriginalText(converted: converted, searchEngine: FoldingSearch(document: converted.original),
                                                                check: check))
            }
            return nil
        case .countHints:
            let search = self.countingSearch
            hintCounting.start { isCancelled in
                guard let document = search.document() else { return 0 }
                return CueHintSource.count(in: document, isCancelled: isCancelled)
            }
            return nil
        case .export(let format):
            guard let exporter else { return .exportFinished(.failure(.textStillBeingRead)) }
            return .exportFinished(exporter.write(format: format, state: state))
        case .editExternally(let text):
            var edited: String?
            terminal.runOutside { edited = editor(text) }
            return .externalEditFinished(edited)
        }
    }

    // MARK: Background work

    /// Dispatches the results of background work that finished since the last call — counts,
    /// the full reading of a large text — as the run loop does before each frame.
    public func takeFinishedWork() {
        if let count = matchCounting.take() { dispatch(.matchesCounted(count)) }
        if let count = hintCounting.take() { dispatch(.hintsCounted(count)) }
        if let reconstructed = originalReconstruction.take() { dispatch(.originalReconstructed(reconstructed.text)) }
        if let found = authorLookup.take() { dispatch(.authorKnown(found.name)) }
        takeLoadedReaders()
        if let pendingCount, pendingCount.isDone { finishCounting() }
        if let pendingText, pendingText.isDone { finishOpening() }
    }

    /// Waits for the count of a large text's lines and hands the whole text's provisional
    /// document to the state; when the file could not be counted, waits for the full reading,
    /// which says why.
    private func finishCounting() {
        guard let pending = pendingCount else { return }
        pendingCount = nil
        guard let counted = pending.wait().document else {
            finishOpening()
            return
        }
        storage.text = LoadedText(document: counted, path: storage.text.path, report: storage.text.report)
        dispatch(.textCounted(counted))
    }

    /// Hands the other readers' layers to the state once they are read.
    private func takeLoadedReaders() {
        if let loaded = readerLoading.take() {
            dispatch(.otherReadersLoaded(loaded.readers, sentences: loaded.sentences, warnings: loaded.warnings))
        }
    }

    /// Whether `event` may be handled on the provisional document: a resize, or a key that only
    /// moves through laid-out text (``AppState/movesOnlyThroughLayout(_:)``).
    private func goesAheadOfReading(_ event: TerminalEvent) -> Bool {
        switch event {
        case .resize: return true
        case .key(let key): return state.movesOnlyThroughLayout(key)
        default: return false
        }
    }

    /// Waits for the full reading of the text and dispatches it with everything loaded for it;
    /// ends the session when the file can no longer be read or its layer is bad.
    private func finishOpening() {
        guard let pending = pendingText else { return }
        pendingText = nil
        // The exact document is counted: a count still running is not needed.
        pendingCount = nil
        switch pending.wait() {
        case .success(let (document, report)):
            let exactText = LoadedText(document: document, path: storage.text.path, report: report)
            switch choice.layer(for: exactText) {
            case .success(let layer):
                dispatch(.textOpened(opened(exactText, layer: layer)))
                takeLoadedReaders()
            case .failure(let failure): end(failure)
            }
        case .failure(let error):
            end(LoadedText.failure(error))
        }
    }

    /// Ends the session with a failure.
    private func end(_ failure: CommandFailure) {
        self.failure = failure
        hasEnded = true
    }

    /// The exact text with everything the reader needs of it: the layer and the reader's notes
    /// resolved together, the cue hints, the search, the saved position, what to warn about.
    /// Sets up the search for the counting threads and the exporter on the way.
    private func opened(_ text: LoadedText, layer: LayerLoading.Result) -> OpenedText {
        storage.text = text
        let document = text.document
        // The layer as LayerLoading resolved it, the reader's notes added to its index: the
        // layer is resolved once, and only the notes on top of it.
        var annotations = layer.annotations.hasLayer
            ? layer.annotations : AnnotationSet(layer: nil, readerNotes: [], document: document, taxonomy: layer.taxonomy)
        annotations.replaceReaderNotes(storage.annotations, document: document)
        if !choice.otherReaders.isEmpty {
            // Other readers' notes (`--with`) are read off the key path: the text is drawn first.
            let paths = choice.otherReaders
            let taxonomy = layer.taxonomy
            readerLoading.start { _ in
                let loaded = OtherReaders.load(paths, document: document, taxonomy: taxonomy)
                return LoadedReaders(readers: loaded.layers.enumerated().map { OtherReader($1, position: $0) },
                                     sentences: SentenceKinds.sentences(of: document), warnings: loaded.problems.map(\.warning))
            }
        }
        let folding = FoldingSearch(document: document)
        countingSearch.set(folding)
        exporter = ReaderExport(text: text, taxonomy: layer.taxonomy, stem: storage.exportStem)
        if threads == .separate {
            // The first save of a new text's state needs the text's fingerprint (a quarter of a
            // second on 50 MB): compute it now, off the key path, so that it is ready.
            DispatchQueue.global(qos: .utility).async { _ = TextIdentity.fingerprint(of: document) }
        }
        let warnings = [text.warning, layer.warning, storage.warning].compactMap { $0 }
        return OpenedText(
            document: document, annotations: annotations,
            hints: CueHintSource.layer(for: document, taxonomy: layer.taxonomy, language: state.strings.language),
            searchEngine: folding, savedOffset: storage.savedOffset, warnings: warnings,
            sourceText: sourceDocument.map { SourceText(document: $0, annotations: annotations.index?.all.map(\.annotation) ?? [], url: choice.sourceURL) },
            dictionary: dictionary, vocabulary: storage.vocabulary)
    }
}

extension Action {
    /// The action of a terminal event: signals that end the program all terminate it.
    public init(_ event: TerminalEvent) {
        switch event {
        case .key(let key): self = .key(key)
        case .resize(let size): self = .resize(size)
        case .signal(.suspend): self = .suspend
        case .signal(.terminate), .signal(.hangUp), .signal(.interrupt): self = .terminate
        case .mouse(let event): self = .mouse(event)
        case .paste(let text): self = .paste(text)
        }
    }
}

extension Effect {
    /// Whether performing the effect writes the state file (the position or a note).
    var writesStorage: Bool {
        switch self {
        case .savePosition, .changeNote, .changeWord: return true
        default: return false
        }
    }
}

/// The reader's search over the exact text, set once that is there, shared with the threads
/// that count matches and hints.
final class SharedSearch: @unchecked Sendable {
    private let lock = NSLock()
    private var search: FoldingSearch?

    /// Sets the search over the exact text.
    func set(_ search: FoldingSearch) { lock.withLock { self.search = search } }

    /// The search, nil before the exact text is there.
    func get() -> FoldingSearch? { lock.withLock { search } }

    /// The exact text, nil before it is there.
    func document() -> TextDocument? { get()?.textSearch.document }
}

/// The other readers' layers as read for the text, and what to say of the files left out.
struct LoadedReaders: Sendable {
    let readers: [OtherReader]
    /// The text's sentences, the agreement's units: ICU over the whole text, done here too.
    let sentences: [Range<Int>]
    let warnings: [OpeningWarning]
}

/// The reader's name as ``AuthorName/resolve(flag:environment:)`` found it; nil when nothing names them.
struct FoundAuthor: Sendable {
    let name: String?
}

/// The result of reconstructing a text's original: nil when it cannot be (OpenCC missing).
struct ReconstructedOriginal: @unchecked Sendable {
    let text: OriginalText?
}
