import PingdianCore
import PingdianFixtures

/// What the re-anchoring benchmark measures, built once and deterministically: a 2 MB Chinese
/// text, 1,000 notes spread over it, and an edited version of the text.
///
/// The text is the bundled essay repeated, each copy's paragraphs and sentences numbered
/// (`〔3·12〕`, `〔3·12·4〕`) so that longer quotes and most contexts are unique while short
/// quotes still recur, as in a real corpus. The edits: a new 300-scalar paragraph and three
/// shorter insertions in the first 5 % of the text (so nearly every note moves), one scalar
/// changed inside 20 quotes and 5 quotes deleted, spread over the text. The edited and deleted
/// quotes are ones that occur only once: a quote that also occurs in another copy of the essay
/// would be relocated there (the exact text elsewhere comes before an approximate match).
struct Workload: Sendable {
    /// How large the generated text is, at least, in UTF-8 bytes.
    static let targetBytes = 2_000_000
    /// How many notes are anchored in it.
    static let anchorCount = 1_000

    /// The text the notes were made in.
    let original: TextDocument
    /// The notes' anchors, made in ``original`` with 32 scalars of context.
    let anchors: [TextAnchor]
    /// The text after the edits.
    let edited: TextDocument
    /// The anchors whose quotes had one scalar changed.
    let anchorsWithEditedQuotes: [TextAnchor]
    /// The anchors whose quotes were deleted.
    let anchorsWithDeletedQuotes: [TextAnchor]

    /// The workload every benchmark shares.
    static let shared = Workload()

    /// Builds the text, the anchors and the edits.
    init() {
        let original = Self.generateText()
        var random = SplitMix(seed: 20250129)
        let anchors = Self.makeAnchors(in: original, using: &random)
        var edits: [(range: Range<Int>, text: String)] = []
        let paragraphs = original.paragraphs
        edits.append((paragraphs[2].range.lowerBound..<paragraphs[2].range.lowerBound,
                      String(repeating: "這是編者在開頭加上的一段新說明，", count: 20) + "\n"))
        for index in [40, 300, 1_000] {
            let at = paragraphs[index].range.lowerBound
            edits.append((at..<at, "（編者補注：此段有修訂。）"))
        }
        var edited: [TextAnchor] = []
        var deleted: [TextAnchor] = []
        for first in stride(from: 10, to: anchors.count, by: 40) {
            // The first note from here on whose quote is unique.
            guard let anchor = anchors[first...].first(where: { Self.occurrenceCount(of: $0.exact, in: original) == 1 })
            else { continue }
            if (edited.count + deleted.count) % 5 == 4 {
                edits.append((anchor.start..<anchor.end, ""))
                deleted.append(anchor)
            } else {
                let middle = (anchor.start + anchor.end) / 2
                edits.append((middle..<middle + 1, "乙"))
                edited.append(anchor)
            }
        }
        var scalars = original.scalars
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            scalars.replaceSubrange(edit.range, with: edit.text.unicodeScalars)
        }
        self.original = original
        self.anchors = anchors
        self.edited = TextDocument(title: "edited", scalars: scalars)
        anchorsWithEditedQuotes = edited
        anchorsWithDeletedQuotes = deleted
    }

    /// How many times `quote` occurs in `document` (a plain scan: for building the workload only).
    static func occurrenceCount(of quote: String, in document: TextDocument) -> Int {
        let needle = Array(quote.unicodeScalars)
        let text = document.scalars
        guard let first = needle.first, needle.count <= text.count else { return 0 }
        var count = 0
        for start in 0...(text.count - needle.count) where text[start] == first {
            if text[start..<start + needle.count].elementsEqual(needle) { count += 1 }
        }
        return count
    }

    /// The essay repeated, with numbered paragraphs and sentences, up to ``targetBytes``.
    static func generateText() -> TextDocument {
        NumberedEssay.repeated(toAtLeast: targetBytes, numberingSentences: true)
    }

    /// ``anchorCount`` anchors of 4 to 40 scalars, one in each equal slice of the text, never
    /// across a line end.
    static func makeAnchors(in document: TextDocument, using random: inout SplitMix) -> [TextAnchor] {
        let slice = document.scalarCount / anchorCount
        return (0..<anchorCount).map { number in
            var start = number * slice + random.below(slice - 100)
            let length = 4 + random.below(37)
            if let newline = document.scalars[start..<start + length].lastIndex(of: "\n") { start = newline + 1 }
            return TextAnchor.make(range: start..<start + length, in: document)
        }
    }
}
