import PingdianCore

/// A note being written: the annotation it will become, and the text typed so far.
public struct NoteDraft: Hashable, Sendable {
    /// The annotation being edited, or nil for a new one.
    public var existing: Annotation?
    /// The annotated text.
    public var range: Range<Int>
    /// The move kind chosen.
    public var kind: String
    /// What the passage attributes to its source and the verdict chosen, for an attribution
    /// (`@`); nil for other notes.
    public var source: AnnotationSource?
    /// The id of the note a new reply answers (as its file has it); nil for other notes.
    public var replyTo: String?

    public init(existing: Annotation?, range: Range<Int>, kind: String, source: AnnotationSource? = nil, replyTo: String? = nil) {
        self.replyTo = replyTo ?? existing?.replyTo
        self.existing = existing
        self.range = range
        self.kind = kind
        self.source = source ?? existing?.source
    }
}

/// The list of move kinds shown after `a` or `e`.
public struct KindPicker: Hashable, Sendable {
    public var draft: NoteDraft
    /// The highlighted row.
    public var selection: Int
}

/// A small multi-line text editor for notes: it takes IME input one scalar at a time, moves and
/// deletes by whole characters (a wide character or a character with its combining marks is
/// one), and keeps line breaks.
public struct NoteEditor: Hashable, Sendable {
    public var draft: NoteDraft
    /// The note's characters.
    public private(set) var characters: [Character]
    /// Where typing goes: an index into ``characters``.
    public private(set) var caret: Int
    /// Whether Esc was pressed once on a changed note: a second Esc discards it, any other key
    /// goes on writing.
    public internal(set) var isAskingToDiscard = false

    /// An editor holding `text`, the caret at its end.
    public init(draft: NoteDraft, text: String) {
        self.draft = draft
        self.characters = Array(text)
        self.caret = characters.count
    }

    /// The note as typed.
    public var text: String { String(characters) }

    /// Whether leaving now would lose something: a new note with text or a source, or an edited one whose
    /// text, kind or verdict changed.
    public var hasChanges: Bool {
        guard let existing = draft.existing else {
            // An attribution holds the source's words and a verdict even before a word is typed.
            return draft.source != nil || !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
        return text != (existing.note ?? "") || draft.kind != existing.kind || draft.source != existing.source
    }

    /// Types one scalar: a combining scalar joins the character before the caret.
    public mutating func insert(_ scalar: Unicode.Scalar) {
        if caret > 0 {
            let joined = String(characters[caret - 1]) + String(scalar)
            if joined.count == 1 {
                characters[caret - 1] = Character(joined)
                return
            }
        }
        characters.insert(Character(scalar), at: caret)
        caret += 1
    }

    /// Starts a new line at the caret.
    public mutating func insertLineBreak() {
        characters.insert("\n", at: caret)
        caret += 1
    }

    /// Deletes the whole character before the caret.
    public mutating func deleteBackward() {
        guard caret > 0 else { return }
        characters.remove(at: caret - 1)
        caret -= 1
    }

    /// Deletes the whole character after the caret.
    public mutating func deleteForward() {
        guard caret < characters.count else { return }
        characters.remove(at: caret)
    }

    /// Moves the caret one character left or right.
    public mutating func moveCaret(by delta: Int) {
        caret = max(0, min(characters.count, caret + delta))
    }

    /// Moves the caret by a word, as readline's Alt-b and Alt-f: over what is not a letter or a
    /// digit, then over letters and digits (a run of Chinese characters is one word, up to the
    /// punctuation or space around it).
    public mutating func moveCaretByWord(forward: Bool) {
        caret = wordBoundary(forward: forward)
    }

    /// Deletes from the caret back to the start of the word before it (Alt-Backspace).
    public mutating func deleteWordBackward() {
        let start = wordBoundary(forward: false)
        characters.removeSubrange(start..<caret)
        caret = start
    }

    /// Where a move by one word from the caret ends.
    private func wordBoundary(forward: Bool) -> Int {
        func isWord(_ character: Character) -> Bool { character.isLetter || character.isNumber }
        var index = caret
        if forward {
            while index < characters.count, !isWord(characters[index]) { index += 1 }
            while index < characters.count, isWord(characters[index]) { index += 1 }
        } else {
            while index > 0, !isWord(characters[index - 1]) { index -= 1 }
            while index > 0, isWord(characters[index - 1]) { index -= 1 }
        }
        return index
    }

    /// Moves the caret to the start or the end of its line.
    public mutating func moveCaretToLine(end: Bool) {
        if end {
            while caret < characters.count, characters[caret] != "\n" { caret += 1 }
        } else {
            while caret > 0, characters[caret - 1] != "\n" { caret -= 1 }
        }
    }

    /// Moves the caret to the line above or below, at the same character position where it can.
    public mutating func moveCaretLine(down: Bool) {
        let lineStart = startOfLine(at: caret)
        let column = caret - lineStart
        if down {
            guard let newline = characters[caret...].firstIndex(of: "\n") else { return }
            let nextStart = newline + 1
            let nextEnd = characters[nextStart...].firstIndex(of: "\n") ?? characters.count
            caret = min(nextStart + column, nextEnd)
        } else {
            guard lineStart > 0 else { return }
            let previousStart = startOfLine(at: lineStart - 1)
            caret = min(previousStart + column, lineStart - 1)
        }
    }

    /// Replaces the whole text (after an external editor), the caret at the end.
    public mutating func replaceText(_ text: String) {
        characters = Array(text)
        caret = characters.count
    }

    private func startOfLine(at index: Int) -> Int {
        var start = index
        while start > 0, characters[start - 1] != "\n" { start -= 1 }
        return start
    }
}
