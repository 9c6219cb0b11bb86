import PingdianCore
import TerminalKit

extension Update {
    /// The filter of kinds (and, with other readers shown, of layers): move, toggle, all, none,
    /// only mine, close.
    static func filterKey(_ state: inout AppState, _ command: FilterCommand, selection: Int) -> [Effect] {
        if command == .list(.quit) { return quit(state) }
        let kinds = state.kinds
        guard !kinds.isEmpty else {
            state.mode = .reading
            return []
        }
        let layers = state.filterLayers
        let rowCount = kinds.count + layers.count
        var selected = max(0, min(selection, rowCount - 1))
        switch command {
        case .list(.close), .list(.quit):
            state.mode = .reading
            return []
        case .list(let move): selected = move.moved(selected, count: rowCount, page: listPage(state), times: state.count)
        case .toggle where selected >= kinds.count:
            // A layer's row: the curated layer, or another reader's.
            switch layers[selected - kinds.count] {
            case .curated: state.annotations.hidesCurated.toggle()
            case .reader(let position):
                if state.annotations.hiddenReaders.remove(position) == nil { state.annotations.hiddenReaders.insert(position) }
            }
        case .toggle:
            let key = kinds[selected].key
            if state.annotations.hiddenKinds.contains(key) {
                state.annotations.hiddenKinds.remove(key)
            } else {
                state.annotations.hiddenKinds.insert(key)
            }
        case .showAll:
            state.annotations.hiddenKinds = []
            state.annotations.hiddenReaders = []
            state.annotations.hidesCurated = false
        case .hideAll: state.annotations.hiddenKinds = Set(kinds.map(\.key))
        case .onlyMine: state.annotations.onlyReaderNotes.toggle()
        }
        state.mode = .filter(selection: selected)
        return []
    }

    /// The outline: move, narrow with `/`, jump with Enter, close.
    static func outlineKey(_ state: inout AppState, _ command: OutlineCommand, outline: OutlineState) -> [Effect] {
        var outline = outline
        let entries = state.outlineEntries(query: outline.query)
        let listHeight = listPage(state)
        switch command {
        case .list(.quit): return quit(state)
        case .list(.close):
            state.mode = .reading
            return []
        case .list(let move): outline.selection = move.moved(outline.selection, count: entries.count, page: listHeight, times: state.count)
        case .narrow:
            outline.isEditingQuery = true
            outline.query = ""
            outline.selection = 0
            outline.scroll = 0
        case .jump:
            state.mode = .reading
            if entries.indices.contains(outline.selection), let range = entries[outline.selection].range {
                state.jump(to: range.lowerBound)
                state.focusedAnnotationID = entries[outline.selection].id
            }
            return []
        case .clearOrClose:
            guard !outline.query.isEmpty else {
                state.mode = .reading
                return []
            }
            outline.query = ""
        }
        outline.selection = max(0, min(outline.selection, entries.count - 1))
        if outline.selection < outline.scroll { outline.scroll = outline.selection }
        if outline.selection >= outline.scroll + listHeight { outline.scroll = outline.selection - listHeight + 1 }
        state.mode = .outline(outline)
        return []
    }

    /// The outline's query line: characters are typed in; Backspace, Enter and Esc edit it.
    static func outlineQueryKey(_ state: inout AppState, _ key: Key, outline: OutlineState) -> [Effect] {
        var outline = outline
        if let command = state.keyMap.outlineQuery.command(for: key) {
            switch command {
            case .deleteBackward:
                if outline.query.isEmpty { outline.isEditingQuery = false } else { outline.query.removeLast() }
            case .finish:
                // The narrowing is kept, and so is the entry chosen with ↓ ↑ while typing.
                outline.isEditingQuery = false
                state.mode = .outline(outline)
                return []
            case .clear:
                outline.query = ""
                outline.isEditingQuery = false
            case .quit: return quit(state)
            case .down, .up:
                // Select in the narrowed list without leaving the query.
                let count = state.frame.listEntries.count
                outline.selection = max(0, min(count - 1, outline.selection + (command == .down ? 1 : -1)))
                let height = listPage(state)
                if outline.selection < outline.scroll { outline.scroll = outline.selection }
                if outline.selection >= outline.scroll + height { outline.scroll = outline.selection - height + 1 }
                state.mode = .outline(outline)
                return []
            }
        } else if case .character(let scalar) = key {
            outline.query.unicodeScalars.append(scalar)
        } else {
            state.message = state.strings.keyNotBoundHere
            return []
        }
        outline.selection = 0
        outline.scroll = 0
        state.mode = .outline(outline)
        return []
    }
}

