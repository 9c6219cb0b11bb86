import Foundation
import PingdianApp
import PingdianCore

/// Where a reader session keeps the reading position and the reader's notes: the text's state
/// file (``ReadingStateFile``), or memory for a snapshot (``MemoryStorage``).
protocol ReaderStorage: AnyObject {
    /// The text being read; set to the exact document once a large text is read in full.
    var text: LoadedText { get set }
    /// Where to start reading: the saved position found again in the text, or nil.
    var savedOffset: Int? { get }
    /// The saved position as the file holds it, before it is found again in the text; nil for none.
    var storedOffset: Int? { get }
    /// The reader's notes as last read or written.
    var annotations: [Annotation] { get }
    /// The reader's vocabulary as last read or written.
    var vocabulary: [VocabularyEntry] { get }
    /// Where exports from the reader go, without their extension.
    var exportStem: URL { get }
    /// What the reader is told at the start about the storage (it will not be written), if anything.
    var warning: OpeningWarning? { get }
    /// Saves the position at `offset`; why it could not be saved, or nil.
    func savePosition(offset: Int) -> StateFileError?
    /// Saves a change to the notes; returns the notes as now kept (another running copy's
    /// included) or why nothing was saved.
    func apply(_ change: NoteChange) -> Result<[Annotation], StateFileError>
    /// Saves a change to the vocabulary (`.saveWord`, `.removeWord`); returns the vocabulary as now
    /// kept or why nothing was saved.
    func applyWord(_ change: StateChange) -> Result<[VocabularyEntry], StateFileError>
}

/// Storage in memory, for `pingdian snapshot`: no position is read or saved, notes live as long
/// as the session, exports go to a new temporary folder.
final class MemoryStorage: ReaderStorage {
    var text: LoadedText
    private(set) var annotations: [Annotation] = []
    private(set) var vocabulary: [VocabularyEntry] = []
    let exportFolder = FileManager.default.temporaryDirectory.appendingPathComponent("pingdian-snapshot-\(UUID().uuidString)")

    var exportStem: URL {
        exportFolder.appendingPathComponent(StateStore.fileName(forTextAt: text.path, title: text.document.title)).deletingPathExtension()
    }

    init(text: LoadedText) {
        self.text = text
    }

    var savedOffset: Int? { nil }
    var storedOffset: Int? { nil }
    var warning: OpeningWarning? { nil }

    func savePosition(offset: Int) -> StateFileError? { nil }

    func apply(_ change: NoteChange) -> Result<[Annotation], StateFileError> {
        change.apply(to: &annotations)
        return .success(annotations)
    }

    func applyWord(_ change: StateChange) -> Result<[VocabularyEntry], StateFileError> {
        switch change {
        case .saveWord(let entry): vocabulary.append(entry)
        case .removeWord(let id): vocabulary.removeAll { $0.id == id }
        default: break
        }
        return .success(vocabulary)
    }
}
