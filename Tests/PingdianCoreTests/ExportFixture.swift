import Foundation
import PingdianCore

/// A small export that holds what the exporters must survive: overlapping and nested spans, a span
/// across a section break, links both ways, notes with quotes, newlines, `<script>`, `|`, `*`,
/// commas, a spreadsheet formula, an astral character (𠀀), an unknown kind and an orphan.
enum ExportFixture {
    static let text = """
        甲說：「對，*真的*」。乙說<錯>。
        =SUM(A1) 在此，逗號, 與"引號"。

        丙𠀀丁說 "quoted", 戊|己。
        -開頭的行 @人
        """

    static let document = TextDocument(title: "試 <b>&\"title\"", text: text)

    static let formula = "=cmd|' /C calc'!A0"
    static let scriptNote = "他說 \"好\"，又說 'no'\n<script>alert(\"x\")</script>"

    /// An annotation of the first occurrence of `quote`.
    static func annotation(_ id: String, _ kind: String, _ quote: String, note: String? = nil,
                           links: [AnnotationLink] = []) -> Annotation {
        let range = ModelFixtures.range(of: quote, in: document) ?? 0..<0
        return Annotation(id: id, kind: kind, anchor: TextAnchor.make(range: range, in: document), note: note, links: links)
    }

    static let curated: [Annotation] = [
        annotation("claim-1", "claim", "甲說：「對，*真的*」", note: scriptNote),
        annotation("overlap", "concession", "*真的*」。乙說", note: "a | b * c * d, e"),
        annotation("side-a", "contradiction", "乙說<錯>", note: formula,
                   links: [AnnotationLink(type: .contradicts, target: "side-b")]),
        annotation("across", "rebuttal", "=SUM(A1) 在此，逗號, 與\"引號\"。\n\n丙𠀀丁", note: "+1 line\r\nsecond `line`"),
        annotation("mystery", "unknown-kind", "在此"),
    ]

    static let user: [Annotation] = [
        annotation("side-b", "contradiction", "丙𠀀丁說 \"quoted\", 戊|己",
                   note: "line one\nline two with `code` and **bold** and # hash\n\n  1. not a list"),
        annotation("inner", "irony", "𠀀丁", note: "-minus start, @at, \ttab"),
        {
            var gone = annotation("gone", "claim", "甲", note: "orphan, with comma",
                                  links: [AnnotationLink(type: .supports, target: "claim-1")])
            gone.anchor = TextAnchor(exact: "不存在的話", start: 0, end: 5)
            return gone
        }(),
    ]

    static let hints: [Annotation] = [
        annotation("dash", "claim", "-開頭的行 @人", links: [AnnotationLink(type: .contradicts, target: "claim-1")]),
    ]

    /// The export of the three layers with the bundled taxonomy.
    static let export = ExportDocument(document: document, sourcePath: "/tmp/fixture.txt", taxonomy: ModelFixtures.taxonomy,
                                       layers: [(.curated, curated), (.user, user), (.hints, hints)])

    /// The folder `Texts/` of the repository, found from this file.
    static let textsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Texts")

    /// The essay with its curated layer and the move taxonomy, read from `Texts/` as shipped.
    static func essay() throws -> ExportDocument {
        let (document, _) = try TextFile.open(path: textsFolder.appendingPathComponent("amodei-deepseek-essay.zh-Hant.txt").path)
        let layer = try AnnotationLayer.decode(Array(try Data(contentsOf: textsFolder.appendingPathComponent("amodei-deepseek-essay.zh-Hant.moves.json"))))
        let taxonomy = try Taxonomy.decode(Array(try Data(contentsOf: textsFolder.appendingPathComponent("moves.taxonomy.json"))))
        return ExportDocument(document: document, sourcePath: nil, taxonomy: taxonomy, layers: [(.curated, layer.annotations)])
    }
}
