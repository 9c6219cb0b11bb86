@testable import PingdianCore
import PingdianTestSupport
import PingdianTexts
import Testing

/// The essay's own original: the round trip that shows it is OpenCC's conversion of a Simplified
/// text, and the words the converter put in (issue 15; Docs/provenance.md).
@Suite("Provenance: a text converted from Simplified Chinese")
struct ProvenanceTests {
    /// A paragraph written in Traditional Chinese as a Taiwanese writer writes: 台灣, 裏, 「」.
    static let handWritten = """
        我在台灣長大，小時候住在台南的巷子裏，每天放學都會經過一家賣麵的小店。老闆總是笑著招呼我們，\
        說今天的湯頭特別好。後來搬到台北念書，才發現這樣的小店越來越少，取而代之的是連鎖餐廳和便利商店。\
        「你還記得那家麵店嗎？」前幾天一位老同學問我。我說記得，只是再也吃不到那個味道了。
        """

    @Test("The essay round-trips under s2twp in every paragraph: converted, with s2twp")
    func essayIsConverted() throws {
        let check = try #require(ConversionCheck(document: ModelFixtures.essay))
        #expect(check.verdict == .converted)
        #expect(check.configuration == .s2twp, "the strictest of the configurations that round-trip it")
        #expect(check.paragraphs.count == 39)
        #expect(check.roundTripCount(.s2twp) == 39)
        #expect(check.roundTripCount(.s2t) < 39, "OpenCC's own standard characters do not give the essay")
        #expect(check.paragraphsNotRoundTripping.isEmpty)
    }

    @Test("A paragraph written by hand is not called converted; changed by hand, it stops round-tripping; a line is too short to tell")
    func handWritten() throws {
        let written = try #require(ConversionCheck(document: TextDocument(title: "mine.txt", text: Self.handWritten)))
        #expect(written.verdict == .notConverted)
        #expect(written.roundTripCount(.s2twp) == 0)
        // The essay with the author's own word put back by hand in one paragraph.
        let essay = ModelFixtures.essay.text(in: 0..<ModelFixtures.essay.scalarCount)
        let first = try #require(essay.range(of: "支援"))
        var changed = essay
        changed.replaceSubrange(first, with: "支持")
        let document = TextDocument(title: "changed.txt", text: changed)
        let check = try #require(ConversionCheck(document: document))
        #expect(check.verdict == .converted, "one paragraph of 39 is not enough to say otherwise")
        let paragraph = try #require(document.paragraphIndex(containing: changed.unicodeScalars.distance(
            from: changed.unicodeScalars.startIndex, to: first.lowerBound.samePosition(in: changed.unicodeScalars)!)))
        #expect(check.paragraphsNotRoundTripping.map(\.index) == [paragraph])
        let line = try #require(ConversionCheck(document: TextDocument(title: "line.txt", text: "軟體工程師週末去吃麵。")))
        #expect(line.verdict == .tooShort, "it round-trips, but eleven characters cannot tell")
        let english = try #require(ConversionCheck(document: TextDocument(title: "en.txt", text: "No Chinese here.")))
        #expect(english.verdict == .noChinese)
    }

    @Test("The original is the essay converted back; every place maps to the same words; the converter's words with their originals")
    func convertedText() throws {
        let essay = ModelFixtures.essay
        let converted = try #require(ConvertedText(document: essay, configuration: .s2twp))
        let text = essay.text(in: 0..<essay.scalarCount)
        let original = converted.original.text(in: 0..<converted.original.scalarCount)
        #expect(original == PhraseConversion.convert(text, .tw2sp))
        #expect(original.contains("人工智能") && !original.contains("人工智慧"))
        #expect(converted.original.paragraphs.count == essay.paragraphs.count)
        // Every word: the text has the converter's word there, the original the author's.
        for word in converted.converterWords {
            #expect(essay.text(in: word.range) == word.converted)
            let start = converted.originalOffset(forText: word.range.lowerBound)
            #expect(converted.original.text(in: start..<(start + word.original.unicodeScalars.count)) == word.original, "\(word)")
            #expect(converted.textOffset(forOriginal: start) == word.range.lowerBound)
        }
        var counts: [String: Int] = [:]
        for word in converted.converterWords { counts[word.converted + "←" + word.original, default: 0] += 1 }
        #expect(counts["人工智慧←人工智能"] == 18)
        #expect(counts["支援←支持"] == 2)
        #expect(counts["矽谷←硅谷"] == 5)
        #expect(counts["執行長←首席执行官"] == 1)
        #expect(counts.values.reduce(0, +) == 61)
        // Characters outside the words map one to one: 特朗普 is the author's, left as it was.
        let name = try #require(text.range(of: "特朗普"))
        let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: name.lowerBound.samePosition(in: text.unicodeScalars)!)
        let back = converted.originalOffset(forText: offset)
        #expect(converted.original.text(in: back..<(back + 3)) == "特朗普")
    }
}

