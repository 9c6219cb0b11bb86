/// One change to a text's state file, applied by ``StateStore/apply(_:to:document:path:now:)``
/// to the file as it is on disk at that moment, so that changes made by another running copy
/// are kept.
public enum StateChange: Hashable, Sendable {
    /// Replace the reading position.
    case setPosition(ReadingPosition)
    /// Change one of the reader's notes: the note after is added, or put in place of the one
    /// with its id (an edit of a note another copy deleted makes it again); without a note
    /// after, the note with its id is removed (nothing happens when there is none).
    case note(NoteChange)
    /// Save a word to the vocabulary (added, or put in place of the entry with its id), or
    /// remove the entry with an id.
    case saveWord(VocabularyEntry)
    case removeWord(id: String)

    /// Saves `note`: added, or put in place of the one with its id.
    public static func saving(_ note: Annotation) -> StateChange { .note(.made(note)) }

    /// Removes the note with this id.
    public static func removing(id: String) -> StateChange { .note(.removing(id: id)) }
}
