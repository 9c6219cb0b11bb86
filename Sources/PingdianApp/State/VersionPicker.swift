/// The versions of a note changed in two places (`pingdian merge-notes` kept both; `M`): the
/// note as it is, each other version, and "keep them all".
public struct VersionPicker: Hashable, Sendable {
    /// The reader's note whose versions are chosen between.
    public var noteID: String
    /// The highlighted row: 0 the note as it is, then the other versions, then "keep them all".
    public var selection: Int

    public init(noteID: String, selection: Int = 0) {
        self.noteID = noteID
        self.selection = selection
    }
}
