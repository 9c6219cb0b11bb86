import PingdianCore
import TerminalKit

/// What the reader asks the world to do after an update; the runtime performs it, and what came
/// of it comes back as an ``Action``.
public enum Effect: Hashable, Sendable {
    /// Save the reading position now.
    case savePosition(offset: Int)
    /// Stop the program (after saving).
    case quit
    /// Suspend to the shell (Ctrl-Z) and redraw all on return.
    case suspend
    /// Repaint the whole terminal (Ctrl-L).
    case redrawAll
    /// Save a change to the reader's notes now (already in the state); report back with
    /// `.notesReloaded` or `.notesNotSaved`.
    case changeNote(NoteChange)
    /// Save a word to the vocabulary, or remove one (a ``StateChange`` `.saveWord` or
    /// `.removeWord`); report back with `.vocabularyReloaded` or `.notesNotSaved`.
    case changeWord(StateChange)
    /// Count the matches of a search off the key path, and the number of the one at `matchStart`;
    /// report back with `.matchesCounted`.
    case countMatches(query: String, matchStart: Int)
    /// Count the cue hints of the whole text off the key path (`H` shows only those on screen);
    /// report back with `.hintsCounted`.
    case countHints
    /// Look for the text's conversion layer (the first `C`): it comes back as ``Action/conversionLoaded(_:)``.
    case loadConversion
    /// Reconstruct the text's original (`~`): its result comes back as ``Action/originalReconstructed(_:)``.
    case reconstructOriginal
    /// Export the annotations in this format; report back with `.exportFinished`.
    case export(ExportFormat)
    /// Hand this note text to `$VISUAL`/`$EDITOR` and report back with `.externalEditFinished`.
    case editExternally(String)
}

/// Something that happened to the reader — a key, a resize, a signal — or the result of an
/// ``Effect`` the runtime performed: the only input of ``AppState/update(_:)``.
public enum Action {
    case key(Key)
    case resize(TerminalSize)
    /// The process was asked to stop (SIGTERM, SIGHUP, SIGINT).
    case terminate
    /// The process was asked to suspend from outside (SIGTSTP).
    case suspend
    /// Text was pasted in one piece: typed into a note, a search or a query; never run as keys.
    case paste(String)
    /// The mouse was pressed, dragged, released or wheeled.
    case mouse(MouseEvent)
    /// The external editor closed: the note's new text, or nil when it failed or was abandoned.
    case externalEditFinished(String?)
    /// The text was read in full, with everything loaded for it.
    case textOpened(OpenedText)
    /// The lines of a large text were counted to its end: its provisional document, whole
    /// (``TextDocument/counted()``), in place of the one of its first lines.
    case textCounted(TextDocument)
    /// The runtime counted a search's matches.
    case matchesCounted(MatchCount)
    /// The runtime counted the cue hints of the whole text.
    case hintsCounted(Int)
    /// The text's conversion layer, resolved with its taxonomy; nil for a text without one.
    case conversionLoaded(AnnotationSet?)
    /// The text's original, reconstructed; nil when it cannot be (OpenCC missing).
    case originalReconstructed(OriginalText?)
    /// An export was written to this path (replacing this text's previous one or not), or failed.
    case exportFinished(Result<ExportWritten, ExportFailure>)
    /// The reading position could not be saved.
    case positionNotSaved(StateFileError)
    /// A change to the notes could not be saved (a read-only or broken file).
    case notesNotSaved(StateFileError)
    /// The saved notes as the file holds them now (another running copy may have added some).
    case notesReloaded([Annotation])
    /// The vocabulary as the state file now holds it.
    case vocabularyReloaded([VocabularyEntry])
    /// Other readers' layers (`--with`) and the text's sentences (``SentenceKinds/sentences(of:)``),
    /// made after the first frame, and what to say of the files left out or made on another text.
    case otherReadersLoaded([OtherReader], sentences: [Range<Int>], warnings: [OpeningWarning])
    /// Who the reader is (``AppState/author``), once the runtime knows; nil when nothing says.
    case authorKnown(String?)
}
