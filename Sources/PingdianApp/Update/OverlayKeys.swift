import PingdianCore
import TerminalKit

extension Reader {
    /// Keys in the filter of kinds: move, toggle, all, none, close.
    static func filterKey(_ state: inout AppState, _ key: Key, selection: Int) {
        let kinds = state.kinds
        guard !kinds.isEmpty else {
            state.mode = .reading
            return
        }
        var selected = max(0, min(selection, kinds.count - 1))
        switch key {
        case .character("j"), .down: selected = min(kinds.count - 1, selected + 1)
        case .character("k"), .up: selected = max(0, selected - 1)
        case .character("g"), .home: selected = 0
        case .character("G"), .end: selected = kinds.count - 1
        case .character(" "), .enter, .character("x"):
            let key = kinds[selected].key
            if state.annotations.hiddenKinds.contains(key) {
                state.annotations.hiddenKinds.remove(key)
            } else {
                state.annotations.hiddenKinds.insert(key)
            }
        case .character("a"): state.annotations.hiddenKinds = []
        case .character("n"): state.annotations.hiddenKinds = Set(kinds.map(\.key))
        case .escape, .character("q"), .character("f"):
            state.mode = .reading
            return
        default: break
        }
        state.mode = .filter(selection: selected)
    }

    /// Keys in the outline: move, narrow with `/`, jump with Enter, close.
    static func outlineKey(_ state: inout AppState, _ key: Key, outline: OutlineState) {
        var outline = outline
        if outline.isEditingQuery {
            switch key {
            case .character(let scalar): outline.query.unicodeScalars.append(scalar)
            case .backspace, .delete:
                if outline.query.isEmpty { outline.isEditingQuery = false } else { outline.query.removeLast() }
            case .enter: outline.isEditingQuery = false
            case .escape:
                outline.query = ""
                outline.isEditingQuery = false
            default: break
            }
            outline.selection = 0
            outline.scroll = 0
            state.mode = .outline(outline)
            return
        }
        let entries = state.outlineEntries(query: outline.query)
        let listHeight = max(1, state.size.rows - 3)
        switch key {
        case .character("j"), .down: outline.selection += 1
        case .character("k"), .up: outline.selection -= 1
        case .character(" "), .pageDown, .control("f"), .control("d"): outline.selection += listHeight
        case .character("b"), .pageUp, .control("b"), .control("u"): outline.selection -= listHeight
        case .character("g"), .home: outline.selection = 0
        case .character("G"), .end: outline.selection = entries.count - 1
        case .character("/"):
            outline.isEditingQuery = true
            outline.query = ""
        case .enter:
            state.mode = .reading
            if entries.indices.contains(outline.selection), let range = entries[outline.selection].range {
                state.jump(to: range.lowerBound)
                state.focusedAnnotationID = entries[outline.selection].id
            }
            return
        case .escape, .character("q"), .character("o"):
            if key == .escape, !outline.query.isEmpty {
                outline.query = ""
            } else {
                state.mode = .reading
                return
            }
        default: break
        }
        outline.selection = max(0, min(outline.selection, entries.count - 1))
        if outline.selection < outline.scroll { outline.scroll = outline.selection }
        if outline.selection >= outline.scroll + listHeight { outline.scroll = outline.selection - listHeight + 1 }
        state.mode = .outline(outline)
    }
}

extension Reader {
    /// Keys in the kind picker: a number or j/k and Enter choose, Esc cancels.
    static func pickerKey(_ state: inout AppState, _ key: Key, picker: KindPicker) {
        let kinds = state.kinds
        var picker = picker
        var chosen: Int?
        switch key {
        case .character(let scalar) where ("1"..."9").contains(scalar):
            chosen = Int(scalar.value - 0x31)
        case .character("0"): chosen = 9
        case .character("j"), .down: picker.selection = min(kinds.count - 1, picker.selection + 1)
        case .character("k"), .up: picker.selection = max(0, picker.selection - 1)
        case .enter: chosen = picker.selection
        case .escape, .character("q"):
            state.mode = .reading
            state.message = state.strings.noteNotSaved
            return
        default: break
        }
        if let chosen, kinds.indices.contains(chosen) {
            picker.draft.kind = kinds[chosen].key
            state.mode = .editNote(NoteEditor(draft: picker.draft, text: picker.draft.existing?.note ?? ""))
            return
        }
        state.mode = .pickKind(picker)
    }

