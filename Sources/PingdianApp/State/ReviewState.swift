import PingdianCore

/// Where the reader is in the review of annotations that moved or were lost (`R`).
public struct ReviewState: Hashable, Sendable {
    /// The selected row.
    public var selection = 0
    public init() {}
}

extension AppState {
    /// The annotations to look at one by one, those whose words changed: the lost first, then
    /// those found again only approximately, least sure first — minus those accepted this
    /// session. Those found with the same words at another place are ``reviewShifts``.
    public var reviewEntries: [ResolvedAnnotation] {
        guard let index = annotations.index else { return [] }
        let changed = index.all.filter { entry in
            switch entry.match {
            case .exact, .relocated: return false
            case .approximate, .orphaned: return !acceptedMoves.contains(entry.id)
            }
        }
        // Lost (no score) before approximate, then by score, then in reading order (stable).
        return changed.enumerated().sorted { left, right in
            let (a, b) = (left.element.match.score ?? -1, right.element.match.score ?? -1)
            return a != b ? a < b : left.offset < right.offset
        }.map(\.element)
    }

    /// The annotations found with the same words at another place (text added or removed
    /// before them): folded into one line of the review, accepted all at once with `A`.
    public var reviewShifts: [ResolvedAnnotation] {
        guard let index = annotations.index else { return [] }
        return index.all.filter { entry in
            if case .relocated = entry.match { return !acceptedMoves.contains(entry.id) }
            return false
        }
    }

    /// Whether the review has anything left: an entry to look at or shifts to accept.
    var hasSomethingToReview: Bool { !reviewEntries.isEmpty || !reviewShifts.isEmpty }
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
