import PingdianCore

/// Where the reader is in the review of annotations that moved or were lost (`R`).
public struct ReviewState: Hashable, Sendable {
    /// The selected row.
    public var selection = 0
    public init() {}
}

extension AppState {
    /// The annotations to review: those whose quote was not found at its stored place —
    /// moved (with how sure the match is) or orphaned — minus those accepted this session.
    public var reviewEntries: [ResolvedAnnotation] {
        guard let index = annotations.index else { return [] }
        return index.all.filter { entry in
            if case .exact = entry.match { return false }
            return !acceptedMoves.contains(entry.id)
        }
    }
}
