/// One change to a text's state file, applied by ``StateStore/apply(_:to:document:path:now:)``
/// to the file as it is on disk at that moment, so that changes made by another running copy
/// are kept.
public enum StateChange: Hashable, Sendable {
    /// Replace the reading position.
    case setPosition(ReadingPosition)
    /// Add the annotation, or replace the one with its id (an edit of an annotation another copy
    /// deleted makes it again).
    case upsertAnnotation(Annotation)
    /// Remove the annotation with this id; nothing happens when there is none.
    case deleteAnnotation(id: String)
}
