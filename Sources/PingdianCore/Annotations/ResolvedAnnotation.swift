/// An annotation with where its anchor was found in the open text and its kind from the taxonomy.
public struct ResolvedAnnotation: Hashable, Sendable {
    /// The annotation as stored.
    public let annotation: Annotation
    /// Where its anchor resolved; ``AnchorMatch/orphaned`` when it was not found.
    public let match: AnchorMatch
    /// Its kind, or nil when the taxonomy has no kind of that key.
    public let kind: MoveKind?

    /// Pairs an annotation with its match and kind.
    public init(annotation: Annotation, match: AnchorMatch, kind: MoveKind?) {
        self.annotation = annotation
        self.match = match
        self.kind = kind
    }

    /// The annotation's id.
    public var id: String { annotation.id }

    /// The offsets it covers in the open text; nil for an orphan.
    public var range: Range<Int>? { match.range }

    /// Whether its anchor was not found.
    public var isOrphaned: Bool { match.isOrphaned }
}
