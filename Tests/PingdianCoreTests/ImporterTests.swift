import Foundation
@testable import PingdianCore
import Testing

@Suite("Import")
struct ImporterTests {
    typealias F = InterchangeFixture

    /// Reads `bytes` and plans importing them into `notes` on the fixture.
    static func plan(_ bytes: [UInt8], notes: [Annotation] = [], curated: [Annotation] = [],
                     document: TextDocument = F.document) throws -> ImportPlan {
        Importer.plan(try ImportFile.read(bytes, taxonomy: F.taxonomy), document: document, notes: notes, curated: curated)
    }

    /// Every link of the plan as `from type to`, a symmetric one with its ends sorted.
    static func links(_ plan: ImportPlan) -> Set<String> {
        Set(plan.annotations.flatMap { annotation in
            annotation.links.map { link in
                let ends = link.type.isSymmetric ? [annotation.id, link.target].sorted() : [annotation.id, link.target]
                return "\(ends[0]) \(link.type) \(ends[1])"
            }
        })
    }

    /// The fixture's text exported again with the imported notes as its user layer.
    static func reexport(_ annotations: [Annotation], document: TextDocument = F.document) -> ExportDocument {
        ExportDocument(document: document, sourcePath: "/texts/fixture.txt", taxonomy: F.taxonomy, layers: [(.user, annotations)])
    }

    @Test("JSON → import → JSON gives the same annotations, byte for byte")
    func jsonRoundTrip() throws {
        let exported = JSONExporter.export(F.export)
        let plan = try Self.plan(exported)
        #expect(plan.annotations.map(\.id) == F.export.annotations.map(\.id))
        #expect((plan.duplicates, plan.orphaned, plan.unusable, plan.renamed) == (0, 1, 0, 0))
        #expect(F.survivingFields(of: Self.reexport(plan.annotations)) == F.survivingFields(of: F.export))
        #expect(JSONExporter.export(Self.reexport(plan.annotations)) == exported)
    }

    @Test("W3C → import → W3C gives the same annotations, byte for byte; linking annotations become links")
    func w3cRoundTrip() throws {
        let exported = W3CExporter.export(F.export)
        let plan = try Self.plan(exported)
        #expect(plan.annotations.map(\.id) == F.export.annotations.map(\.id), "ids come back from the urn:pingdian: IRIs")
        #expect(plan.orphaned == 1)
        #expect(Self.links(plan) == ["u1 contradicts u3", "u4 supports u3"], "each pair stored once")
        #expect(F.survivingFields(of: Self.reexport(plan.annotations)) == F.survivingFields(of: F.export))
        #expect(W3CExporter.export(Self.reexport(plan.annotations)) == exported)
    }

    @Test("Hypothesis → import keeps kind, quote, offsets (from UTF-16), note and links")
    func hypothesisRoundTrip() throws {
        let plan = try Self.plan(HypothesisExporter.export(F.export, options: ExportOptions()))
        #expect(F.survivingFields(of: Self.reexport(plan.annotations)) == F.survivingFields(of: F.export))
    }

