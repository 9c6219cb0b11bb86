import Foundation
@testable import PingdianCore
import PingdianTestSupport
import Testing

@Suite("W3C Web Annotation export")
struct W3CExporterTests {
    static func collection(_ export: ExportDocument) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(W3CExporter.export(export))) as? [String: Any])
    }

    static func items(_ collection: [String: Any]) throws -> [[String: Any]] {
        let page = try #require(collection["first"] as? [String: Any])
        return try #require(page["items"] as? [[String: Any]])
    }

    @Test("The fixture passes every MUST of the W3C validator", .needs(.jsonschema))
    func fixtureValidates() throws {
        let result = try W3CValidator.validate(W3CExporter.export(InterchangeFixture.export))
        #expect(result.exitCode == 0, "\(result.output)")
        #expect(result.output.contains("w3c: 7 annotations, 0 MUST failures"), "\(result.output)")
    }

    @Test("The essay (curated layer and a few notes) passes every MUST of the W3C validator", .needs(.jsonschema))
    func essayValidates() throws {
        let bytes = W3CExporter.export(InterchangeFixture.essayExport)
        let result = try W3CValidator.validate(bytes, optional: false)
        #expect(result.exitCode == 0, "\(result.output)")
        let total = try #require(try Self.collection(InterchangeFixture.essayExport)["total"] as? Int)
        #expect(result.output.contains("w3c: \(total) annotations, 0 MUST failures"), "\(result.output)")
    }

    @Test("The validator fails an export that breaks a MUST, so the tests above can fail", .needs(.jsonschema))
    func validatorCatchesBreakage() throws {
        let broken = String(decoding: W3CExporter.export(InterchangeFixture.export), as: UTF8.self)
            .replacingOccurrences(of: "\"TextQuoteSelector\"", with: "\"QuoteSelector\"")
            .replacingOccurrences(of: "\"@context\" : \"http://www.w3.org/ns/anno.jsonld\"", with: "\"@context\" : \"http://example.org/\"")
        let result = try W3CValidator.validate(Array(broken.utf8), optional: false)
        #expect(result.exitCode == 1, "\(result.output)")
        #expect(result.output.contains("MUST FAIL"))
    }

    @Test("Collection, page and annotation: ids, selectors in code points, bodies, dates")
    func shape() throws {
        let collection = try Self.collection(InterchangeFixture.export)
        let sha = TextIdentity.fingerprint(of: InterchangeFixture.document)
        let key = String(sha.prefix(16))
        #expect(collection["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
        #expect(collection["type"] as? String == "AnnotationCollection")
        #expect(collection["id"] as? String == "urn:pingdian:\(key)")
        let items = try Self.items(collection)
        #expect(collection["total"] as? Int == items.count)
        #expect(items.count == 5 + 2, "five annotations, a contradiction pair and a supports link")

        let u1 = try #require(items.first { $0["id"] as? String == "urn:pingdian:\(key):u1" })
        #expect(u1["type"] as? String == "Annotation")
        #expect(u1["motivation"] as? String == "commenting")
        #expect(u1["created"] as? String == "2025-01-27T17:46:39Z")
        #expect(u1["modified"] as? String == "2025-01-27T17:55:00Z")
        let bodies = try #require(u1["body"] as? [[String: Any]])
        #expect(bodies.map { $0["purpose"] as? String } == ["commenting", "tagging"])
        #expect(bodies[0]["value"] as? String == "他說 \"一切可為\"，\n然否？")
        #expect(bodies[0]["language"] as? String == "zh-Hant" && bodies[0]["format"] as? String == "text/plain")
        #expect(bodies[1]["value"] as? String == "claim")
        let target = try #require(u1["target"] as? [String: Any])
        #expect(target["source"] as? String == "file:///texts/fixture.txt")
        let selectors = try #require(target["selector"] as? [[String: Any]])
        #expect(selectors[0]["type"] as? String == "TextQuoteSelector")
        #expect(selectors[0]["exact"] as? String == "天下𠀀事，皆可為也")
        #expect(selectors[0]["prefix"] as? String == "甲說：「")
        #expect(selectors[1]["type"] as? String == "TextPositionSelector")
        #expect(selectors[1]["start"] as? Int == 4 && selectors[1]["end"] as? Int == 13, "𠀀 is one code point")

        let orphan = try #require(items.first { $0["id"] as? String == "urn:pingdian:\(key):u5" })
        let orphanSelectors = try #require((orphan["target"] as? [String: Any])?["selector"] as? [[String: Any]])
        #expect(orphanSelectors.map { $0["type"] as? String } == ["TextQuoteSelector"], "no position: it would not be the same segment")

        let u4 = try #require(items.first { $0["id"] as? String == "urn:pingdian:\(key):u4" })
        #expect(u4["motivation"] as? String == "tagging", "no note: only the kind")
        #expect(u4["created"] == nil)
    }

    @Test("Links become linking annotations: a contradiction pair targets both sides, supports has the linked one as body")
    func linking() throws {
        let key = String(TextIdentity.fingerprint(of: InterchangeFixture.document).prefix(16))
        let items = try Self.items(try Self.collection(InterchangeFixture.export))
        let linking = items.filter { $0["motivation"] as? String == "linking" }
        #expect(linking.count == 2)
        let pair = try #require(linking.first { ($0["body"] as? [String: Any])?["value"] as? String == "contradicts" })
        #expect(pair["target"] as? [String] == ["urn:pingdian:\(key):u1", "urn:pingdian:\(key):u3"])
        #expect(pair["id"] as? String == "urn:pingdian:\(key)/link/u1/contradicts/u3")
        let supports = try #require(linking.first { $0["target"] as? String == "urn:pingdian:\(key):u4" })
        let bodies = try #require(supports["body"] as? [Any])
        #expect(bodies.first as? String == "urn:pingdian:\(key):u3")
        #expect((bodies.last as? [String: Any])?["value"] as? String == "supports")
    }

    @Test("The same document always gives the same bytes; the bundled essay is named by its hash")
    func stable() throws {
        #expect(W3CExporter.export(InterchangeFixture.essayExport) == W3CExporter.export(InterchangeFixture.essayExport))
        let items = try Self.items(try Self.collection(InterchangeFixture.essayExport))
        let source = (items.first?["target"] as? [String: Any])?["source"] as? String
        #expect(source == "urn:pingdian:text:\(TextIdentity.fingerprint(of: ModelFixtures.essay))")
    }

    @Test("Annotation IRIs carry the id percent-encoded, and give it back")
    func iris() {
        let sha = String(repeating: "ab", count: 32)
        let iri = ExportIRI.annotation("筆記 1/a:b%", textSHA256: sha)
        #expect(iri == "urn:pingdian:abababababababab:%E7%AD%86%E8%A8%98%201%2Fa%3Ab%25")
        #expect(ExportIRI.annotationID(from: iri) == "筆記 1/a:b%")
        #expect(ExportIRI.annotationID(from: "http://example.org/anno/1") == nil)
        #expect(ExportIRI.annotationID(from: ExportIRI.collection(textSHA256: sha)) == nil)
        #expect(ExportIRI.text(path: "/tmp/中 文.txt", sha256: sha) == "file:///tmp/%E4%B8%AD%20%E6%96%87.txt")
    }
}