extension ProvenanceTests {
    /// The essay's conversion layer and the conversion taxonomy, as shipped in Texts/.
    static func shippedLayer() throws -> (bytes: [UInt8], layer: AnnotationLayer, taxonomy: Taxonomy) {
        let bytes = try #require(EmbeddedFiles.bytes(named: BundledText.conversionLayerFileName(forText: BundledText.essayFileName)))
        let taxonomy = try Taxonomy.decode(try #require(EmbeddedFiles.bytes(named: BundledText.conversionTaxonomyFileName)))
        return (bytes, try AnnotationLayer.decode(bytes), taxonomy)
    }

    @Test("The essay's conversion layer: it passes the check, its converter's words are exactly those the conversion gives, 支援 shifts the meaning, 特朗普 is left unlocalised")
    func shippedConversionLayer() throws {
        let (bytes, layer, taxonomy) = try Self.shippedLayer()
        let report = LayerCheck.check(bytes, document: ModelFixtures.essay, taxonomy: taxonomy)
        #expect(report.problems.map(\.description) == [])
        // The curated layer and the generated one agree on every converter's word: no drift.
        let generated = try #require(ConversionLayer.layer(of: ModelFixtures.essay, configuration: .s2twp))
        let words = layer.annotations.filter { $0.kind != ConversionLayer.unlocalisedKind }
        #expect(words.map(\.anchor) == generated.annotations.map(\.anchor))
        #expect(words.map(\.conversion) == generated.annotations.map(\.conversion))
        var kinds: [String: Int] = [:]
        for annotation in layer.annotations { kinds[annotation.kind, default: 0] += 1 }
        // The counts Docs/provenance.md gives.
        #expect(kinds == ["converter-word": 52, "converter-meaning": 3, "reverse-artefact": 6, "unlocalised": 44])
        let support = layer.annotations.filter { $0.conversion?.converted == "支援" }
        #expect(support.count == 2 && support.allSatisfy { $0.kind == ConversionLayer.meaningKind && ($0.note ?? "").contains("支持") })
        #expect(layer.annotations.allSatisfy { !($0.note ?? "").isEmpty }, "every place says why")
        let trump = layer.annotations.filter { $0.anchor.exact == "特朗普" }
        #expect(trump.count == 8 && trump.allSatisfy { $0.conversion?.taiwan == "川普" && $0.kind == ConversionLayer.unlocalisedKind })
        #expect(layer.annotations.contains { $0.anchor.exact == "英偉達" && $0.conversion?.taiwan == "輝達" })
        // The rhetorical layer's notes say where a word they turn on is the converter's.
        let moves = try AnnotationLayer.decode(try #require(EmbeddedFiles.bytes(named: BundledText.layerFileName(forText: BundledText.essayFileName))))
        for id in ["c-gov2-1", "m-andreessen"] {
            #expect(moves.annotations.first { $0.id == id }?.note?.contains("【轉換】原文作「支持") == true, "\(id)")
        }
    }

    @Test("A conversion member is read, written back the same, and checked: a missing word is reported")
    func conversionMember() throws {
        let document = TextDocument(title: "t.txt", text: "支援特朗普的機構")
        var annotation = Annotation(id: "a", kind: "converter-meaning", anchor: TextAnchor.make(range: 0..<2, in: document),
                                    conversion: AnnotationConversion(original: "支持", converted: "支援"))
        annotation.note = "原文作支持。"
        let layer = AnnotationLayer(id: "conversion", annotations: [annotation])
        let bytes = layer.encoded()
        #expect(try AnnotationLayer.decode(bytes) == layer)
        let (_, _, taxonomy) = try Self.shippedLayer()
        #expect(LayerCheck.check(bytes, document: document, taxonomy: taxonomy).passed)
        let broken = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\"original\" : \"支持\"", with: "\"originalWord\" : \"支持\"")
        let problems = LayerCheck.check(Array(broken.utf8), document: document, taxonomy: taxonomy).problems.map(\.description)
        #expect(problems.contains { $0.contains("conversion.original") }, "\(problems)")
    }
}

extension ProvenanceTests {
    /// The essay with its conversion layer, for the exporters, the kinds of both taxonomies known.
    static func essayWithConversion() throws -> ExportDocument {
        let (_, layer, taxonomy) = try shippedLayer()
        let kinds = ModelFixtures.taxonomy.kinds + taxonomy.kinds
        return ExportDocument(document: ModelFixtures.essay, sourcePath: nil, taxonomy: Taxonomy(kinds: kinds),
                              layers: [(.conversion, layer.annotations)])
    }

    @Test("Exports carry the conversion: JSON (read back by import), Markdown and the HTML report say what the word was")
    func exports() throws {
        let export = try Self.essayWithConversion()
        let support = try #require(export.annotations.first { $0.conversion?.converted == "支援" })
        let json = JSONExporter.export(export)
        let imported = try ImportFile.read(json, taxonomy: ModelFixtures.taxonomy)
        #expect(imported.annotations.first { $0.key == support.id }?.conversion == support.conversion)
        let markdown = MarkdownExporter.export(export, language: .traditionalChinese)
        #expect(markdown.contains("**原文「支持」→ 轉換成「支援」**"))
        #expect(markdown.contains("原文如此，未在地化（台灣作「川普」）"))
        let html = HTMLExporter.export(export, language: .english)
        #expect(html.contains("<p class=\"conversion\">original 支持 → converter&#39;s 支援</p>"))
    }

    @Test("The W3C export of the conversion layer passes every MUST of the validator: the original's word describes, the Taiwan form edits", .needs(.jsonschema))
    func w3c() throws {
        let bytes = W3CExporter.export(try Self.essayWithConversion())
        let result = try W3CValidator.validate(bytes, optional: false)
        #expect(result.exitCode == 0, "\(result.output)")
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"describing\"") && text.contains("\"editing\"") && text.contains("zh-Hant-TW"))
    }
}
