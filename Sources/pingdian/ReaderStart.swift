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
        let (loaded, layer) = text.open()
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
            annotations: layer.annotations,
            language: language,
            size: terminal.size,
            colorCapability: terminal.colorCapability,
            indentParagraphs: text.indent,
            punctuation: text.punct.style)
        state.annotations = AnnotationSet(
            layer: layer.annotations.hasLayer ? layer.annotations.layerAnnotations : nil,
            readerNotes: notesFile.annotations, document: loaded.document, taxonomy: layer.taxonomy)
        let (document, taxonomy) = (loaded.document, layer.taxonomy)
        state.loadHints = { HintLoading.hints(for: document, taxonomy: taxonomy, language: language) }
        let search = FoldingSearch(document: loaded.document)
        state.searchEngine = search
        state.exportFormats = ExportFormat.allCases.map { ($0.rawValue, $0.summary(in: language)) }
        let exporter = ReaderExport(text: loaded, taxonomy: layer.taxonomy, folder: notesFile.url.deletingLastPathComponent())
        state.noteIDPrefix = "note-" + String(UInt32.random(in: 0...UInt32.max), radix: 16)
        if let offset = notesFile.savedOffset { state.restore(offset: offset) }
        state.announceReanchoring()
        state.message = loaded.warning(state.strings) ?? layer.warning.map(state.strings.layerNotShown)
            ?? notesFile.readOnlyReason.map { state.strings.positionNotSaved($0.message) } ?? state.message
        var saveError: String?
        var session = TerminalSession(state: state, backend: terminal, savePosition: { offset in
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
        }, export: { format, state in exporter.write(format: format, state: state) },
        countMatches: { query, matchStart, isCancelled in search.count(query, matchStart: matchStart, isCancelled: isCancelled) })
        session.run()
        if let saveError {
            FileHandle.standardError.write(Data("pingdian: the reading position was not saved: \(saveError)\n".utf8))
        }
    }
}
