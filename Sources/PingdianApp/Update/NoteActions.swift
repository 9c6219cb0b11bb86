import PingdianCore

/// The reader's own notes: annotate, edit, delete, undo, link, review.
enum NoteActions {
    /// Runs a note command in reading mode.
    static func perform(_ command: Command, on state: inout AppState) -> [Effect] {
        let strings = state.strings
        guard !state.showsConversion else {
            // The conversion layer is read-only, and the reader's notes are not shown with it.
            state.message = strings.conversionReadOnly
            return []
        }
        guard !state.original.isShown else {
            // Notes are anchored in the text: the original's words would not find them again.
            state.message = strings.notesOnTextOnly
            return []
        }
        switch command {
        case .annotate:
            guard state.annotations.taxonomy != nil else { return [] }
            let range = state.selection ?? state.sentenceUnderCursor
            state.selectionAnchor = nil
            state.keptSelection = nil
            if let id = state.reattachID, let note = state.annotations.readerNotes.first(where: { $0.id == id }) {
                state.reattachID = nil
                var moved = note
                moved.anchor = TextAnchor.make(range: range, in: state.document)
                return save(moved, on: &state, message: strings.noteReattached)
            }
            let kind = state.kinds.first?.key ?? "claim"
            state.mode = .pickKind(KindPicker(draft: NoteDraft(existing: nil, range: range, kind: kind), selection: 0))
        case .editAnnotation:
            guard let focused = state.focusedAnnotation else {
                state.message = strings.noAnnotationHere
                return []
            }
            guard let note = state.readerNote(focused.id), let range = focused.range else {
                state.message = state.annotations.otherReader(of: focused.id) != nil ? strings.otherReaderNoteReadOnly : strings.curatedReadOnly
                return []
            }
            let draft = NoteDraft(existing: note, range: range, kind: note.kind)
            if let source = note.source {
                // An attribution: its verdict may change; its kind stays.
                let selection = AnnotationSource.Verdict.allCases.firstIndex(of: source.verdict) ?? 0
                state.mode = .pickVerdict(VerdictPicker(draft: draft, selection: selection))
            } else {
                let selection = state.kinds.firstIndex { $0.key == note.kind } ?? 0
                state.mode = .pickKind(KindPicker(draft: draft, selection: selection))
            }
        case .deleteAnnotation:
            guard let focused = state.focusedAnnotation else {
                state.message = strings.noAnnotationHere
                return []
            }
            guard let note = state.readerNote(focused.id) else {
                state.message = state.annotations.otherReader(of: focused.id) != nil ? strings.otherReaderNoteReadOnly : strings.curatedReadOnly
                return []
            }
            return commit(.deleted(note), on: &state, message: strings.noteDeleted)
        case .undo:
            guard let change = state.undoStack.popLast() else {
                state.message = strings.nothingToUndo
                return []
            }
            state.message = strings.undone
            state.applyNoteChange(change.inverse)
            return [.changeNote(change.inverse)]
        case .link:
            return link(on: &state)
        case .copyNote:
            return copy(on: &state)
        case .reply:
            return reply(on: &state)
        case .resolveConflict:
            return chooseVersion(on: &state)
        case .review:
            if !state.hasSomethingToReview {
                state.message = strings.nothingToReview
            } else {
                state.mode = .review(ReviewState())
            }
        default: break
        }
        return []
    }

    /// Saves a note as the reader's (new, or in place of the one with its id) and focuses it.
    static func save(_ note: Annotation, on state: inout AppState, message: String) -> [Effect] {
        let effects = commit(.saving(note, over: state.readerNote(note.id)), on: &state, message: message)
        state.focusedAnnotationID = note.id
        return effects
    }

    /// Makes a change to the reader's notes: in the state at once, on the undo stack, and on
    /// disk through the effect.
    static func commit(_ change: NoteChange, on state: inout AppState, message: String) -> [Effect] {
        state.applyNoteChange(change)
        state.undoStack.append(change)
        state.message = message
        return [.changeNote(change)]
    }

    /// `r`: the first press remembers where a link starts; the second, on another annotation,
    /// links the two as contradicting each other, stored on the reader's own side.
    private static func link(on state: inout AppState) -> [Effect] {
        let strings = state.strings
        guard let focused = state.focusedAnnotation else {
            state.message = strings.noAnnotationHere
            return []
        }
        guard state.annotations.otherReader(of: focused.id) == nil else {
            // Another reader's id would not survive their next edit: copy or reply instead.
            state.pendingLinkID = nil
            state.message = strings.linkToOtherReader
            return []
        }
        guard let startID = state.pendingLinkID else {
            state.pendingLinkID = focused.id
            state.message = strings.linkStarted
            return []
        }
        state.pendingLinkID = nil
        guard startID != focused.id else {
            state.message = strings.linkCancelled
            return []
        }
        let (ownID, otherID) = state.readerNote(startID) != nil ? (startID, focused.id) : (focused.id, startID)
        guard var own = state.readerNote(ownID) else {
            state.message = strings.linkNeedsOwnNote
            return []
        }
        guard !own.links.contains(where: { $0.type == .contradicts && $0.target == otherID }) else {
            state.message = strings.alreadyLinked
            return []
        }
        own.links.append(AnnotationLink(type: .contradicts, target: otherID))
        return save(own, on: &state, message: strings.linked)
    }
}

extension AppState {
    /// The reader's own annotation with this id, if it is one.
    func readerNote(_ id: String) -> Annotation? {
        moveAnnotations.readerNotes.first { $0.id == id }
    }

    /// Applies a change to the reader's notes (only the note changed is resolved again).
    mutating func applyNoteChange(_ change: NoteChange) {
        moveAnnotations.apply(change, document: document)
        // An attribution's source words are found in the source text, for `@` and `O`.
        if let note = change.after { sourceText?.place(note) }
    }

    /// Replaces the reader's notes with those storage now holds (only those that differ are
    /// resolved again).
    mutating func setReaderNotes(_ notes: [Annotation]) {
        changeTextAnnotations { $0.replaceReaderNotes(notes, document: $1) }
    }

    /// A new, unique id for a note.
    mutating func newNoteID() -> String {
        notesCreated += 1
        var id = "\(noteIDPrefix)-\(notesCreated)"
        while moveAnnotations.index?.annotation(withID: id) != nil {
            notesCreated += 1
            id = "\(noteIDPrefix)-\(notesCreated)"
        }
        return id
    }

    /// The sentence under the cursor, without trailing white space: what `a` annotates when
    /// nothing is selected.
    var sentenceUnderCursor: Range<Int> {
        let sentence = segment(.sentence, containing: cursor)
        var end = sentence.upperBound
        while end > sentence.lowerBound + 1, document.scalars[end - 1].isLineWhiteSpaceOrNewline { end -= 1 }
        return sentence.lowerBound..<end
    }
}
