/// What several readers agree on, pre-merged into one layer (`pingdian merge-layers`,
/// Docs/together.md), as INCEpTION's curation pre-merges: a passage goes in when at least
/// `required` readers marked it with the same kind and their spans overlap by at least
/// `overlap` (the shared part over the whole stretch they cover together, 0…1). What is left
/// out is listed with why.
public struct ConsensusMerge: Sendable {
    /// Why a reader's note was left out.
    public enum Reason: Hashable, Sendable {
        /// No other reader marked any of its words.
        case markedByNoOneElse
        /// Others marked its words, but with other kinds.
        case otherKinds([String])
        /// Others marked it with its kind, but their spans overlap it by less than the threshold.
        case overlapTooSmall(best: Double)
        /// Too few readers agree: this many did, of the number needed.
        case tooFewAgree(agreeing: Int, required: Int)
        /// Enough readers agree, but their notes went into a neighbouring agreed passage.
        case matchedElsewhere
    }

    /// A note left out, with its reader (by position) and why.
    public struct LeftOut: Hashable, Sendable {
        public var reader: Int
        public var annotation: Annotation
        public var range: Range<Int>
        public var reason: Reason
    }

    /// The agreed passages, one annotation each: the span the members share most, the kind, and
    /// a note naming who agreed with their notes.
    public var agreed: [Annotation] = []
    /// For each agreed passage, the readers (positions) who marked it.
    public var members: [[Int]] = []
    /// Every note not in an agreed passage.
    public var leftOut: [LeftOut] = []

    /// The overlap of two spans: the shared part over the whole stretch they cover (Jaccard).
    public static func overlap(_ first: Range<Int>, _ second: Range<Int>) -> Double {
        let shared = first.clamped(to: second).count
        guard shared > 0 else { return 0 }
        return Double(shared) / Double(max(first.upperBound, second.upperBound) - min(first.lowerBound, second.lowerBound))
    }

    /// Pre-merges `layers` on `document`: a passage needs `required` readers (at least 2, at most
    /// all) of one kind with spans overlapping by `overlap` or more.
    public init(layers: [ReaderLayer], document: TextDocument, required: Int, overlap threshold: Double) {
        struct Mark {
            let reader: Int
            let annotation: Annotation
            let range: Range<Int>
        }
        var marks: [Mark] = []
        for (reader, layer) in layers.enumerated() {
            for annotation in layer.annotations where annotation.replyTo == nil {
                guard let range = annotation.anchor.resolve(in: document).range, !range.isEmpty else { continue }
                marks.append(Mark(reader: reader, annotation: annotation, range: range))
            }
        }
        marks.sort { ($0.range.lowerBound, $0.range.upperBound, $0.reader) < ($1.range.lowerBound, $1.range.upperBound, $1.reader) }
        var used = Array(repeating: false, count: marks.count)
        var groups: [[Int]] = []
        for (index, mark) in marks.enumerated() where !used[index] {
            // For each other reader, their unused note of this kind that overlaps this one most.
            var group = [index]
            var bestByReader: [Int: (index: Int, overlap: Double)] = [:]
            for (other, candidate) in marks.enumerated() where other != index && !used[other] && candidate.reader != mark.reader
                && candidate.annotation.kind == mark.annotation.kind {
                let shared = Self.overlap(mark.range, candidate.range)
                guard shared >= threshold else { continue }
                if shared > bestByReader[candidate.reader]?.overlap ?? -1 { bestByReader[candidate.reader] = (other, shared) }
            }
            group += bestByReader.values.map(\.index)
            guard group.count >= required else { continue }
            for member in group { used[member] = true }
            // The span the members share most: the member overlapping the others most.
            let ranges = group.map { marks[$0].range }
            let central = group.max { first, second in
                let a = ranges.reduce(0) { $0 + Self.overlap(marks[first].range, $1) }
                let b = ranges.reduce(0) { $0 + Self.overlap(marks[second].range, $1) }
                return a < b || (a == b && first > second)
            }!
            let readers = group.map { marks[$0].reader }.sorted()
            let notes = group.sorted { marks[$0].reader < marks[$1].reader }.map { member -> String in
                let who = layers[marks[member].reader].name
                return marks[member].annotation.note.map { "\(who): \($0)" } ?? who
            }
            agreed.append(Annotation(
                id: "consensus-\(agreed.count + 1)", kind: mark.annotation.kind, anchor: TextAnchor.make(range: marks[central].range, in: document),
                note: notes.joined(separator: "\n")))
            members.append(readers)
            groups.append(group)
        }
        // Links between members of two agreed passages (a contradiction's two sides) link the passages.
        var passageOf: [String: Int] = [:]
        for (passage, group) in groups.enumerated() {
            for member in group { passageOf["\(marks[member].reader)\u{1F}\(marks[member].annotation.id)"] = passage }
        }
        for (passage, group) in groups.enumerated() {
            for member in group {
                for link in marks[member].annotation.links {
                    guard let target = passageOf["\(marks[member].reader)\u{1F}\(link.target)"], target != passage else { continue }
                    let linked = AnnotationLink(type: link.type, target: agreed[target].id)
                    let mirrored = link.type.isSymmetric && agreed[target].links.contains(AnnotationLink(type: link.type, target: agreed[passage].id))
                    if !agreed[passage].links.contains(linked) && !mirrored { agreed[passage].links.append(linked) }
                }
            }
        }
        for (index, mark) in marks.enumerated() where !used[index] {
            let others = marks.filter { $0.reader != mark.reader && $0.range.overlaps(mark.range) }
            let reason: Reason
            if others.isEmpty {
                reason = .markedByNoOneElse
            } else {
                let sameKind = others.filter { $0.annotation.kind == mark.annotation.kind }
                if sameKind.isEmpty {
                    reason = .otherKinds(Array(Set(others.map(\.annotation.kind))).sorted())
                } else {
                    let best = sameKind.map { Self.overlap(mark.range, $0.range) }.max() ?? 0
                    let agreeing = 1 + Set(sameKind.filter { Self.overlap(mark.range, $0.range) >= threshold }.map(\.reader)).count
                    reason = best < threshold ? .overlapTooSmall(best: best)
                        : agreeing < required ? .tooFewAgree(agreeing: agreeing, required: required) : .matchedElsewhere
                }
            }
            leftOut.append(LeftOut(reader: mark.reader, annotation: mark.annotation, range: mark.range, reason: reason))
        }
    }
}
