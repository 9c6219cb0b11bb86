/// The move kind each reader gave each sentence of a text: the kind that covers most of the
/// sentence among that reader's spans (the alphabetically first of equals), `none` where the
/// reader marked nothing in it — the units that nominal α and Cohen's κ compare.
public struct SentenceKinds: Sendable {
    /// The label of a sentence no span of the reader touches.
    public static let none = "none"

    /// The sentences, as scalar ranges without their trailing white space (empty ones left out).
    public let sentences: [Range<Int>]
    /// `labels[sentence][reader]`.
    public let labels: [[String]]

    /// The sentences of `document` labelled from each reader's spans (kind and range).
    public init(document: TextDocument, readers: [[(kind: String, range: Range<Int>)]]) {
        self.init(sentences: Self.sentences(of: document), readers: readers)
    }

    /// The sentences of a document (``sentences(of:)``) labelled from each reader's spans.
    public init(sentences: [Range<Int>], readers: [[(kind: String, range: Range<Int>)]]) {
        self.sentences = sentences
        var labels = Array(repeating: Array(repeating: Self.none, count: readers.count), count: sentences.count)
        for (reader, spans) in readers.enumerated() {
            var covered: [Int: [String: Int]] = [:]
            for span in spans {
                // The first sentence ending after the span's start, then on while they overlap.
                var low = 0, high = sentences.count
                while low < high {
                    let middle = (low + high) / 2
                    if sentences[middle].upperBound <= span.range.lowerBound { low = middle + 1 } else { high = middle }
                }
                var index = low
                while index < sentences.count, sentences[index].lowerBound < span.range.upperBound {
                    let overlap = sentences[index].clamped(to: span.range).count
                    if overlap > 0 { covered[index, default: [:]][span.kind, default: 0] += overlap }
                    index += 1
                }
            }
            for (index, kinds) in covered {
                labels[index][reader] = kinds.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!.key
            }
        }
        self.labels = labels
    }

    /// The sentences of `document` (ICU's, paragraph by paragraph), without trailing white
    /// space, empty ones left out.
    public static func sentences(of document: TextDocument) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        for paragraph in document.paragraphs where !paragraph.range.isEmpty {
            let bounds = TextBoundaries.boundaries(.sentence, in: paragraph.range, of: document)
            for (start, end) in zip(bounds, bounds.dropFirst()) {
                var last = end
                while last > start, document.scalars[last - 1].properties.isWhitespace { last -= 1 }
                if last > start { sentences.append(start..<last) }
            }
        }
        return sentences
    }

    /// The sentence holding `offset`, or the first one after it; nil past the last.
    public func sentence(atOrAfter offset: Int) -> Int? {
        var low = 0, high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low < sentences.count ? low : nil
    }

    /// One reader's labels, sentence by sentence.
    public func labels(of reader: Int) -> [String?] { labels.map { $0[reader] } }
}
