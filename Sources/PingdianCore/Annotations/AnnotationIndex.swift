/// The annotations of a layer resolved against an open text, indexed for drawing and navigation.
///
/// Placed annotations are sorted by start (then longer first, then file order); orphans are kept
/// apart in file order. Queries for the visible screen use binary search, so drawing a frame costs
/// the annotations on it, not all of them. Links of a symmetric type (``LinkType/contradicts``)
/// hold both ways even when only one side declares them. A value: rebuild it when the layer or
/// the text changes; ``updating(saving:removing:document:taxonomy:)`` resolves only the
/// annotations that changed.
public struct AnnotationIndex: Sendable {
    /// Annotations whose anchor was found, sorted by start, then longer first, then file order.
    public let placed: [ResolvedAnnotation]
    /// Annotations whose anchor was not found, in file order.
    public let orphans: [ResolvedAnnotation]
    /// Every annotation resolved, in file order: what an update starts from.
    private let inFileOrder: [ResolvedAnnotation]

    /// The range of each annotation of ``placed``.
    private let ranges: [Range<Int>]
    /// For each position of ``placed``, the largest `end` up to it (non-decreasing, for queries).
    private let maximumEnd: [Int]
    /// Positions in ``placed`` of the contradictions, in order.
    private let contradictionPositions: [Int]
    /// Where each id is: `.placed(i)` or `.orphan(i)`.
    private let locationByID: [String: Location]
    /// For each id, the ids it is linked to by `contradicts`, both ways.
    private let contradictionPartners: [String: Set<String>]
    /// For each id, the ids it is linked to by any link, both ways.
    private let linkedIDs: [String: Set<String>]

    private enum Location: Hashable, Sendable {
        case placed(Int)
        case orphan(Int)
    }

    /// Resolves every annotation of `layer` in `document` and indexes them.
    public init(layer: AnnotationLayer, document: TextDocument, taxonomy: Taxonomy) {
        self.init(annotations: layer.annotations, document: document, taxonomy: taxonomy)
    }

    /// Resolves the annotations in `document` and indexes them; ids should be unique (for a
    /// repeated id, lookups and links find the first placed one).
    public init(annotations: [Annotation], document: TextDocument, taxonomy: Taxonomy) {
        self.init(resolved: annotations.map { Self.resolve($0, in: document, taxonomy: taxonomy) })
    }

    /// The index with `saved` annotations added or put in place of those with their ids, and
    /// the annotations of `removed` ids taken out. Only the annotations whose anchor changed are
    /// resolved again (the others keep their match), so a note saved beside 1,000 others costs
    /// one resolution and a re-sort, not 1,000 re-anchorings.
    public func updating(saving saved: [Annotation], removing removed: Set<String>, document: TextDocument, taxonomy: Taxonomy) -> AnnotationIndex {
        var savedByID: [String: Annotation] = [:]
        for annotation in saved where savedByID[annotation.id] == nil { savedByID[annotation.id] = annotation }
        var entries: [ResolvedAnnotation] = []
        entries.reserveCapacity(inFileOrder.count + saved.count)
        for entry in inFileOrder where !removed.contains(entry.id) {
            guard let annotation = savedByID.removeValue(forKey: entry.id) else {
                entries.append(entry)
                continue
            }
            entries.append(entry.annotation.anchor == annotation.anchor
                ? ResolvedAnnotation(annotation: annotation, match: entry.match, kind: taxonomy.kind(forKey: annotation.kind))
                : Self.resolve(annotation, in: document, taxonomy: taxonomy))
        }
        // The new ones, in the order given.
        for annotation in saved where savedByID.removeValue(forKey: annotation.id) != nil {
            entries.append(Self.resolve(annotation, in: document, taxonomy: taxonomy))
        }
        return AnnotationIndex(resolved: entries)
    }

