import PingdianCore

/// The annotations shown over a text, resolved against it, with the kinds that style them.
public struct AnnotationSet: Sendable {
    /// The resolved annotations, or nil when the text has no layer at all.
    public let index: AnnotationIndex?
    /// The move kinds, for labels, colours and the legend.
    public let taxonomy: Taxonomy?

    /// No layer.
    public init() {
        index = nil
        taxonomy = nil
    }

    /// A layer resolved against its text.
    public init(index: AnnotationIndex, taxonomy: Taxonomy) {
        self.index = index
        self.taxonomy = taxonomy
    }

    /// Whether there is no annotation at all.
    public var isEmpty: Bool { index?.all.isEmpty ?? true }

    /// The placed annotations that touch a range, by position.
    public func overlapping(_ range: Range<Int>) -> [ResolvedAnnotation] {
        index?.annotations(overlapping: range) ?? []
    }

    /// The placed contradictions, in reading order.
    public var contradictions: [ResolvedAnnotation] {
        guard let index else { return [] }
        return index.placed.filter { index.isContradiction($0.id) }
    }

    /// The innermost (shortest) of `candidates` that covers `offset`, and how many of them cover it.
    public static func innermost(at offset: Int, among candidates: [ResolvedAnnotation]) -> (annotation: ResolvedAnnotation, covering: Int)? {
        var best: ResolvedAnnotation?
        var covering = 0
        for candidate in candidates {
            guard let range = candidate.range, range.contains(offset) else { continue }
            covering += 1
            if best == nil || range.count < (best?.range?.count ?? .max) { best = candidate }
        }
        return best.map { ($0, covering) }
    }
}
