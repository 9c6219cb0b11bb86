import PingdianCore
import PingdianTexts

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
        let bytes = EmbeddedFiles.bytes(named: BundledText.essayFileName) ?? []
        guard let essay = try? TextDecoder.decode(bytes, title: "essay").0, !essay.isEmpty else {
            fatalError("the bundled essay is missing")
        }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(Self.targetBytes / 2)
        var byteCount = 0
        var copy = 0
        while byteCount < Self.targetBytes {
            copy += 1
            for (index, paragraph) in essay.paragraphs.enumerated() {
                let number = "〔\(copy)·\(index)〕"
                scalars.append(contentsOf: number.unicodeScalars)
                byteCount += number.utf8.count
                for scalar in essay.scalars[paragraph.range] {
                    scalars.append(scalar)
                    byteCount += UTF8.width(scalar)
                }
                scalars.append("\n")
                byteCount += 1
            }
        }
        document = TextDocument(title: "generated", scalars: scalars)
        self.byteCount = byteCount
        copies = copy
    }

    /// The size in megabytes (10^6 bytes).
    var megabytes: Double { Double(byteCount) / 1_000_000 }
}
