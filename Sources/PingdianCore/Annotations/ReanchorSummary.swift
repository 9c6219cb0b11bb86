/// How the annotations of a layer fared when re-anchored in an edited text: counts by outcome.
public struct ReanchorSummary: Hashable, Sendable {
    /// Annotations whose exact text is at their stored offsets.
    public var exact: Int
    /// Annotations whose exact text was found elsewhere.
    public var relocated: Int
    /// Annotations whose quote was edited and matched approximately.
    public var approximate: Int
    /// Annotations whose text was not found (kept as orphans).
    public var orphaned: Int

    /// A summary of the given counts.
    public init(exact: Int = 0, relocated: Int = 0, approximate: Int = 0, orphaned: Int = 0) {
        self.exact = exact
        self.relocated = relocated
        self.approximate = approximate
        self.orphaned = orphaned
    }

    /// Counts the outcomes of some matches.
    public init(_ matches: some Sequence<AnchorMatch>) {
        self.init()
        for match in matches {
            switch match {
            case .exact: exact += 1
            case .relocated: relocated += 1
            case .approximate: approximate += 1
            case .orphaned: orphaned += 1
            }
        }
    }

    /// Counts the outcomes of some resolved annotations.
    public init(_ annotations: some Sequence<ResolvedAnnotation>) {
        self.init(annotations.lazy.map(\.match))
    }

    /// All annotations counted.
    public var total: Int { exact + relocated + approximate + orphaned }

    /// Annotations that are no longer where they were stored (relocated or approximate).
    public var moved: Int { relocated + approximate }

    /// The non-zero outcomes that need a reader's attention, in the order moved, approximate,
    /// orphaned, each with its count; empty when nothing changed.
    public var changes: [(outcome: ReanchorOutcome, count: Int)] {
        [(ReanchorOutcome.relocated, relocated), (.approximate, approximate), (.orphaned, orphaned)]
            .filter { $0.1 > 0 }
    }

    /// A short description built by the caller's phrasing of each change (the localization
    /// hook), e.g. `"2 moved, 1 orphaned"`; `unchanged` when nothing changed.
    public func description(
        separator: String, unchanged: String, _ phrase: (ReanchorOutcome, Int) -> String
    ) -> String {
        let parts = changes.map { phrase($0.outcome, $0.count) }
        return parts.isEmpty ? unchanged : parts.joined(separator: separator)
    }

    /// A short description in an interface language: "2 moved, 1 approximate, 1 orphaned" or
    /// "移位 2 則，近似 1 則，失去原文 1 則".
    public func description(in language: UILanguage) -> String {
        switch language {
        case .english:
            return description(separator: ", ", unchanged: "all notes in place") { outcome, count in
                switch outcome {
                case .relocated: return "\(count) moved"
                case .approximate: return "\(count) approximate"
                case .orphaned: return "\(count) orphaned"
                }
            }
        case .traditionalChinese:
            return description(separator: "，", unchanged: "批註都在原處") { outcome, count in
                switch outcome {
                case .relocated: return "移位 \(count) 則"
                case .approximate: return "近似 \(count) 則"
                case .orphaned: return "失去原文 \(count) 則"
                }
            }
        }
    }
}

/// An outcome of re-anchoring that a reader may want to review.
public enum ReanchorOutcome: Hashable, Sendable, CaseIterable {
    /// The exact text was found elsewhere.
    case relocated
    /// The quote was edited and matched approximately.
    case approximate
    /// The text was not found.
    case orphaned
}
