import PingdianCore
import TerminalKit

/// Reading together (Docs/together.md): walking the readers' disagreements, copying another
/// reader's note, replying to a note of any layer.
extension AppState {
    /// Jumps to the start of the next or previous sentence the readers disagree on, `times`
    /// times; the status line says which ("disagreement 3/17").
    mutating func jumpToDisagreement(forward: Bool, times: Int) {
        guard let agreement = annotations.agreement else {
            message = strings.disagreementsNeedReaders
            return
        }
        let starts = agreement.disagreements.map { agreement.kinds.sentences[$0].lowerBound }
        guard !starts.isEmpty else {
            message = strings.noDisagreements
            return
        }
        var position = cursor
        var found: Int?
        for _ in 0..<max(1, times) {
            guard let next = forward ? starts.firstIndex(where: { $0 > position }) : starts.lastIndex(where: { $0 < position }) else { break }
            found = next
            position = starts[next]
        }
        guard let found else {
            message = forward ? strings.noMoreAnnotations : strings.noEarlierAnnotations
            return
        }
        moveCursor(to: starts[found], jump: true)
        message = strings.disagreementPosition(found + 1, of: starts.count)
    }
}

extension NoteActions {
    /// `y`: another reader's note at the cursor becomes one of the reader's own, the same words,
    /// kind and note, with where it came from (its reader, file and id there).
    static func copy(on state: inout AppState) -> [Effect] {
        let strings = state.strings
        guard let focused = state.focusedAnnotation, let reader = state.annotations.otherReader(of: focused.id) else {
            state.message = strings.copyNeedsOtherReader
            return []
        }
        let originalID = reader.originalID(of: focused.id)
        if state.annotations.readerNotes.contains(where: { $0.origin?.file == reader.file && $0.origin?.id == originalID }) {
            state.message = strings.alreadyCopied
            return []
        }
        let source = focused.annotation
        let copy = Annotation(
            id: state.newNoteID(), kind: source.kind, anchor: focused.range.map { TextAnchor.make(range: $0, in: state.document) } ?? source.anchor,
            note: source.note, source: source.source, creator: state.author,
            origin: AnnotationOrigin(creator: source.creator ?? reader.name, file: reader.file, id: originalID))
        return save(copy, on: &state, message: strings.noteCopied(from: reader.name))
    }

    /// `A`: a reply to the note at the cursor, of any layer: the note editor opens for it, on
    /// the same words and of the same kind.
    static func reply(on state: inout AppState) -> [Effect] {
        guard let focused = state.focusedAnnotation, let range = focused.range else {
            state.message = state.strings.noAnnotationHere
            return []
        }
        let answered = state.annotations.otherReader(of: focused.id)?.originalID(of: focused.id) ?? focused.id
        let draft = NoteDraft(existing: nil, range: range, kind: focused.annotation.kind, replyTo: answered)
        state.mode = .editNote(NoteEditor(draft: draft, text: ""))
        return []
    }
}

extension NoteActions {
    /// `M`: the versions of the reader's note at the cursor that a merge kept (changed in two places).
    static func chooseVersion(on state: inout AppState) -> [Effect] {
        guard let focused = state.focusedAnnotation, let note = state.readerNote(focused.id), !note.conflicts.isEmpty else {
            state.message = state.strings.noConflictHere
            return []
        }
        state.mode = .pickVersion(VersionPicker(noteID: note.id))
        return []
    }
}

extension Update {
    /// The versions of a note: a digit or Enter keeps that one (the others dropped); the last
    /// row keeps them all, each other version a note of its own. Undoable, as every change.
    static func versionPickerKey(_ state: inout AppState, _ command: PickerCommand, key: Key, picker: VersionPicker) -> [Effect] {
        guard let note = state.readerNote(picker.noteID) else {
            state.mode = .reading
            return []
        }
        let count = note.conflicts.count + 2
        var picker = picker
        var chosen: Int?
        switch command {
        case .list(.quit): return quit(state)
        case .list(.close):
            state.mode = .reading
            return []
        case .list(let move): picker.selection = move.moved(picker.selection, count: count, page: listPage(state), times: state.count)
        case .chooseNumber: chosen = key.pickerRow
        case .choose: chosen = picker.selection
        }
        guard let chosen, (0..<count).contains(chosen) else {
            if let chosen { state.message = state.strings.noSuchVersion(chosen + 1) }
            state.mode = .pickVersion(picker)
            return []
        }
        state.mode = .reading
        var kept = chosen == 0 || chosen == count - 1 ? note : note.conflicts[chosen - 1]
        kept.id = note.id
        kept.conflicts = []
        guard chosen == count - 1 else {
            return NoteActions.save(kept, on: &state, message: state.strings.conflictResolved)
        }
        // Keep them all: the note as it is, and each other version as a note of its own.
        var effects = NoteActions.save(kept, on: &state, message: state.strings.conflictKeptAll)
        for version in note.conflicts {
            var copy = version
            copy.id = state.newNoteID()
            copy.conflicts = []
            effects += NoteActions.commit(.saving(copy, over: nil), on: &state, message: state.strings.conflictKeptAll)
        }
        state.focusedAnnotationID = note.id
        return effects
    }
}

extension AppState {
    /// The layers the filter lists under the kinds when other readers are shown: the curated
    /// layer, then each other reader; none otherwise.
    var filterLayers: [FilterLayer] {
        let readers = annotations.otherReaders
        guard !readers.isEmpty else { return [] }
        return (annotations.hasLayer ? [.curated] : []) + readers.indices.map(FilterLayer.reader)
    }
}

/// A layer the filter can hide (the reader's own notes are always shown; `m` shows only them).
enum FilterLayer: Hashable {
    case curated
    /// Another reader's, by position in ``AnnotationSet/otherReaders``.
    case reader(Int)
}

extension AppState {
    /// Takes in the other readers' layers and the text's sentences, both made off the key path
    /// (``Action/otherReadersLoaded(_:sentences:warnings:)``): shown beside the others, on the
    /// original's words while the original is shown; the status line says the first problem with
    /// a file, if any.
    mutating func addOtherReaders(_ readers: [OtherReader], sentences: [Range<Int>], warnings: [OpeningWarning]) {
        changeTextAnnotations { $0.addOtherReaders(readers, sentences: sentences, document: $1) }
        if let warning = warnings.first {
            message = strings.warning(warning) + (warnings.count > 1 ? strings.moreWarnings(warnings.count - 1) : "")
        }
    }
}
