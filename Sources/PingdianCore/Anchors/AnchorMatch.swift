/// Where an anchor's text was found in a document, if anywhere.
public enum AnchorMatch: Hashable, Sendable {
    /// The exact text is at the stored position.
    case exact(Range<Int>)
    /// The exact text was found elsewhere; `distance` is how many scalars its start moved.
    case relocated(Range<Int>, distance: Int)
    /// The quote itself was edited: this range is the best approximate match, with its score in
    /// 0…1 (1 = the quote, its context and its position all agree; see ``ApproximateScore``).
    case approximate(Range<Int>, score: Double)
    /// The text was not found: the annotation is kept and shown as an orphan, never dropped.
    case orphaned

    /// The offsets of the match; nil for an orphan.
    public var range: Range<Int>? {
        switch self {
        case .exact(let range), .relocated(let range, _), .approximate(let range, _): return range
        case .orphaned: return nil
        }
    }

    /// Whether the anchor was not found.
    public var isOrphaned: Bool { self == .orphaned }

    /// Whether the anchor was found by re-anchoring (relocated or approximate), not as stored:
    /// its anchor is worth saving again with ``TextAnchor/reanchored(to:in:)``.
    public var isReanchored: Bool {
        switch self {
        case .relocated, .approximate: return true
        case .exact, .orphaned: return false
        }
    }
}
