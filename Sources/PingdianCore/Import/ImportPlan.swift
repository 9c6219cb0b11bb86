/// What importing a file into the reader's notes does: the annotations to add and what was left out.
public struct ImportPlan: Hashable, Sendable {
    /// The annotations to add, anchored in the text, with ids free in it, in file order.
    public var annotations: [Annotation]
    /// How many of the file's annotations were skipped because the same kind, range (or, for
    /// one not found in the text, quote) and note is already there.
    public var duplicates: Int
    /// How many of ``annotations`` are orphans: their quote is not in the text (kept, not found).
    public var orphaned: Int
    /// How many of the file's annotations point at no text at all and were left out.
    public var unusable: Int
    /// How many of ``annotations`` got a new id because theirs was taken.
    public var renamed: Int

    /// The changes that add ``annotations`` to a state file, for ``StateStore/apply(to:document:path:now:changes:)``.
    public var changes: [StateChange] { annotations.map(StateChange.saving) }
}
