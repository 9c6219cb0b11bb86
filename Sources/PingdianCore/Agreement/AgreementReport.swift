/// How far several readers agree on the moves of one text (`pingdian agree`; Docs/together.md):
/// unitizing α over their spans, per kind and overall; nominal α over the kind each gave each
/// sentence; each pair's Cohen's κ and unitizing α; and, when a curated layer is given, each
/// reader against it.
public struct AgreementReport: Sendable {
    /// One reader: name, how many of their notes count (placed, not replies) and of those how many
    /// of each kind.
    public struct Reader: Sendable, Hashable {
        public var name: String
        public var spans: Int
    }

    /// One kind's unitizing α and how many spans each reader marked with it (overlaps joined).
    public struct KindAgreement: Sendable, Hashable {
        public var kind: String
        public var alpha: Double
        public var spansPerReader: [Int]
    }

    /// Two readers (indices into ``readers``; the curated layer is ``curatedIndex``).
    public struct Pair: Sendable, Hashable {
        public var first: Int
        public var second: Int
        /// Cohen's κ on the kinds of the sentences.
        public var kappa: Double
        /// Unitizing α over both readers' spans of every kind.
        public var unitizingAlpha: Double
    }

    public let readers: [Reader]
    /// The text's length in scalars, and its sentences.
    public let length: Int
    public let sentenceCount: Int
    /// Unitizing α over all kinds, and per kind in the taxonomy's order (kinds it lacks last).
    public let unitizingAlpha: Double
    public let kinds: [KindAgreement]
    /// Krippendorff's α (nominal) over the sentences' kinds.
    public let sentenceAlpha: Double
    /// Every pair of readers.
    public let pairs: [Pair]
    /// Each reader against the curated layer (`second` is ``curatedIndex``); empty without one.
    public let againstCurated: [Pair]

    /// The index the curated layer has in ``againstCurated``.
    public var curatedIndex: Int { readers.count }

    /// The annotations that count for agreement: placed ones, replies left out, as (kind, range).
    public static func spans(of annotations: [Annotation], in document: TextDocument) -> [(kind: String, range: Range<Int>)] {
        annotations.compactMap { annotation in
            guard annotation.replyTo == nil, let range = annotation.anchor.resolve(in: document).range, !range.isEmpty else { return nil }
            return (annotation.kind, range)
        }
    }

    /// Measures the agreement of `layers` on `document`; `curated`, when given, is compared with
    /// each reader. Kinds are ordered as `taxonomy` has them.
    public init(layers: [ReaderLayer], document: TextDocument, taxonomy: Taxonomy, curated: [Annotation]? = nil) {
        let spans = layers.map { Self.spans(of: $0.annotations, in: document) }
        let curatedSpans = curated.map { Self.spans(of: $0, in: document) }
        readers = zip(layers, spans).map { Reader(name: $0.name, spans: $1.count) }
        length = document.scalarCount
        let order = Dictionary(taxonomy.kinds.enumerated().map { ($1.key, $0) }) { first, _ in first }
        func study(_ raters: [[(kind: String, range: Range<Int>)]]) -> UnitizingStudy {
            let units = raters.enumerated().flatMap { rater, spans in
                spans.map { UnitizingStudy.Unit(offset: $0.range.lowerBound, length: $0.range.count, rater: rater, category: $0.kind) }
            }
            return UnitizingStudy(length: document.scalarCount, raterCount: raters.count, units: units)
        }
        let all = study(spans)
        unitizingAlpha = all.overallAlpha
        kinds = all.categories.sorted { (order[$0] ?? .max, $0) < (order[$1] ?? .max, $1) }.map {
            KindAgreement(kind: $0, alpha: all.alpha($0), spansPerReader: all.unitCounts(of: $0))
        }
        let sentences = SentenceKinds(document: document, readers: spans + (curatedSpans.map { [$0] } ?? []))
        sentenceCount = sentences.sentences.count
        sentenceAlpha = NominalAgreement.krippendorffAlpha(sentences.labels.map { Array($0.prefix(layers.count)).map(Optional.some) })
        func pair(_ first: Int, _ second: Int, _ secondSpans: [(kind: String, range: Range<Int>)]) -> Pair {
            Pair(first: first, second: second,
                 kappa: NominalAgreement.cohenKappa(sentences.labels(of: first), sentences.labels(of: second)),
                 unitizingAlpha: study([spans[first], secondSpans]).overallAlpha)
        }
        var pairs: [Pair] = []
        for first in layers.indices {
            for second in layers.indices where second > first { pairs.append(pair(first, second, spans[second])) }
        }
        self.pairs = pairs
        againstCurated = curatedSpans.map { curated in layers.indices.map { pair($0, layers.count, curated) } } ?? []
    }
}
