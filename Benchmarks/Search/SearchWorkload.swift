import PingdianCore
import PingdianFixtures

/// What the search benchmark searches, built once and deterministically: the bundled essay
/// repeated to 50 MB of UTF-8, each paragraph numbered (`〔3·12〕`), so that 強化學習 is frequent
/// (14 times a copy, in 6 of its 38 paragraphs) but absent from most paragraphs, and a numbered
/// paragraph is a query that occurs once.
struct SearchWorkload: Sendable {
    /// How large the generated text is, at least, in UTF-8 bytes.
    static let targetBytes = 50_000_000

    /// The text.
    let document: TextDocument
    /// Its size in UTF-8 bytes.
    let byteCount: Int
    /// How many copies of the essay it holds.
    let copies: Int

    /// The workload every benchmark shares.
    static let shared = SearchWorkload()

    /// Builds the text.
    init() {
        document = NumberedEssay.repeated(toAtLeast: Self.targetBytes, numberingSentences: false)
        byteCount = document.scalars.reduce(0) { $0 + UTF8.width($1) }
        copies = document.paragraphs.count / NumberedEssay.essay.paragraphs.count
    }

    /// The size in megabytes (10^6 bytes).
    var megabytes: Double { Double(byteCount) / 1_000_000 }
}
