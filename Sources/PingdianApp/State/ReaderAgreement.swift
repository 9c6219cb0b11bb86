import PingdianCore

/// How the readers shown together marked each sentence (Docs/together.md): the other readers'
/// layers (`--with`) and, once they have notes, the reader's own. A sentence is a disagreement
/// when someone marked it and the readers' kinds are not all the same (a reader who marked
/// nothing there counts as "none").
public struct ReaderAgreement: Sendable {
    /// Each sentence's labels, reader by reader.
    public let kinds: SentenceKinds
    /// How many readers are compared.
    public let readerCount: Int
    /// The sentences that are disagreements, in reading order.
    public let disagreements: [Int]

    /// The agreement of `readers`' annotations over `sentences`.
    public init(sentences: [Range<Int>], readers: [[Annotation]], document: TextDocument) {
        let kinds = SentenceKinds(sentences: sentences, readers: readers.map { AgreementReport.spans(of: $0, in: document) })
        self.kinds = kinds
        readerCount = readers.count
        disagreements = kinds.labels.indices.filter { index in
            let labels = kinds.labels[index]
            return labels.contains { $0 != SentenceKinds.none } && Set(labels).count > 1
        }
    }

    /// How a sentence was marked: by how many readers, and with which kinds (by how many, most first).
    public func marks(of sentence: Int) -> (marked: Int, kinds: [String]) {
        let labels = kinds.labels[sentence].filter { $0 != SentenceKinds.none }
        var counts: [String: Int] = [:]
        for label in labels { counts[label, default: 0] += 1 }
        return (labels.count, counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key))
    }

    /// What the margin shows beside a line covering `range`: the most readers who marked a
    /// sentence on it, and whether any sentence on it is a disagreement; nil when none is marked.
    public func mark(for range: Range<Int>) -> AgreementMark? {
        guard var index = kinds.sentence(atOrAfter: range.lowerBound) else { return nil }
        var most = 0
        var disagreement = false
        while index < kinds.sentences.count, kinds.sentences[index].lowerBound < range.upperBound {
            let marks = marks(of: index)
            most = max(most, marks.marked)
            if marks.marked > 0 && (marks.kinds.count > 1 || marks.marked < readerCount) { disagreement = true }
            index += 1
        }
        return most == 0 ? nil : AgreementMark(readers: most, disagreement: disagreement)
    }
}

/// The margin's mark beside a line: how many readers marked a sentence on it, and whether they disagree.
public struct AgreementMark: Hashable, Sendable {
    public var readers: Int
    public var disagreement: Bool

    /// The one character the margin has room for: the count, or + beyond 9.
    public var symbol: String { readers > 9 ? "+" : String(readers) }
}
