import Foundation
@testable import PingdianCore
import PingdianTexts
import Testing

/// An annotation's source — the words a passage attributes to someone, where they are, and a
/// verdict on how faithfully the passage renders them — read, written and checked (issue 14).
@Suite("Annotation sources")
struct AnnotationSourceTests {
    static let source = #", "source": {"url": "https://example.org/essay", "location": "§2 ¶3", "words": "a point on an expected cost reduction curve", "verdict": "selective", "translation": "略去了「預期的」"}"#

    @Test("A layer with a source reads it, writes it back the same, and passes the check")
    func roundTrip() throws {
        let entry = LayerCheckFixtures.entry("a1", "claim", "春眠不覺曉", at: 0, suffix: "，處處", extra: Self.source)
        let layer = try AnnotationLayer.decode(LayerCheckFixtures.layer([entry]))
        let source = try #require(layer.annotations.first?.source)
        #expect(source == AnnotationSource(url: "https://example.org/essay", location: "§2 ¶3",
                                           words: "a point on an expected cost reduction curve", verdict: .selective,
                                           translation: "略去了「預期的」"))
        let again = try JSONDecoder().decode(Annotation.self, from: JSONEncoder().encode(layer.annotations[0]))
        #expect(again == layer.annotations[0])
        #expect(LayerCheckFixtures.check([entry]).problems.isEmpty)
    }

    @Test("A verdict off the scale is refused by the reader and reported by the check")
    func badVerdict() throws {
        let entry = LayerCheckFixtures.entry("a1", "claim", "春眠不覺曉", at: 0, suffix: "，處處",
                                             extra: #", "source": {"url": "u", "verdict": "mostly-true"}"#)
        let error = try #require(throws: FileFormatError.self) { try AnnotationLayer.decode(LayerCheckFixtures.layer([entry])) }
        #expect(error.description.hasPrefix("annotations[0].source.verdict (id \"a1\"): \"mostly-true\" is not a verdict"))
        #expect(LayerCheckFixtures.check([entry]).problems.map(\.message).contains { $0.contains("\"mostly-true\" is not a verdict") })
    }

    @Test("The essay's source layer: every passage checked against Amodei's words has a verdict, the check passes, and the verdicts are not all faithful")
    func shippedSources() throws {
        let bytes = try #require(EmbeddedFiles.bytes(named: "amodei-deepseek-essay.zh-Hant.sources.json"))
        let report = LayerCheck.check(bytes, document: ModelFixtures.essay, taxonomy: ModelFixtures.taxonomy)
        #expect(report.problems.map(\.description) == [])
        let layer = try AnnotationLayer.decode(bytes)
        let verdicts = layer.annotations.compactMap(\.source?.verdict)
        #expect(verdicts.count == layer.annotations.count && layer.annotations.count == 86)
        var counts: [AnnotationSource.Verdict: Int] = [:]
        for verdict in verdicts { counts[verdict, default: 0] += 1 }
        // The counts Docs/sources.md gives.
        #expect(counts == [.faithfulQuote: 4, .fairParaphrase: 23, .selective: 16, .distorted: 26, .notInSource: 17])
        for annotation in layer.annotations {
            let source = try #require(annotation.source)
            // Checked passages name their source and give its words (one was checked against the length of the text).
            if source.verdict != .notInSource { #expect(source.url != nil, "\(annotation.id)") }
            #expect(ModelFixtures.essay.text(in: annotation.anchor.start..<annotation.anchor.end) == annotation.anchor.exact)
        }
    }
}
