import Foundation
@testable import PingdianCore
import PingdianTestSupport
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

    /// The essay with its source layer as the reader loads it: the curated layer merged with it.
    static var essayWithSources: ExportDocument {
        let curated = try! AnnotationLayer.decode(EmbeddedFiles.bytes(named: BundledText.layerFileName(forText: BundledText.essayFileName))!)
        let sources = try! AnnotationLayer.decode(EmbeddedFiles.bytes(named: "amodei-deepseek-essay.zh-Hant.sources.json")!)
        let merged = curated.merging(sources: sources)
        return ExportDocument(document: ModelFixtures.essay, sourcePath: nil, taxonomy: ModelFixtures.taxonomy, layers: [(.curated, merged.annotations)])
    }

    @Test("Exports carry the source: JSON (read back by import), Markdown and the HTML report under the claim")
    func exports() throws {
        let export = Self.essayWithSources
        let checked = try #require(export.annotations.first { $0.source?.verdict == .distorted && $0.source?.words != nil })
        let words = try #require(checked.source?.words)
        let json = JSONExporter.export(export)
        let imported = try ImportFile.read(json, taxonomy: ModelFixtures.taxonomy)
        #expect(imported.annotations.first { $0.key == checked.id }?.source == checked.source)
        let markdown = MarkdownExporter.export(export, language: .english)
        #expect(markdown.contains("**Source · distorted**"))
        let html = HTMLExporter.export(export, language: .traditionalChinese)
        #expect(html.contains("<p class=\"source v-distorted\"><span class=\"verdict\">原文 · 扭曲</span>"))
        #expect(html.contains(HTMLEscaping.text(words)))
    }

    @Test("The W3C export of the essay with its sources passes every MUST of the validator", .needs(.jsonschema))
    func w3c() throws {
        let bytes = W3CExporter.export(Self.essayWithSources)
        let result = try W3CValidator.validate(bytes, optional: false)
        #expect(result.exitCode == 0, "\(result.output)")
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"assessing\""))
    }

    @Test("A source text finds the passages' words in it and takes the address most of those found name, unless one is given")
    func sourceTextAddress() {
        let document = TextDocument(title: "copy.txt", text: "First he said one thing.\nThen he said another thing.\nAnd a third.")
        func passage(_ id: String, _ words: String, _ url: String?) -> Annotation {
            var annotation = Annotation(id: id, kind: "attribution",
                                        anchor: TextAnchor(exact: "x", prefix: "", suffix: "", start: 0, end: 1))
            annotation.source = AnnotationSource(url: url, words: words, verdict: .fairParaphrase)
            return annotation
        }
        let passages = [
            passage("a", "he said one thing", "https://example.org/a"),
            passage("b", "he said another thing", "https://example.org/a"),
            passage("c", "And a third.", "https://example.org/b"),
            passage("d", "words from elsewhere entirely, not in this copy", "https://example.org/c"),
        ]
        var found = SourceText(document: document, annotations: passages)
        #expect(Set(found.places.keys) == ["a", "b", "c"])
        #expect(found.places["b"].map { document.text(in: $0) } == "he said another thing")
        #expect(found.url == "https://example.org/a", "two of the three found name it")
        #expect(SourceText(document: document, annotations: passages, url: "https://given.example").url == "https://given.example")
        #expect(SourceText(document: document, annotations: []).url == nil)
        let placed = found.place(passage("e", "a third", nil))
        #expect(placed, "a note made later is found too")
        #expect(found.places["e"].map { document.text(in: $0) } == "a third")
    }
}