    /// An annotation resolved in `document`, with its kind.
    private static func resolve(_ annotation: Annotation, in document: TextDocument, taxonomy: Taxonomy) -> ResolvedAnnotation {
        ResolvedAnnotation(annotation: annotation, match: annotation.anchor.resolve(in: document), kind: taxonomy.kind(forKey: annotation.kind))
    }

    /// Indexes annotations already resolved, given in file order. Sorts positions rather than
    /// the annotations themselves: each copy of one costs a dozen reference counts.
    private init(resolved: [ResolvedAnnotation]) {
        inFileOrder = resolved
        var placedOrders: [Int] = []
        var placedRanges: [Range<Int>] = []
        placedOrders.reserveCapacity(resolved.count)
        placedRanges.reserveCapacity(resolved.count)
        var orphans: [ResolvedAnnotation] = []
        for (order, entry) in resolved.enumerated() {
            if let range = entry.range {
                placedOrders.append(order)
                placedRanges.append(range)
            } else {
                orphans.append(entry)
            }
        }
        var positions = Array(placedOrders.indices)
        positions.sort { a, b in
            let (left, right) = (placedRanges[a], placedRanges[b])
            if left.lowerBound != right.lowerBound { return left.lowerBound < right.lowerBound }
            if left.upperBound != right.upperBound { return left.upperBound > right.upperBound }
            return placedOrders[a] < placedOrders[b]
        }
        placed = positions.map { resolved[placedOrders[$0]] }
        ranges = positions.map { placedRanges[$0] }
        self.orphans = orphans

        var maximumEnd: [Int] = []
        maximumEnd.reserveCapacity(placed.count)
        for range in ranges { maximumEnd.append(max(maximumEnd.last ?? 0, range.upperBound)) }
        self.maximumEnd = maximumEnd

        var locationByID: [String: Location] = [:]
        locationByID.reserveCapacity(resolved.count)
        for (position, entry) in placed.enumerated() where locationByID[entry.id] == nil {
            locationByID[entry.id] = .placed(position)
        }
        for (position, entry) in orphans.enumerated() where locationByID[entry.id] == nil {
            locationByID[entry.id] = .orphan(position)
        }
        self.locationByID = locationByID

        var contradictionPartners: [String: Set<String>] = [:]
        var linkedIDs: [String: Set<String>] = [:]
        for entry in resolved where !entry.annotation.links.isEmpty {
            let annotation = entry.annotation
            for link in annotation.links where link.target != annotation.id && locationByID[link.target] != nil {
                linkedIDs[annotation.id, default: []].insert(link.target)
                linkedIDs[link.target, default: []].insert(annotation.id)
                if link.type == .contradicts {
                    contradictionPartners[annotation.id, default: []].insert(link.target)
                    contradictionPartners[link.target, default: []].insert(annotation.id)
                }
            }
        }
        self.contradictionPartners = contradictionPartners
        self.linkedIDs = linkedIDs

        let placed = self.placed
        contradictionPositions = placed.indices.filter { position in
            placed[position].annotation.kind == Self.contradictionKind || contradictionPartners[placed[position].id] != nil
        }
    }

    /// The key of the move kind that marks a flagged inconsistency.
    public static let contradictionKind = "contradiction"

    /// Every annotation: placed ones by position, then orphans.
    public var all: [ResolvedAnnotation] { placed + orphans }

    /// The annotation with this id, placed or orphaned.
    public func annotation(withID id: String) -> ResolvedAnnotation? {
        switch locationByID[id] {
        case .placed(let position): return placed[position]
        case .orphan(let position): return orphans[position]
        case nil: return nil
        }
    }

    // MARK: Drawing

    /// The placed annotations that share at least one offset with `range`, by position.
    /// Costs O(log n) plus the annotations that start before `range.upperBound` and end after
    /// the first one reaching into `range`.
    public func annotations(overlapping range: Range<Int>) -> [ResolvedAnnotation] {
        guard !range.isEmpty else { return [] }
        let first = firstPosition { maximumEnd[$0] > range.lowerBound }
        let end = firstPosition { ranges[$0].lowerBound >= range.upperBound }
        guard first < end else { return [] }
        return (first..<end).filter { ranges[$0].upperBound > range.lowerBound }.map { placed[$0] }
    }

