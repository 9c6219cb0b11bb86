import PingdianApp
import PingdianCore
import TerminalKit

/// Runs the reader in a real terminal: draws the state, turns events into actions, performs
/// the effects, until the reader quits.
struct TerminalSession {
    var state: AppState
    let backend: any TerminalBackend
    /// The full reading of a large text, while the reader shows its provisional document.
    var opening: Opening?
    /// Saves the reading position; called on quit, suspend and signals.
    let savePosition: (Int) -> Void
    /// Saves or deletes one of the reader's notes; returns the notes as the file now holds them
    /// (with any another running copy added), or why nothing could be saved.
    let changeNote: (NoteStorageChange) -> Result<[Annotation], NoteStorageFailure>
    /// Writes an export of the reader's annotations in the named format; returns the path written.
    let export: (String, AppState) -> Result<String, NoteStorageFailure>
    /// Counts a search's matches (on a background thread), nil when cancelled.
    let countMatches: @Sendable (String, Int, @escaping @Sendable () -> Bool) -> MatchCount?
    /// The count running in the background, if any.
    let counting = BackgroundTask<MatchCount>()
    /// Counts the cue hints of the whole text (on a background thread).
    let countHints: @Sendable () -> Int
    /// The count of the cue hints running in the background, if any.
    let hintCounting = BackgroundTask<Int>()

    /// The exact document being read in the background, and what puts it in place.
    struct Opening {
        /// Starts the reading (once the first frame is out and no key came for 10 ms, so as not
        /// to slow that frame down; waiting for the exact text starts it too).
        let start: () -> Void
        /// Whether the reading is done.
        let isDone: () -> Bool
        /// Waits for the exact document and puts it, with everything that needs it, into the
        /// state; returns why the reader must stop when the file could no longer be read.
        let finish: (inout AppState) -> CommandFailure?
    }

    /// Runs until the reader quits or a signal ends it; the terminal is restored on return.
    /// Returns the failure that ended it, if the text could not be read in full.
    mutating func run() -> CommandFailure? {
        defer { backend.shutdown() }
        while true {
            // A count finished in the background since the last frame: show it in this one.
            if let count = counting.take() { _ = Reader.update(&state, .matchesCounted(count)) }
            if let count = hintCounting.take() { _ = Reader.update(&state, .hintsCounted(count)) }
            if let opening, opening.isDone(), let failure = finishOpening() { return failure }
            backend.draw(Screen.render(state))
            // While a count runs or the text is being read, wake up now and then to show the result.
            let polling = counting.isPending || hintCounting.isPending
            let timeout = opening != nil ? 10 : polling ? 50 : -1
            guard let event = backend.nextEvent(timeoutMilliseconds: timeout) else {
                // The first frame is out and no key came for a moment: read the whole text now,
                // so that it does not compete with the terminal drawing that frame.
                opening?.start()
                continue
            }
            // Only moving through the text goes ahead of the full reading; other keys wait for it.
            if opening != nil, !goesAheadOfReading(event), let failure = finishOpening() { return failure }
            let action: Action
            switch event {
            case .key(let key): action = .key(key)
            case .resize(let size): action = .resize(size)
            case .signal(.suspend): action = .suspend
            case .signal(.terminate), .signal(.hangUp), .signal(.interrupt): action = .terminate
            case .mouse(let event): action = .mouse(event)
            }
            let effects = Reader.update(&state, action)
            // Writing the notes file takes tens of milliseconds beside many notes. The state
            // already shows the change, so the frame comes first: on quit the terminal is given
            // back, otherwise the change is drawn; the file is written after, and a failure or
            // another copy's notes come back through `.notesNotSaved` / `.notesReloaded`.
            if effects.contains(.quit) {
                backend.shutdown()
            } else if effects.contains(where: \.writesNotesFile) {
                backend.draw(Screen.render(state))
            }
            for effect in effects {
                switch effect {
                case .savePosition(let offset): savePosition(offset)
                case .quit: return nil
                case .suspend: backend.suspend()
                case .redrawAll: backend.redrawAll()
                case .saveNote(let note): reload(changeNote(.save(note)))
                case .deleteNote(let id): reload(changeNote(.delete(id: id)))
                case .countMatches(let query, let matchStart):
                    counting.start { [countMatches] isCancelled in countMatches(query, matchStart, isCancelled) }
                case .countHints:
                    hintCounting.start { [countHints] _ in countHints() }
                case .export(let format):
                    switch export(format, state) {
                    case .success(let path): _ = Reader.update(&state, .exportFinished(path: path, error: nil))
                    case .failure(let failure): _ = Reader.update(&state, .exportFinished(path: nil, error: failure.message))
                    }
                case .editExternally(let text):
                    var edited: String?
                    backend.runOutside { edited = ExternalEditor.edit(text) }
                    _ = Reader.update(&state, .externalEditFinished(edited))
                }
            }
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

    /// Puts the exact document in place (waiting for it); the failure when it cannot be read.
    private mutating func finishOpening() -> CommandFailure? {
        guard let opening else { return nil }
        self.opening = nil
        return opening.finish(&state)
    }

    /// Feeds the notes as saved back into the reader, or tells it why they were not saved.
    private mutating func reload(_ result: Result<[Annotation], NoteStorageFailure>) {
        switch result {
        case .success(let notes): _ = Reader.update(&state, .notesReloaded(notes))
        case .failure(let failure): _ = Reader.update(&state, .notesNotSaved(failure.message))
        }
    }
}

/// Why a change to the reader's notes could not be saved.
struct NoteStorageFailure: Error {
    let message: String
}

/// A change to the reader's notes on disk.
enum NoteStorageChange {
    case save(Annotation)
    case delete(id: String)
}

extension Effect {
    /// Whether performing the effect writes the state file (the position or a note).
    var writesNotesFile: Bool {
        switch self {
        case .savePosition, .saveNote, .deleteNote: return true
        default: return false
        }
    }
}