    @Test("A foreign Hypothesis annotation: kind from a label tag, else claim; offsets in UTF-16 units; a reply on its note's words")
    func foreignHypothesis() throws {
        let file = #"""
            {"export_date": "2025-01-01T00:00:00.000Z", "export_userid": "acct:me@hypothes.is", "client_version": "1.0",
             "annotations": [
               {"id": "AbC", "uri": "https://x/y", "text": "反諷", "tags": ["todo", "Irony"], "created": "2024-12-09T07:17:52.123456+00:00",
                "target": [{"source": "https://x/y", "selector": [
                  {"type": "RangeSelector", "startContainer": "/p[1]", "endContainer": "/p[1]", "startOffset": 0, "endOffset": 1},
                  {"type": "TextPositionSelector", "start": 10, "end": 14}]}]},
               {"id": "DeF", "uri": "https://x/y", "text": "", "tags": ["misc"],
                "target": [{"source": "https://x/y", "selector": [{"type": "TextQuoteSelector", "exact": "乙曰"}]}]},
               {"id": "reply", "uri": "https://x/y", "text": "同意", "tags": [], "references": ["AbC"], "target": [{"source": "https://x/y"}]}
             ]}
            """#
        let plan = try Self.plan(Array(file.utf8))
        #expect(plan.unusable == 0)
        #expect(plan.annotations.map(\.kind) == ["irony", "claim", "claim"])
        #expect(plan.annotations.map(\.id) == ["imported-1", "imported-2", "imported-3"])
        // The reply has no quote of its own (as Hypothesis keeps replies): it takes its note's words.
        #expect(plan.annotations[2].replyTo == "imported-1" && plan.annotations[2].note == "同意")
        #expect(plan.annotations[2].anchor.exact == "皆可為也")
        #expect(plan.annotations[0].anchor.exact == "皆可為也", "UTF-16 10..<14 is scalars 9..<13 after 𠀀")
        #expect(plan.annotations[0].anchor.start == 9)
        #expect(plan.annotations[0].created == Date(timeIntervalSince1970: 1_733_728_672))
        #expect(plan.annotations[1].note == nil)
    }

    @Test("Importing twice adds nothing the second time: same kind, range and note is a duplicate")
    func duplicates() throws {
        let bytes = W3CExporter.export(F.export)
        let first = try Self.plan(bytes)
        let second = try Self.plan(bytes, notes: first.annotations)
        #expect(second.annotations.isEmpty)
        #expect(second.duplicates == F.notes.count)
        let asCurated = try Self.plan(bytes, curated: first.annotations)
        #expect(asCurated.annotations.isEmpty, "the curated layer counts too")
        var edited = first.annotations[0]
        edited.note = "改過的批語"
        let third = try Self.plan(bytes, notes: [edited] + first.annotations.dropFirst())
        #expect(third.annotations.map(\.id) == ["\(edited.id)-2"], "a different note is not a duplicate, and gets a free id")
    }

    @Test("Taken ids get -2, and links follow; a link to a duplicate goes to the note already there")
    func idsAndLinks() throws {
        let bytes = JSONExporter.export(F.export)
        let other = Annotation(id: "u1", kind: "claim", anchor: F.anchor("乙曰"))
        let u1 = try #require(F.notes.first { $0.id == "u1" })
        var plan = try Self.plan(bytes, notes: [other])
        #expect(plan.renamed == 1)
        #expect(plan.annotations.map(\.id) == ["u1-2", "u2", "u4", "u3", "u5"])
        #expect(Self.links(plan) == ["u1-2 contradicts u3", "u4 supports u3"])

        var kept = u1
        kept.id = "mine"
        plan = try Self.plan(bytes, notes: [kept])
        #expect(plan.duplicates == 1)
        #expect(Self.links(plan) == ["mine contradicts u3", "u4 supports u3"])
    }

    @Test("Reserved ids (the cue hints') are not given to imported notes")
    func reservedIDs() throws {
        let plan = Importer.plan(try ImportFile.read(JSONExporter.export(F.export), taxonomy: F.taxonomy), document: F.document,
                                 notes: [], reservedIDs: ["u2"])
        #expect(plan.annotations.map(\.id) == ["u1", "u2-2", "u4", "u3", "u5"])
    }

    @Test("A contradiction declared by a skipped duplicate is declared by its imported partner")
    func linkFromDuplicate() throws {
        let u3 = try #require(F.notes.first { $0.id == "u3" })
        let u1 = try #require(F.notes.first { $0.id == "u1" })
        let onlyU1 = ExportDocument(document: F.document, sourcePath: nil, taxonomy: F.taxonomy, layers: [(.user, [u1, u3])])
        var existing = u3
        existing.links = []
        let plan = try Self.plan(JSONExporter.export(onlyU1), notes: [existing])
        #expect(plan.annotations.map(\.id) == ["u1"])
        #expect(plan.annotations[0].links == [AnnotationLink(type: .contradicts, target: "u3")])
    }

    @Test("Anchors are found again in an edited text; a quote that is gone is kept as an orphan")
    func reanchoring() throws {
        let bytes = W3CExporter.export(F.export)
        let edited = ModelFixtures.inserting("序：", at: 0, in: ModelFixtures.removing(F.anchor("甲之言自相矛盾").start..<F.anchor("甲之言自相矛盾").end, from: F.document))
        let plan = try Self.plan(bytes, document: edited)
        #expect(plan.orphaned == 2)
        let u1 = try #require(plan.annotations.first { $0.id == "u1" })
        #expect(u1.anchor.start == 6 && u1.anchor.exact == "天下𠀀事，皆可為也")
        #expect(u1.anchor.prefix == "序：甲說：「", "context is made again from the text")
        let u3 = try #require(plan.annotations.first { $0.id == "u3" })
        #expect(u3.anchor.exact == "甲之言自相矛盾" && u3.anchor.end - u3.anchor.start == 7)
    }

    @Test("A foreign W3C annotation: bodyValue as note, tags by key, a position-only target, linking without a tag")
    func foreignW3C() throws {
        let file = #"""
            [
              {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno/1", "type": "Annotation",
               "bodyValue": "豈不然乎", "target": {"source": "http://example.org/t", "selector":
                 {"type": "TextPositionSelector", "start": 4, "end": 8}}},
              {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno/2", "type": "Annotation",
               "body": [{"type": "TextualBody", "value": "concession", "purpose": "tagging"}],
               "target": [{"source": "http://example.org/t", "selector": [{"type": "TextQuoteSelector", "exact": "乙曰"}]}]},
              {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno/3", "type": "Annotation",
               "motivation": "linking", "target": ["http://example.org/anno/2", "http://example.org/anno/1"]},
              {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno/4", "type": "Annotation",
               "body": {"type": "TextualBody", "value": "no target"}, "target": "http://example.org/t"}
            ]
            """#
        let imported = try ImportFile.read(Array(file.utf8), taxonomy: F.taxonomy)
        #expect(imported.format == .w3c && imported.unusable == 1)
        let plan = Importer.plan(imported, document: F.document, notes: [])
        #expect(plan.annotations.map(\.kind) == ["claim", "concession"])
        #expect(plan.annotations[0].anchor.exact == "天下𠀀事" && plan.annotations[0].note == "豈不然乎")
        #expect(Self.links(plan) == ["imported-1 contradicts imported-2"])
        #expect(plan.annotations[1].links == [AnnotationLink(type: .contradicts, target: "imported-1")], "declared by the first target")
    }

    @Test("Files that are not exports are refused with a clear message")
    func refusals() {
        func message(_ text: String) -> String? {
            do {
                _ = try ImportFile.read(Array(text.utf8), taxonomy: F.taxonomy)
                return nil
            } catch {
                return error.message
            }
        }
        #expect(message("{\"format\": ")?.hasPrefix("not valid JSON: line 1") == true)
        #expect(message(#"{"format": "pingdian-layer", "version": 1}"#)?.hasPrefix("a \"pingdian-layer\" file is not something pingdian imports") == true)
        #expect(message(#"{"hello": 1}"#)?.hasPrefix("not a file pingdian imports; expected a pingdian export") == true)
        #expect(message(#"{"format": "pingdian-export", "version": 2, "annotations": []}"#)?.contains("newer pingdian") == true)
        #expect(message(#"{"format": "pingdian-export", "version": 1, "annotations": [{"id": "a", "kind": "claim"}]}"#)
                == "annotations[0].quote (id \"a\"): missing")
        #expect(message(#"{"format": "pingdian-export", "version": 1, "annotations": [{"id": "a", "kind": "", "quote": "甲"}]}"#)
                == "annotations[0].kind (id \"a\"): an annotation needs a kind")
        #expect(message(#"{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "first": "http://x/p1"}"#)?
            .contains("does not embed its first page") == true)
    }

    @Test("Under the lock: the import is planned from the file as it is, and a second import writes nothing")
    func throughTheStateStore() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pingdian-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("state.json")
        let imported = try ImportFile.read(JSONExporter.export(F.export), taxonomy: F.taxonomy)
        func run() throws -> ImportPlan? {
            var plan: ImportPlan?
            try StateStore.apply(to: url, document: F.document, path: nil) { state in
                plan = Importer.plan(imported, document: F.document, notes: state?.annotations ?? [])
                return plan?.changes ?? []
            }
            return plan
        }
        #expect(try run()?.annotations.count == 5)
        let written = try Data(contentsOf: url)
        #expect(try StateStore.load(from: url)?.annotations.map(\.id) == ["u1", "u2", "u4", "u3", "u5"])
        let again = try run()
        #expect(again?.annotations.isEmpty == true && again?.duplicates == 5)
        #expect(try Data(contentsOf: url) == written, "nothing to import: nothing written")
    }
}