    /// The placed annotations that cover `offset` (the ones under the cursor), by position.
    public func annotations(at offset: Int) -> [ResolvedAnnotation] {
        annotations(overlapping: offset..<offset + 1)
    }

    // MARK: Navigation

    /// The first placed annotation that starts after `offset`.
    public func next(after offset: Int) -> ResolvedAnnotation? {
        let position = firstPosition { start(at: $0) > offset }
        return position < placed.count ? placed[position] : nil
    }

    /// The last placed annotation that starts before `offset` (of several starting there, the
    /// first in ``placed`` order).
    public func previous(before offset: Int) -> ResolvedAnnotation? {
        let end = firstPosition { start(at: $0) >= offset }
        guard end > 0 else { return nil }
        let previousStart = start(at: end - 1)
        return placed[firstPosition { start(at: $0) >= previousStart }]
    }

    /// Whether the annotation is a contradiction: of kind `contradiction`, or linked by
    /// `contradicts` to or from another annotation.
    public func isContradiction(_ id: String) -> Bool {
        annotation(withID: id)?.annotation.kind == Self.contradictionKind || contradictionPartners[id] != nil
    }

    /// The first placed contradiction that starts after `offset`.
    public func nextContradiction(after offset: Int) -> ResolvedAnnotation? {
        var low = 0
        var high = contradictionPositions.count
        while low < high {
            let middle = (low + high) / 2
            if start(at: contradictionPositions[middle]) > offset { high = middle } else { low = middle + 1 }
        }
        return low < contradictionPositions.count ? placed[contradictionPositions[low]] : nil
    }

    /// The last placed contradiction that starts before `offset`.
    public func previousContradiction(before offset: Int) -> ResolvedAnnotation? {
        var low = 0
        var high = contradictionPositions.count
        while low < high {
            let middle = (low + high) / 2
            if start(at: contradictionPositions[middle]) >= offset { high = middle } else { low = middle + 1 }
        }
        guard low > 0 else { return nil }
        let previousStart = start(at: contradictionPositions[low - 1])
        var first = low - 1
        while first > 0 && start(at: contradictionPositions[first - 1]) == previousStart { first -= 1 }
        return placed[contradictionPositions[first]]
    }

    /// The ids linked to `id` by `contradicts` in either direction: placed ones by position, then orphans.
    public func contradictionPartners(of id: String) -> [String] {
        ordered(contradictionPartners[id] ?? [])
    }

    /// The ids linked to `id` by any link in either direction: placed ones by position, then orphans.
    public func linkedIDs(of id: String) -> [String] {
        ordered(linkedIDs[id] ?? [])
    }

    /// The other side of `id` (the target of `%`): its first contradiction partner by position,
    /// else the first annotation linked to it in any way; nil when it has no link.
    public func otherSide(of id: String) -> String? {
        contradictionPartners(of: id).first ?? linkedIDs(of: id).first
    }

    // MARK: Helpers

    private func start(at position: Int) -> Int { ranges[position].lowerBound }

    /// The first position of ``placed`` where a predicate that is false, then true, becomes true.
    private func firstPosition(where isPast: (Int) -> Bool) -> Int {
        var low = 0
        var high = placed.count
        while low < high {
            let middle = (low + high) / 2
            if isPast(middle) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// Ids sorted as ``all`` is: placed ones by position, then orphans in file order.
    private func ordered(_ ids: Set<String>) -> [String] {
        ids.sorted { rank($0) < rank($1) }
    }

    private func rank(_ id: String) -> Int {
        switch locationByID[id] {
        case .placed(let position): return position
        case .orphan(let position): return placed.count + position
        case nil: return Int.max
        }
    }
}
