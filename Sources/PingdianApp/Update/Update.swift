import PingdianCore
import TerminalKit

extension AppState {
    /// Applies an action — the only way the state changes — and returns the effects to perform;
    /// ``frame`` then shows the result.
    public mutating func update(_ action: Action) -> [Effect] {
        let effects = Update.apply(action, to: &self)
        refreshFrame()
        return effects
    }
}

/// How each action changes the reader's state, and what must then happen outside (the functions
/// behind ``AppState/update(_:)``, one file per area).
enum Update {
    /// Applies an action to the state and returns the effects to perform.
    fileprivate static func apply(_ action: Action, to state: inout AppState) -> [Effect] {
        switch action {
        case .resize(let size):
            // The pane's width is the fresh start's at this size, with the reader's adjustment.
            state.relayout {
                $0.size = size
                $0.paneColumns = AppState.defaultPaneColumns(for: size) + $0.paneColumnsAdjustment
            }
            return []
        case .terminate:
            return [.savePosition(offset: state.textCursor), .quit]
        case .suspend:
            return [.savePosition(offset: state.textCursor), .suspend]
        case .externalEditFinished(let text):
            guard case .editNote(var editor) = state.mode else { return [] }
            if let text { editor.replaceText(text) } else { state.message = state.strings.editorUnavailable }
            state.mode = .editNote(editor)
            return []
        case .paste(let text):
            state.paste(text)
            return []
        case .mouse(let event):
            if state.mode == .reading {
                state.handleMouse(event)
            } else if case .lookup = state.mode, event.kind == .doubleClick {
                // Another word double-clicked while one is looked up: that one.
                state.handleMouse(event)
            }
            return []
        case .matchesCounted(let count):
            if count.query == state.lastSearch { state.matchCount = count }
            return []
        case .hintsCounted(let count):
            state.hintsCounted(count)
            return []
        case .conversionLoaded(let layer):
            return state.conversionLoaded(layer)
        case .originalReconstructed(let text):
            state.originalReconstructed(text)
            return []
        case .exportFinished(.success(let written)):
            state.message = written.replaced ? state.strings.exportedReplacing(written.path) : state.strings.exported(written.path)
            return []
        case .exportFinished(.failure(let failure)):
            state.message = state.strings.exportFailed(failure)
            return []
        case .textOpened(let opened):
            state.open(opened)
            return []
        case .textCounted(let counted):
            state.takeCount(counted)
            return []
        case .positionNotSaved(let error):
            state.message = state.strings.positionNotSaved(state.strings.stateFileProblem(error))
            return []
        case .notesNotSaved(let error):
            state.message = state.strings.notesNotSaved(state.strings.stateFileProblem(error))
            return []
        case .notesReloaded(let notes):
            state.setReaderNotes(notes)
            return []
        case .vocabularyReloaded(let words):
            state.vocabulary = words
            return []
        case .otherReadersLoaded(let readers, let sentences, let warnings):
            state.addOtherReaders(readers, sentences: sentences, warnings: warnings)
            return []
        case .authorKnown(let name):
            state.author = name
            return []
        case .key(let key):
            return handleKey(&state, key)
        }
    }
}
