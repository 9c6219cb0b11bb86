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

extension AppState {
    /// Says in the status line how many annotations moved or were lost because the text changed
    /// since they were made ("2 moved, 1 orphaned"); says nothing when all are where they were.
    mutating func announceReanchoring() {
        guard let index = annotations.index else { return }
        var moved = 0
        var orphaned = 0
        for entry in index.all {
            switch entry.match {
            case .exact: break
            case .orphaned: orphaned += 1
            default: moved += 1
            }
        }
        if moved + orphaned > 0 { message = strings.reanchorSummary(moved: moved, orphaned: orphaned) }
    }
}
