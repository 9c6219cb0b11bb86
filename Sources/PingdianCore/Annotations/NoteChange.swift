/// One change to the reader's own notes, with its inverse: the note before and the note after
/// (no note before: it is new, or what was there is not known; no note after: it is deleted).
///
/// The one vocabulary for notes: the reader applies it to its state
/// (``AnnotationIndex/updating(saving:removing:document:taxonomy:)`` resolves only the note
/// changed), keeps it for `u`, and hands it to the state file (``StateChange/note(_:)``).
public struct NoteChange: Hashable, Sendable {
    /// The id of the note changed.
    public let id: String
    /// The note before the change; nil when it was new (or is not known).
    public let before: Annotation?
    /// The note after the change; nil when it was deleted.
    public let after: Annotation?

    private init(id: String, before: Annotation?, after: Annotation?) {
        self.id = id
        self.before = before
        self.after = after
    }

    /// A new note.
    public static func made(_ note: Annotation) -> NoteChange {
        NoteChange(id: note.id, before: nil, after: note)
    }

    /// A note changed from `before` to `after` (the same id).
    public static func edited(_ before: Annotation, to after: Annotation) -> NoteChange {
        precondition(before.id == after.id, "an edit keeps the note's id")
        return NoteChange(id: after.id, before: before, after: after)
    }

    /// A note deleted.
    public static func deleted(_ note: Annotation) -> NoteChange {
        NoteChange(id: note.id, before: note, after: nil)
    }

    /// `note` saved whatever was there: added, or put in place of the note with its id.
    public static func saving(_ note: Annotation, over before: Annotation?) -> NoteChange {
        before.map { edited($0, to: note) } ?? made(note)
    }

    /// The note with this id removed, whatever it was (or nothing, when there is none).
    public static func removing(id: String) -> NoteChange {
        NoteChange(id: id, before: nil, after: nil)
    }

    /// The change that undoes this one.
    public var inverse: NoteChange {
        NoteChange(id: id, before: after, after: before)
    }

    /// Applies the change to a list of notes: the note after put in place of the one with its
    /// id (or appended), or the note with its id removed.
    public func apply(to notes: inout [Annotation]) {
        if let after {
            if let index = notes.firstIndex(where: { $0.id == id }) { notes[index] = after } else { notes.append(after) }
        } else {
            notes.removeAll { $0.id == id }
        }
    }
}
