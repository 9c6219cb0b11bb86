import Foundation
import PingdianTexts
@testable import PingdianCore

/// A small text with annotations that stress the interchange formats (JSON, W3C, Hypothesis) and import: overlapping spans, links both
/// ways, notes holding quotes, newlines, `<script>`, `|`, `*`, commas and an astral character
/// (𠀀, one scalar but two UTF-16 units), an orphan, and dates on some.
enum InterchangeFixture {
    static let text = "甲說：「天下𠀀事，皆可為也」。乙曰：不然*，非|全對。\n\n丙以為，甲之言自相矛盾，<script>亦無用。\n"
    static let document = TextDocument(title: "fixture.txt", text: text)
    static let taxonomy = ModelFixtures.taxonomy
    static let created = Date(timeIntervalSince1970: 1_737_999_999)
    static let modified = Date(timeIntervalSince1970: 1_738_000_500)

    /// The anchor of the first occurrence of `quote`.
    static func anchor(_ quote: String) -> TextAnchor {
        guard let range = ModelFixtures.range(of: quote, in: document) else { return TextAnchor(exact: quote, start: 0, end: quote.unicodeScalars.count) }
        return TextAnchor.make(range: range, in: document)
    }

    /// The reader's notes on the fixture.
    static let notes: [Annotation] = [
        Annotation(id: "u1", kind: "claim", anchor: anchor("天下𠀀事，皆可為也"),
                   note: "他說 \"一切可為\"，\n然否？", created: created, modified: modified),
        Annotation(id: "u2", kind: "irony", anchor: anchor("皆可為也」。乙曰"),
                   note: "<script>alert(\"x\")</script> | * , 𠀀"),
        Annotation(id: "u3", kind: "contradiction", anchor: anchor("甲之言自相矛盾"), note: "與前文相悖, 見「天下𠀀事」",
                   links: [AnnotationLink(type: .contradicts, target: "u1")], created: created, modified: modified),
        Annotation(id: "u4", kind: "evidence", anchor: anchor("不然*，非|全對"),
                   links: [AnnotationLink(type: .supports, target: "u3")]),
        Annotation(id: "u5", kind: "claim", anchor: TextAnchor(exact: "不存在的句子", prefix: "前", suffix: "後", start: 3, end: 9),
                   note: "orphan"),
    ]

    /// The fixture's notes as one export of the user layer, from `/texts/fixture.txt`.
    static let export = ExportDocument(document: document, sourcePath: "/texts/fixture.txt", taxonomy: taxonomy,
                                       layers: [(.user, notes)])

    /// The fields that must survive a round trip, per annotation, in export order: kind, quote,
    /// offsets, note, and links as (type, quote of the target).
    static func survivingFields(of export: ExportDocument) -> [String] {
        export.annotations.map { annotation in
            let links = annotation.links.map { link in "\(link.type)→\(export.annotation(withID: link.target)?.quote ?? "?")" }.sorted()
            return [annotation.kindKey, annotation.quote, annotation.range.map { "\($0)" } ?? "orphan",
                    annotation.note ?? "-", links.joined(separator: ";")].joined(separator: " | ")
        }
    }

    /// The bundled essay's curated layer.
    static let essayLayer: [Annotation] = {
        let bytes = EmbeddedFiles.bytes(named: BundledText.layerFileName(forText: BundledText.essayFileName)) ?? []
        return (try? AnnotationLayer.decode(bytes))?.annotations ?? []
    }()

    /// A few notes of a reader on the essay: one linked to a curated annotation, one overlapping
    /// it with a note full of markup, one whose quote is gone.
    static let essayNotes: [Annotation] = {
        let essay = ModelFixtures.essay
        func anchor(_ quote: String) -> TextAnchor {
            TextAnchor.make(range: ModelFixtures.range(of: quote, in: essay) ?? 0..<1, in: essay)
        }
        return [
            Annotation(id: "note-1", kind: "irony", anchor: anchor("一個科學家"), note: "「一個」二字已帶貶意, <b>*冷*</b> | 𠀀",
                       links: [AnnotationLink(type: .contradicts, target: "c-mission-1")], created: created, modified: modified),
            Annotation(id: "note-2", kind: "claim", anchor: anchor("科學家,幾個月前"), note: "第一行\n第二行"),
            Annotation(id: "note-3", kind: "evidence", anchor: TextAnchor(exact: "不在文中", start: 5, end: 9)),
        ]
    }()

    /// The essay with its curated layer and the reader's notes above.
    static let essayExport = ExportDocument(document: ModelFixtures.essay, sourcePath: nil, taxonomy: taxonomy,
                                            layers: [(.curated, essayLayer), (.user, essayNotes)])
}
