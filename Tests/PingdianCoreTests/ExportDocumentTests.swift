import PingdianCore
import Testing

@Suite("The export model")
struct ExportDocumentTests {
    static let document = TextDocument(title: "t.txt", text: "甲說對。乙說錯。\n丙𠀀丁。")
    static let taxonomy = Taxonomy(kinds: [
        MoveKind(key: "claim", label: LocalizedText(traditionalChinese: "論點", english: "Claim"), color: RGBColor(red: 0, green: 0, blue: 255),
                 monochrome: [.bold], description: LocalizedText(traditionalChinese: "主張", english: "A claim")),
        MoveKind(key: "contradiction", label: LocalizedText(traditionalChinese: "矛盾", english: "Contradiction"), color: RGBColor(red: 255, green: 0, blue: 0),
                 monochrome: [.reverse], description: LocalizedText(traditionalChinese: "矛盾", english: "A contradiction")),
    ])

    static func annotation(_ id: String, _ kind: String, _ range: Range<Int>, links: [AnnotationLink] = []) -> Annotation {
        Annotation(id: id, kind: kind, anchor: TextAnchor.make(range: range, in: document), note: "註\(id)", links: links)
    }

    @Test("Annotations come in reading order with layer, quote, paragraph; orphans last; links both ways")
    func model() {
        var gone = Self.annotation("gone", "claim", 0..<2)
        gone.anchor = TextAnchor(exact: "不存在", start: 0, end: 3)
        let export = ExportDocument(document: Self.document, sourcePath: nil, taxonomy: Self.taxonomy, layers: [
            (.curated, [Self.annotation("b", "contradiction", 4..<8), gone]),
            (.user, [Self.annotation("a", "contradiction", 0..<4, links: [AnnotationLink(type: .contradicts, target: "b")])]),
        ])
        #expect(export.annotations.map(\.id) == ["a", "b", "gone"])
        #expect(export.annotations[0].layer == .user)
        #expect(export.annotations[0].quote == "甲說對。")
        #expect(export.annotations[1].links == [AnnotationLink(type: .contradicts, target: "a")])
        #expect(export.annotations[2].range == nil)
        #expect(export.contradictionPairs.map { [$0.0.id, $0.1.id] } == [["a", "b"]])
        #expect(export.countsByKind == ["contradiction": 2, "claim": 1])
    }

    @Test("A kind filter keeps only those kinds; astral characters count as one offset")
    func filterAndAstral() {
        let export = ExportDocument(document: Self.document, sourcePath: "/x/t.txt", taxonomy: Self.taxonomy, layers: [
            (.user, [Self.annotation("x", "claim", 10..<12), Self.annotation("y", "contradiction", 0..<4)]),
        ], kinds: ["claim"])
        #expect(export.annotations.map(\.id) == ["x"])
        #expect(export.annotations[0].quote == "𠀀丁")
        #expect(export.annotations[0].paragraph == 1)
    }
}
