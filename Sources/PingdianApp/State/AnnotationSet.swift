import PingdianCore

/// The annotations shown over a text — a curated layer and the reader's own notes, resolved
/// together so that links and jumps cross between them — with the kinds that style them and the
/// kinds the reader has filtered out.
public struct AnnotationSet: Sendable {
    /// The resolved annotations, or nil when the text has neither a layer nor notes.
    public private(set) var index: AnnotationIndex? {
        didSet { countsByKind = Self.counts(of: index) }
    }
    /// How many annotations of each kind key there are (placed and orphaned), counted when the
    /// annotations change.
    public private(set) var countsByKind: [String: Int] = [:]
    /// The move kinds, for labels, colours and the legend.
    public let taxonomy: Taxonomy?
    /// Kinds the reader chose not to see (`f`): not drawn, not listed, skipped by jumps.
    public var hiddenKinds: Set<String> = []
    /// Whether the filter shows only the reader's own notes (`m` in the filter).
    public var onlyReaderNotes = false
    /// The annotations of the curated layer (or of the hints), as loaded.
    public private(set) var layerAnnotations: [Annotation] = []
    /// The reader's own annotations, as saved.
    public private(set) var readerNotes: [Annotation] = []
    /// The ids of the reader's own annotations, which are drawn differently and can be edited.
    public private(set) var readerIDs: Set<String> = []
    /// Other readers' layers, shown read-only (`--with`).
    public private(set) var otherReaders: [OtherReader] = []
    /// For each id of another reader's note, that reader's position in ``otherReaders``.
    private var otherReaderByID: [String: Int] = [:]
    /// Other readers the filter hides, by position in ``otherReaders``.
    public var hiddenReaders: Set<Int> = []
    /// Whether the filter hides the curated layer (only with other readers to show instead).
    public var hidesCurated = false
    /// How the other readers (and the reader, once they have notes) marked each sentence; nil
    /// without other readers.
    public private(set) var agreement: ReaderAgreement?
    /// The text's sentences, found once other readers are shown.
    private var sentences: [Range<Int>] = []
    /// For each other reader's note, its id in the reader's file → its id here.
    private var idsFromFiles: [String: String] = [:]

    /// No layer.
    public init() {
        index = nil
        taxonomy = nil
    }

    /// A layer resolved against its text.
    public init(index: AnnotationIndex, taxonomy: Taxonomy) {
        self.index = index
        self.taxonomy = taxonomy
        self.countsByKind = Self.counts(of: index)
        self.layerAnnotations = index.all.map(\.annotation)
        self.hasLayer = true
    }

    /// A layer (nil when the text has none) and the reader's notes, resolved together.
    public init(layer: [Annotation]?, readerNotes: [Annotation], document: TextDocument, taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
        self.layerAnnotations = layer ?? []
        self.hasLayer = layer != nil
        self.index = nil
        replaceReaderNotes(readerNotes, document: document)
    }

    /// Whether the text came with a layer of annotations (the reader's notes aside).
    public private(set) var hasLayer = false