extension Update {
    /// The kind picker: a number, or a move and Enter, chooses; closing cancels the note.
    static func kindPickerKey(_ state: inout AppState, _ command: PickerCommand, key: Key, picker: KindPicker) -> [Effect] {
        let kinds = state.kinds
        var picker = picker
        var chosen: Int?
        switch command {
        case .list(.quit): return quit(state)
        case .list(.close):
            state.mode = .reading
            state.message = picker.draft.existing == nil ? state.strings.noteNotSaved : state.strings.noteUnchanged
            return []
        case .list(let move): picker.selection = move.moved(picker.selection, count: kinds.count, page: listPage(state), times: state.count)
        case .chooseNumber: chosen = key.pickerRow
        case .choose: chosen = picker.selection
        }
        if let chosen, kinds.indices.contains(chosen) {
            picker.draft.kind = kinds[chosen].key
            state.mode = .editNote(NoteEditor(draft: picker.draft, text: picker.draft.existing?.note ?? ""))
            return []
        }
        state.mode = .pickKind(picker)
        return []
    }

    /// The note editor: characters are typed in (IME input too); the map's keys move, delete,
    /// save (Enter) and cancel.
    static func editorKey(_ state: inout AppState, _ key: Key, editor: NoteEditor) -> [Effect] {
        var editor = editor
        let command = state.keyMap.editNote.command(for: key)
        // Esc once on a changed note only asks; any other key goes on writing.
        if command != .cancel { editor.isAskingToDiscard = false }
        guard let command else {
            guard case .character(let scalar) = key else {
                state.message = state.strings.keyNotBoundHere
                return []
            }
            editor.insert(scalar)
            state.mode = .editNote(editor)
            return []
        }
        switch command {
        case .tab: editor.insert("\t")
        case .newLine: editor.insertLineBreak()
        case .deleteBackward: editor.deleteBackward()
        case .deleteForward: editor.deleteForward()
        case .wordLeft: editor.moveCaretByWord(forward: false)
        case .wordRight: editor.moveCaretByWord(forward: true)
        case .deleteWordBackward: editor.deleteWordBackward()
        case .left: editor.moveCaret(by: -1)
        case .right: editor.moveCaret(by: 1)
        case .lineStart: editor.moveCaretToLine(end: false)
        case .lineEnd: editor.moveCaretToLine(end: true)
        case .up: editor.moveCaretLine(down: false)
        case .down: editor.moveCaretLine(down: true)
        case .externalEditor:
            state.mode = .editNote(editor)
            return [.editExternally(editor.text)]
        case .cancel:
            if editor.hasChanges, !editor.isAskingToDiscard {
                editor.isAskingToDiscard = true
                state.mode = .editNote(editor)
                state.message = state.strings.discardNoteQuestion
                return []
            }
            state.mode = .reading
            state.message = editor.hasChanges ? state.strings.noteDiscarded
                : editor.draft.existing == nil ? state.strings.noteNotSaved : state.strings.noteUnchanged
            return []
        case .save:
            state.mode = .reading
            return saveDraft(editor, on: &state)
        }
        state.mode = .editNote(editor)
        return []
    }

    /// Turns the editor's draft into the reader's annotation and saves it.
    static func saveDraft(_ editor: NoteEditor, on state: inout AppState) -> [Effect] {
        let draft = editor.draft
        let text = editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
        var note = draft.existing ?? Annotation(
            id: state.newNoteID(), kind: draft.kind, anchor: TextAnchor.make(range: draft.range, in: state.document), creator: state.author)
        note.kind = draft.kind
        note.source = draft.source
        note.replyTo = draft.replyTo
        note.note = text.isEmpty ? nil : text
        guard let source = draft.source, draft.existing == nil else {
            return NoteActions.save(note, on: &state, message: draft.replyTo != nil && draft.existing == nil ? state.strings.replySaved : state.strings.noteSaved)
        }
        // A new attribution: the essay's passage it was made for is done with.
        state.keptSelection = nil
        return NoteActions.save(note, on: &state, message: state.strings.attributionSaved(state.strings.verdictLabel(source.verdict)))
    }

