import Foundation
@testable import PingdianCore
import PingdianFixtures
import Testing

/// `pingdian agree`'s numbers on readers' layers of the essay (issue 17 item 4): the same layer
/// twice agrees fully, unrelated layers near chance, and sentences get the kind covering most of them.
@Suite("Agreement of readers' layers")
struct AgreementReportTests {
    static let essay = ModelFixtures.essay

    /// A reader who marks `count` random sentences-long spans with random kinds.
    static func randomReader(_ name: String, count: Int, seed: UInt64) -> ReaderLayer {
        var random = SplitMix(seed: seed)
        let kinds = ModelFixtures.taxonomy.kinds.map(\.key)
        let annotations = (0..<count).map { number -> Annotation in
            let start = random.below(essay.scalarCount - 80)
            let range = start..<start + 10 + random.below(60)
            return Annotation(id: "\(name)-\(number)", kind: kinds[random.below(kinds.count)], anchor: TextAnchor.make(range: range, in: essay))
        }
        return ReaderLayer(name: name, file: "\(name).json", annotations: annotations)
    }

    @Test("The same layer twice: every α and κ is 1")
    func sameLayer() {
        let reader = Self.randomReader("a", count: 100, seed: 1)
        let report = AgreementReport(layers: [reader, reader], document: Self.essay, taxonomy: ModelFixtures.taxonomy)
        #expect(report.unitizingAlpha == 1)
        #expect(report.kinds.allSatisfy { $0.alpha == 1 })
        #expect(report.sentenceAlpha == 1)
        #expect(report.pairs.map(\.kappa) == [1])
    }

    @Test("Two unrelated readers: unitizing α, nominal α and κ near 0")
    func unrelated() {
        let report = AgreementReport(layers: [Self.randomReader("a", count: 100, seed: 2), Self.randomReader("b", count: 100, seed: 3)],
                                     document: Self.essay, taxonomy: ModelFixtures.taxonomy)
        #expect(abs(report.unitizingAlpha) < 0.15, "\(report.unitizingAlpha)")
        #expect(abs(report.sentenceAlpha) < 0.15, "\(report.sentenceAlpha)")
        #expect(abs(report.pairs[0].kappa) < 0.15, "\(report.pairs[0].kappa)")
    }

    @Test("A sentence's kind is the one covering most of it; none where the reader marked nothing; replies and orphans do not count")
    func sentenceKinds() {
        let document = TextDocument(title: "t", text: "甲說對了。乙說錯了。丙不說話。\n")
        func span(_ kind: String, _ range: Range<Int>) -> (kind: String, range: Range<Int>) { (kind, range) }
        let kinds = SentenceKinds(document: document, readers: [
            [span("claim", 0..<5), span("irony", 3..<7), span("evidence", 6..<10)],
            [span("irony", 1..<4)],
        ])
        #expect(kinds.sentences == [0..<5, 5..<10, 10..<15])
        #expect(kinds.labels == [["claim", "irony"], ["evidence", "none"], ["none", "none"]])
        let reply = Annotation(id: "r", kind: "claim", anchor: TextAnchor.make(range: 0..<5, in: document), replyTo: "x")
        let orphan = Annotation(id: "o", kind: "claim", anchor: TextAnchor(exact: "不在這裡", start: 0, end: 4))
        #expect(AgreementReport.spans(of: [reply, orphan], in: document).isEmpty)
    }

    @Test("Against the curated layer: each reader compared with it; the curated layer against itself is 1")
    func againstCurated() {
        let curated = InterchangeFixture.essayLayer
        let report = AgreementReport(layers: [ReaderLayer(name: "c", file: "c.json", annotations: curated), Self.randomReader("r", count: 80, seed: 4)],
                                     document: Self.essay, taxonomy: ModelFixtures.taxonomy, curated: curated)
        #expect(report.againstCurated.count == 2)
        #expect(report.againstCurated[0].kappa == 1 && report.againstCurated[0].unitizingAlpha == 1)
        #expect(report.againstCurated[1].unitizingAlpha < 0.3)
    }

    @Test("Reader layers from any notes file: named by their creator, else the file; names made unique")
    func names() throws {
        var notes = InterchangeFixture.notes
        notes[0].creator = "王小明"
        notes[1].creator = "王小明"
        notes[2].creator = "Bob"
        let export = JSONExporter.export(ExportDocument(document: InterchangeFixture.document, sourcePath: nil, taxonomy: ModelFixtures.taxonomy,
                                                        layers: [(.user, notes)]))
        let named = try ReaderLayer.read(export, file: "/x/notes.json", document: InterchangeFixture.document, taxonomy: ModelFixtures.taxonomy)
        #expect(named.name == "王小明")
        #expect(!named.madeOnAnotherText)
        let anonymous = try ReaderLayer.read(JSONExporter.export(InterchangeFixture.export), file: "/x/alice.json",
                                             document: InterchangeFixture.document, taxonomy: ModelFixtures.taxonomy)
        #expect(anonymous.name == "alice")
        #expect(ReaderLayer.uniquelyNamed([anonymous, anonymous, named]).map(\.name) == ["alice", "alice (2)", "王小明"])
        let elsewhere = try ReaderLayer.read(export, file: "n.json", document: TextDocument(title: "t", text: "乙曰：不然*，非|全對。丙以為"),
                                             taxonomy: ModelFixtures.taxonomy)
        #expect(elsewhere.madeOnAnotherText)
    }
}