    /// Keys in the note editor: typing (IME input too), moving, deleting, Enter saves.
    static func editorKey(_ state: inout AppState, _ key: Key, editor: NoteEditor) -> [Effect] {
        var editor = editor
        switch key {
        case .character(let scalar): editor.insert(scalar)
        case .tab: editor.insert("\t")
        case .control("j"): editor.insertLineBreak()
        case .backspace: editor.deleteBackward()
        case .delete, .control("d"): editor.deleteForward()
        case .left, .control("b"): editor.moveCaret(by: -1)
        case .right, .control("f"): editor.moveCaret(by: 1)
        case .home, .control("a"): editor.moveCaretToLine(end: false)
        case .end, .control("e"): editor.moveCaretToLine(end: true)
        case .up: editor.moveCaretLine(down: false)
        case .down: editor.moveCaretLine(down: true)
        case .control("g"):
            state.mode = .editNote(editor)
            return [.editExternally(editor.text)]
        case .escape:
            state.mode = .reading
            state.message = state.strings.noteNotSaved
            return []
        case .enter:
            state.mode = .reading
            return saveDraft(editor, on: &state)
        default: break
        }
        state.mode = .editNote(editor)
        return []
    }

    /// Turns the editor's draft into the reader's annotation and saves it.
    static func saveDraft(_ editor: NoteEditor, on state: inout AppState) -> [Effect] {
        let draft = editor.draft
        let text = editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
        var note = draft.existing ?? Annotation(
            id: state.newNoteID(), kind: draft.kind, anchor: TextAnchor.make(range: draft.range, in: state.document))
        note.kind = draft.kind
        note.note = text.isEmpty ? nil : text
        return NoteActions.save(note, on: &state, message: state.strings.noteSaved)
    }

    /// Keys in the review: accept a move, re-attach an orphan, delete, close.
    static func reviewKey(_ state: inout AppState, _ key: Key, review: ReviewState) -> [Effect] {
        let entries = state.reviewEntries
        var review = review
        review.selection = max(0, min(review.selection, entries.count - 1))
        guard entries.indices.contains(review.selection) else {
            state.mode = .reading
            return []
        }
        let entry = entries[review.selection]
        var effects: [Effect] = []
        switch key {
        case .character("j"), .down: review.selection += 1
        case .character("k"), .up: review.selection -= 1
        case .enter, .character("a"):
            guard let range = entry.range else {
                state.message = state.strings.reattachPrompt
                break
            }
            state.acceptedMoves.insert(entry.id)
            if var note = state.readerNote(entry.id) {
                note.anchor = TextAnchor.make(range: range, in: state.document)
                effects = NoteActions.save(note, on: &state, message: state.strings.noteSaved)
            }
        case .character("s"):
            guard state.readerNote(entry.id) != nil else {
                state.message = state.strings.curatedReadOnly
                break
            }
            state.reattachID = entry.id
            state.mode = .reading
            state.message = state.strings.reattachPrompt
            return []
        case .character("d"):
            guard let note = state.readerNote(entry.id) else {
                state.message = state.strings.curatedReadOnly
                break
            }
            effects = NoteActions.commit(.deleted(note), on: &state, message: state.strings.noteDeleted)
        case .escape, .character("q"), .character("R"):
            state.mode = .reading
            return []
        default: break
        }
        if state.reviewEntries.isEmpty {
            state.mode = .reading
            state.message = state.strings.nothingToReview
        } else {
            review.selection = max(0, min(review.selection, state.reviewEntries.count - 1))
            state.mode = .review(review)
        }
        return effects
    }
}

extension Reader {
    /// Keys in the export picker: a number or j/k and Enter choose, Esc cancels.
    static func exportPickerKey(_ state: inout AppState, _ key: Key, selection: Int) -> [Effect] {
        let formats = state.exportFormats
        var selected = max(0, min(selection, formats.count - 1))
        var chosen: Int?
        switch key {
        case .character(let scalar) where ("1"..."9").contains(scalar): chosen = Int(scalar.value - 0x31)
        case .character("j"), .down: selected = min(formats.count - 1, selected + 1)
        case .character("k"), .up: selected = max(0, selected - 1)
        case .enter: chosen = selected
        case .escape, .character("q"), .character("E"):
            state.mode = .reading
            return []
        default: break
        }
        if let chosen, formats.indices.contains(chosen) {
            state.mode = .reading
            return [.export(format: formats[chosen].name)]
        }
        state.mode = .pickExport(selection: selected)
        return []
    }
}

import Foundation