    /// The review: accept a move, re-attach an orphan, delete, close.
    static func reviewKey(_ state: inout AppState, _ command: ReviewCommand, review: ReviewState) -> [Effect] {
        if command == .list(.quit) { return quit(state) }
        let entries = state.reviewEntries
        var review = review
        review.selection = max(0, min(review.selection, entries.count - 1))
        var effects: [Effect] = []
        switch command {
        case .list(.close), .list(.quit):
            state.mode = .reading
            return []
        case .acceptShifts:
            effects = acceptShifts(&state)
        case _ where !entries.indices.contains(review.selection):
            // Only the folded line of shifts is left: the other keys have no entry to act on.
            state.message = state.strings.keyNotBoundHere
        case .list(let move): review.selection = move.moved(review.selection, count: entries.count, page: listPage(state), times: state.count)
        case .accept:
            let entry = entries[review.selection]
            guard let range = entry.range else {
                state.message = state.strings.reattachPrompt
                break
            }
            state.acceptedMoves.insert(entry.id)
            if var note = state.readerNote(entry.id) {
                note.anchor = TextAnchor.make(range: range, in: state.document)
                effects = NoteActions.save(note, on: &state, message: state.strings.noteSaved)
            } else {
                state.message = state.strings.curatedMoveAccepted
            }
        case .reattach:
            let entry = entries[review.selection]
            guard state.readerNote(entry.id) != nil else {
                state.message = state.strings.curatedReadOnly
                break
            }
            state.reattachID = entry.id
            state.mode = .reading
            state.message = state.strings.reattachPrompt
            return []
        case .delete:
            guard let note = state.readerNote(entries[review.selection].id) else {
                state.message = state.strings.curatedReadOnly
                break
            }
            effects = NoteActions.commit(.deleted(note), on: &state, message: state.strings.noteDeleted)
        }
        if !state.hasSomethingToReview {
            state.mode = .reading
            state.message = (state.message.map { $0 + " · " } ?? "") + state.strings.nothingToReview
        } else {
            review.selection = max(0, min(review.selection, state.reviewEntries.count - 1))
            state.mode = .review(review)
        }
        return effects
    }

    /// `A` in the review: accepts every annotation found with the same words elsewhere, saving
    /// the reader's own at their new place as one change each.
    private static func acceptShifts(_ state: inout AppState) -> [Effect] {
        let shifts = state.reviewShifts
        guard !shifts.isEmpty else {
            state.message = state.strings.noShifts
            return []
        }
        var effects: [Effect] = []
        var mine = 0
        for shift in shifts {
            state.acceptedMoves.insert(shift.id)
            guard var note = state.readerNote(shift.id), let range = shift.range else { continue }
            note.anchor = TextAnchor.make(range: range, in: state.document)
            effects += NoteActions.commit(.saving(note, over: state.readerNote(note.id)), on: &state, message: "")
            mine += 1
        }
        state.message = state.strings.shiftsAccepted(shifts.count, mine: mine)
        return effects
    }
}

extension Update {
    /// The export picker: a number, or a move and Enter, chooses; closing cancels.
    static func exportPickerKey(_ state: inout AppState, _ command: PickerCommand, key: Key, selection: Int) -> [Effect] {
        let formats = state.exportFormats
        var selected = max(0, min(selection, formats.count - 1))
        var chosen: Int?
        switch command {
        case .list(.quit): return quit(state)
        case .list(.close):
            state.mode = .reading
            return []
        case .list(let move): selected = move.moved(selected, count: formats.count, page: listPage(state), times: state.count)
        case .chooseNumber: chosen = key.pickerRow
        case .choose: chosen = selected
        }
        if let chosen, formats.indices.contains(chosen) {
            state.mode = .reading
            return [.export(formats[chosen])]
        }
        state.mode = .pickExport(selection: selected)
        return []
    }
}

import Foundation
