/// Merges three versions of a state file by annotation id — git's merge driver `pingdian
/// merge-notes %O %A %B` (Docs/together.md). Pure: the same three states always give the same
/// result, and merging the result with the same other side again changes nothing.
///
/// For each note id, with `base` the common ancestor, `ours` and `theirs` the two sides:
/// - added on one side, or on both the same: kept once;
/// - changed on one side only: that change;
/// - changed on both sides differently (or added on both with one id and different content):
///   ours, with theirs among its ``Annotation/conflicts`` — the reader sees both and chooses;
/// - deleted on one side, unchanged on the other: deleted; deleted on one side, changed on the
///   other: the change is kept.
/// Words of the vocabulary merge the same way (a word changed on both sides keeps ours). The
/// reading position is the side's that moved it (the later state's when both did); `updated`
/// is the later of the two; the text's identity and unknown members are ours.
public enum NotesMerge {
    /// What a merge did, for the line the driver prints.
    public struct Report: Hashable, Sendable {
        /// Notes only the other side added (or changed), now in the result.
        public var takenFromTheirs = 0
        /// Notes deleted on one side and unchanged on the other, so deleted.
        public var deleted = 0
        /// Ids of notes changed on both sides, kept with both versions.
        public var conflicts: [String] = []
        /// Ids of notes deleted on one side and changed on the other, kept changed.
        public var keptOverDeletion: [String] = []

        public init() {}
    }

    /// The merge of `ours` and `theirs`, whose common ancestor is `base` (nil when the file is
    /// new on both sides).
    public static func merge(base: ReadingState?, ours: ReadingState, theirs: ReadingState) -> (state: ReadingState, report: Report) {
        var report = Report()
        var result = ours
        result.annotations = mergeNotes(base: base?.annotations ?? [], ours: ours.annotations, theirs: theirs.annotations, report: &report)
        var ignored = Report()
        result.vocabulary = merged(base: base?.vocabulary ?? [], ours: ours.vocabulary, theirs: theirs.vocabulary, id: \.id,
                                   same: ==, conflict: { mine, _ in mine }, report: &ignored)
        result.position = position(base: base?.position, ours: ours, theirs: theirs)
        result.updated = max(ours.updated, theirs.updated)
        return (result, report)
    }

    /// The notes merged by id.
    static func mergeNotes(base: [Annotation], ours: [Annotation], theirs: [Annotation], report: inout Report) -> [Annotation] {
        merged(base: base, ours: ours, theirs: theirs, id: \.id, same: sameContent, conflict: { mine, other in
            var kept = mine
            for version in [other.withoutConflicts] + other.conflicts
            where !sameContent(version, mine.withoutConflicts) && !kept.conflicts.contains(where: { sameContent($0, version) }) {
                kept.conflicts.append(version)
            }
            return kept
        }, report: &report)
    }

    /// Two versions of a note say the same: equal but for their dates (a note saved twice
    /// unchanged) and the order of their conflicting versions.
    static func sameContent(_ first: Annotation, _ second: Annotation) -> Bool {
        var one = first.withoutDates
        var other = second.withoutDates
        one.conflicts = one.conflicts.map(\.withoutDates)
        other.conflicts = other.conflicts.map(\.withoutDates)
        return one.withoutConflicts == other.withoutConflicts && Set(one.conflicts) == Set(other.conflicts)
    }

    /// Items merged three-way by id, in our order, then theirs' new ones in their order.
    static func merged<Item>(base: [Item], ours: [Item], theirs: [Item], id: (Item) -> String, same: (Item, Item) -> Bool,
                             conflict: (Item, Item) -> Item, report: inout Report) -> [Item] {
        let baseByID = Dictionary(base.map { (id($0), $0) }) { first, _ in first }
        let theirsByID = Dictionary(theirs.map { (id($0), $0) }) { first, _ in first }
        let ourIDs = Set(ours.map(id))
        var result: [Item] = []
        /// An item only one side still has: kept when new there or changed there since the
        /// ancestor; else the other side deleted it.
        func keepOneSided(_ item: Item, ancestor: Item?, fromTheirs: Bool) {
            guard let ancestor else {
                if fromTheirs { report.takenFromTheirs += 1 }
                result.append(item)
                return
            }
            if same(item, ancestor) {
                report.deleted += 1
            } else {
                report.keptOverDeletion.append(id(item))
                result.append(item)
            }
        }
        for mine in ours {
            let key = id(mine)
            let ancestor = baseByID[key]
            guard let other = theirsByID[key] else {
                keepOneSided(mine, ancestor: ancestor, fromTheirs: false)
                continue
            }
            if same(mine, other) {
                result.append(mine)
            } else if let ancestor, same(mine, ancestor) {
                report.takenFromTheirs += 1
                result.append(other)
            } else if let ancestor, same(other, ancestor) {
                result.append(mine)
            } else {
                report.conflicts.append(key)
                result.append(conflict(mine, other))
            }
        }
        for other in theirs where !ourIDs.contains(id(other)) {
            keepOneSided(other, ancestor: baseByID[id(other)], fromTheirs: true)
        }
        return result
    }

    /// The position of the side that moved it; of the later state when both did.
    static func position(base: ReadingPosition?, ours: ReadingState, theirs: ReadingState) -> ReadingPosition {
        if ours.position == theirs.position { return ours.position }
        if let base, ours.position == base { return theirs.position }
        if let base, theirs.position == base { return ours.position }
        return theirs.updated > ours.updated ? theirs.position : ours.position
    }
}

extension Annotation {
    /// The same annotation without versions from a merge.
    var withoutConflicts: Annotation {
        var copy = self
        copy.conflicts = []
        return copy
    }
}
