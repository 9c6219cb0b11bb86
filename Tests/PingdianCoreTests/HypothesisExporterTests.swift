import Foundation
@testable import PingdianCore
import Testing

@Suite("Hypothesis export")
struct HypothesisExporterTests {
    static func file() throws -> [String: Any] {
        let bytes = HypothesisExporter.export(InterchangeFixture.export, options: ExportOptions(now: InterchangeFixture.modified))
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    /// The UTF-16 length of the fixture's first `scalars` scalars, as JavaScript counts.
    static func utf16(_ scalars: Int) -> Int {
        String(String.UnicodeScalarView(InterchangeFixture.document.scalars.prefix(scalars))).utf16.count
    }

    @Test("The file the Hypothesis client imports: header and one annotation per exported one")
    func header() throws {
        let file = try Self.file()
        #expect(Set(file.keys) == ["export_date", "export_userid", "client_version", "annotations"])
        #expect(file["export_date"] as? String == "2025-01-27T17:55:00Z")
        #expect(file["export_userid"] as? String == "acct:pingdian@localhost")
        let annotations = try #require(file["annotations"] as? [[String: Any]])
        #expect(annotations.count == InterchangeFixture.export.annotations.count)
        for annotation in annotations {
            #expect(annotation["user"] as? String == file["export_userid"] as? String, "the client imports one user's annotations")
            #expect(annotation["uri"] as? String == "file:///texts/fixture.txt")
            #expect((annotation["document"] as? [String: Any])?["title"] as? [String] == ["fixture.txt"])
            #expect(annotation["text"] is String)
            #expect(annotation["tags"] is [String])
        }
    }

    @Test("Note, kind tag, selectors with UTF-16 offsets, and pingdian's id and links in metadata")
    func annotationShape() throws {
        let annotations = try #require(try Self.file()["annotations"] as? [[String: Any]])
        func pingdian(_ annotation: [String: Any]) -> [String: Any]? {
            (annotation["metadata"] as? [String: Any])?["pingdian"] as? [String: Any]
        }
        let u3 = try #require(annotations.first { pingdian($0)?["id"] as? String == "u3" })
        #expect(u3["text"] as? String == "與前文相悖, 見「天下𠀀事」")
        #expect(u3["tags"] as? [String] == ["contradiction"])
        #expect(u3["created"] as? String == "2025-01-27T17:46:39Z" && u3["updated"] as? String == "2025-01-27T17:55:00Z")
        let target = try #require((u3["target"] as? [[String: Any]])?.first)
        #expect(target["source"] as? String == "file:///texts/fixture.txt")
        let selectors = try #require(target["selector"] as? [[String: Any]])
        #expect(selectors[0]["type"] as? String == "TextQuoteSelector" && selectors[0]["exact"] as? String == "甲之言自相矛盾")
        let range = try #require(InterchangeFixture.export.annotation(withID: "u3")?.range)
        #expect(selectors[1]["type"] as? String == "TextPositionSelector")
        #expect(selectors[1]["start"] as? Int == Self.utf16(range.lowerBound), "after 𠀀, UTF-16 runs one ahead")
        #expect(selectors[1]["start"] as? Int == range.lowerBound + 1)
        #expect(selectors[1]["end"] as? Int == Self.utf16(range.upperBound))
        let links = try #require(pingdian(u3)?["links"] as? [[String: String]])
        #expect(links == [["type": "contradicts", "target": "u1"]])
        #expect(pingdian(u3)?["layer"] as? String == "user" && pingdian(u3)?["kind"] as? String == "contradiction")

        let u4 = try #require(annotations.first { pingdian($0)?["id"] as? String == "u4" })
        #expect(u4["text"] as? String == "", "no note: an empty text, as Hypothesis writes it")
        #expect((pingdian(u4)?["links"] as? [[String: String]]) == [["type": "supports", "target": "u3"]])
        let orphan = try #require(annotations.first { pingdian($0)?["id"] as? String == "u5" })
        let orphanSelectors = try #require(((orphan["target"] as? [[String: Any]])?.first)?["selector"] as? [[String: Any]])
        #expect(orphanSelectors.count == 1, "an orphan has no position")
    }

    @Test("UTF-16 offsets convert both ways, an offset inside a surrogate pair going to its character")
    func utf16Offsets() {
        let offsets = UTF16Offsets(TextDocument(title: "t", text: "a𠀀b"))
        #expect((0...3).map(offsets.utf16(fromScalar:)) == [0, 1, 3, 4])
        #expect((0...4).map(offsets.scalar(fromUTF16:)) == [0, 1, 1, 2, 3])
        #expect(offsets.scalar(fromUTF16: 99) == 3 && offsets.utf16(fromScalar: 99) == 4)
    }
}