    /// Replaces the reader's notes; only those that differ from the notes held are resolved
    /// again (all of them the first time).
    public mutating func replaceReaderNotes(_ notes: [Annotation], document: TextDocument) {
        let previous = readerNotes
        readerNotes = notes
        readerIDs = Set(notes.map(\.id))
        guard let taxonomy, hasLayer || !notes.isEmpty || !otherReaders.isEmpty else {
            index = nil
            return
        }
        guard let index else {
            self.index = AnnotationIndex(annotations: layerAnnotations + otherReaders.flatMap(\.annotations) + notes, document: document,
                                         taxonomy: taxonomy)
            measureAgreement(document: document)
            return
        }
        let held = Dictionary(previous.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let saved = notes.filter { held[$0.id] != $0 }
        let removed = Set(previous.map(\.id)).subtracting(readerIDs)
        guard !saved.isEmpty || !removed.isEmpty else { return }
        self.index = index.updating(saving: saved, removing: removed, document: document, taxonomy: taxonomy)
        measureAgreement(document: document)
    }

    /// Applies one change to the reader's notes, resolving only the note changed.
    public mutating func apply(_ change: NoteChange, document: TextDocument) {
        guard let index, let taxonomy else {
            var notes = readerNotes
            change.apply(to: &notes)
            replaceReaderNotes(notes, document: document)
            return
        }
        change.apply(to: &readerNotes)
        if change.after == nil { readerIDs.remove(change.id) } else { readerIDs.insert(change.id) }
        guard hasLayer || !readerNotes.isEmpty || !otherReaders.isEmpty else {
            self.index = nil
            return
        }
        self.index = index.updating(
            saving: change.after.map { [$0] } ?? [], removing: change.after == nil ? [change.id] : [],
            document: document, taxonomy: taxonomy)
        measureAgreement(document: document)
    }

    /// Whether an annotation is one of the reader's own.
    public func isReaderNote(_ id: String) -> Bool { readerIDs.contains(id) }

    /// Whose an annotation is.
    public func owner(of id: String) -> AnnotationOwner {
        if readerIDs.contains(id) { return .mine }
        return otherReaderByID[id].map(AnnotationOwner.reader) ?? .curated
    }

    /// Who made an annotation: another reader's name, else its creator; nil when unknown.
    public func readerName(of annotation: ResolvedAnnotation) -> String? {
        otherReader(of: annotation.id)?.name ?? annotation.annotation.creator
    }

    /// The other reader an annotation is of; nil for the curated layer's and the reader's own.
    public func otherReader(of id: String) -> OtherReader? {
        otherReaderByID[id].map { otherReaders[$0] }
    }

    /// Shows other readers' layers beside the others (resolving only theirs); `sentences`, the
    /// text's (found by ICU over the whole text: give them when they were found off the key path),
    /// are the units of the agreement.
    public mutating func addOtherReaders(_ readers: [OtherReader], sentences: [Range<Int>]? = nil, document: TextDocument) {
        guard !readers.isEmpty, let taxonomy else { return }
        otherReaders = readers
        otherReaderByID = [:]
        idsFromFiles = [:]
        for (position, reader) in readers.enumerated() {
            for annotation in reader.annotations {
                otherReaderByID[annotation.id] = position
                idsFromFiles[reader.originalID(of: annotation.id)] = annotation.id
            }
        }
        self.sentences = sentences ?? SentenceKinds.sentences(of: document)
        let added = readers.flatMap(\.annotations)
        if let index {
            self.index = index.updating(saving: added, removing: [], document: document, taxonomy: taxonomy)
        } else {
            self.index = AnnotationIndex(annotations: layerAnnotations + added + readerNotes, document: document, taxonomy: taxonomy)
        }
        measureAgreement(document: document)
    }

    /// Measures again how the readers marked each sentence (after the reader's notes changed).
    private mutating func measureAgreement(document: TextDocument) {
        guard !otherReaders.isEmpty else { return }
        let layers = otherReaders.map(\.annotations) + (readerNotes.isEmpty ? [] : [readerNotes])
        agreement = ReaderAgreement(sentences: sentences, readers: layers, document: document)
    }

    /// The annotation a reply or a copy names by `id`: one shown with that id, else another
    /// reader's whose id in their file is `id`.
    public func annotation(named id: String) -> ResolvedAnnotation? {
        index?.annotation(withID: id) ?? idsFromFiles[id].flatMap { index?.annotation(withID: $0) }
    }

    /// The replies to an annotation, of every layer, in reading order. (Asked while drawing a
    /// card: it reads the annotations in place rather than copying them all into one list.)
    public func replies(to annotation: ResolvedAnnotation) -> [ResolvedAnnotation] {
        guard let index else { return [] }
        let names: Set<String> = [annotation.id, otherReader(of: annotation.id)?.originalID(of: annotation.id) ?? annotation.id]
        let answers = { (candidate: ResolvedAnnotation) in candidate.annotation.replyTo.map(names.contains) ?? false }
        return index.placed.filter(answers) + index.orphans.filter(answers)
    }

    /// Whether there is no annotation at all.
    public var isEmpty: Bool { index?.all.isEmpty ?? true }

    /// Whether a filter hides some kinds, or everything but the reader's own notes.
    public var isFiltered: Bool { !hiddenKinds.isEmpty || onlyReaderNotes || !hiddenReaders.isEmpty || hidesCurated }

    /// Whether an annotation passes the filter.
    public func isVisible(_ annotation: ResolvedAnnotation) -> Bool {
        guard !hiddenKinds.contains(annotation.annotation.kind) else { return false }
        switch owner(of: annotation.id) {
        case .mine: return true
        case .curated: return !onlyReaderNotes && !hidesCurated
        case .reader(let position): return !onlyReaderNotes && !hiddenReaders.contains(position)
        }
    }

    /// The visible placed annotations that touch a range, by position.
    public func overlapping(_ range: Range<Int>) -> [ResolvedAnnotation] {
        (index?.annotations(overlapping: range) ?? []).filter(isVisible)
    }

    /// The visible placed annotations, in reading order.
    public var visiblePlaced: [ResolvedAnnotation] { (index?.placed ?? []).filter(isVisible) }

    /// The visible placed contradictions, in reading order.
    public var contradictions: [ResolvedAnnotation] {
        guard let index else { return [] }
        return index.placed.filter { isVisible($0) && index.isContradiction($0.id) }
    }

    /// The visible contradictions as pairs: each side with the sides linked to it by
    /// `contradicts` (a pair may have more than two sides; a contradiction linked to nothing is
    /// a pair of one), the sides by position, the pairs in the order of their first side.
    public var contradictionPairs: [[ResolvedAnnotation]] {
        guard let index else { return [] }
        let sides = contradictions
        var byID: [String: ResolvedAnnotation] = [:]
        for side in sides { byID[side.id] = side }
        var paired = Set<String>()
        var pairs: [[ResolvedAnnotation]] = []
        for side in sides where !paired.contains(side.id) {
            var members: [ResolvedAnnotation] = []
            var queue = [side.id]
            while let id = queue.popLast() {
                guard let member = byID[id], paired.insert(id).inserted else { continue }
                members.append(member)
                queue += index.contradictionPartners(of: id)
            }
            pairs.append(members.sorted { ($0.range?.lowerBound ?? 0) < ($1.range?.lowerBound ?? 0) })
        }
        return pairs
    }

    /// The first visible annotation starting after `offset` (or, going back, before it).
    public func annotation(after offset: Int, forward: Bool) -> ResolvedAnnotation? {
        guard let index else { return nil }
        return firstVisible(from: offset, forward: forward) { forward ? index.next(after: $0) : index.previous(before: $0) }
    }

    /// The first visible contradiction starting after `offset` (or, going back, before it).
    public func contradiction(after offset: Int, forward: Bool) -> ResolvedAnnotation? {
        guard let index else { return nil }
        return firstVisible(from: offset, forward: forward) {
            forward ? index.nextContradiction(after: $0) : index.previousContradiction(before: $0)
        }
    }

    /// How many annotations of each kind key `index` has (placed and orphaned).
    private static func counts(of index: AnnotationIndex?) -> [String: Int] {
        var counts: [String: Int] = [:]
        for annotation in index?.all ?? [] { counts[annotation.annotation.kind, default: 0] += 1 }
        return counts
    }

    /// The innermost (shortest) of `candidates` that covers `offset`, and how many of them cover it.
    /// Called for every glyph drawn: it reads the candidates' ranges in place, never copying an
    /// annotation (each copy retains a dozen references).
    public static func innermost(at offset: Int, among candidates: [ResolvedAnnotation]) -> (annotation: ResolvedAnnotation, covering: Int)? {
        var best: Int?
        var bestLength = Int.max
        var covering = 0
        for index in candidates.indices {
            guard let range = candidates[index].match.range, range.contains(offset) else { continue }
            covering += 1
            if range.count < bestLength {
                best = index
                bestLength = range.count
            }
        }
        return best.map { (candidates[$0], covering) }
    }

    /// Steps with `next` from `offset` until an annotation passes the filter; of several that
    /// start at one offset, a visible one is taken even when `next` gave a hidden one.
    private func firstVisible(from offset: Int, forward: Bool, _ next: (Int) -> ResolvedAnnotation?) -> ResolvedAnnotation? {
        guard let index else { return nil }
        var position = offset
        while let candidate = next(position), let range = candidate.range {
            if isVisible(candidate) { return candidate }
            let start = range.lowerBound
            if let sibling = index.annotations(at: start).first(where: { $0.range?.lowerBound == start && isVisible($0) }) {
                return sibling
            }
            position = start
        }
        return nil
    }
}
