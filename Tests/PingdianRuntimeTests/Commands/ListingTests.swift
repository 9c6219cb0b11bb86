import Foundation
import PingdianCore
import PingdianRuntime
import Testing

/// What `pingdian search` and `pingdian notes` list, made in memory.
@Suite("Search and notes listings")
struct ListingTests {
    @Test("A Simplified query finds the Traditional text across a line break, context cut with …; no match exits 1 with []")
    func search() throws {
        let document = TextDocument(title: "t.txt", text: "前言\n甲乙丙丁戊強化\n學習己庚辛壬癸\n")
        let listing = SearchListing(try #require(SearchQuery("强化学习")), in: document, context: 2)
        #expect(listing.lines(color: false) == ["¶2:  …丁戊【強化␊學習】己庚…"])
        #expect(listing.entries.map { "\($0.start)..<\($0.end)" } == ["8..<13"])

        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let path = try scratch.write("t.txt", "前言\n")
        let none = Commands.search(try #require(SearchQuery("沒有")), in: path, context: 15, json: true, color: .never, environment: [:])
        #expect(none.exitCode == 1 && none.text == "[]\n" && none.warnings.isEmpty)
    }

    @Test("Notes are listed in reading order with their links' quotes; one whose text is gone comes last, not found")
    func notes() {
        let document = TextDocument(title: "t.txt", text: "甲說天下事。\n乙曰不然。\n")
        let elsewhere = TextDocument(title: "other.txt", text: "完全不同的一句話。\n")
        let listing = NoteListing([
            Annotation(id: "gone", kind: "claim", anchor: TextAnchor.make(range: 0..<8, in: elsewhere)),
            Annotation(id: "b", kind: "contradiction", anchor: TextAnchor.make(range: 7..<11, in: document), note: "兩行\n批語",
                       links: [AnnotationLink(type: .contradicts, target: "a"), AnnotationLink(type: .supports, target: "gone")]),
            Annotation(id: "a", kind: "claim", anchor: TextAnchor.make(range: 0..<5, in: document)),
        ], in: document)
        #expect(listing.plain == """
            ¶1 claim a
              「甲說天下事」

            ¶2 contradiction b
              「乙曰不然」
              兩行
              批語
              → contradicts 「甲說天下事」
              → supports 「完全不同的一句話」

            ¶- claim gone (not found)
              「完全不同的一句話」

            """)
    }

    @Test("An attribution of one's own is listed with its source: verdict, words, where; --json has it as a layer has it")
    func noteWithSource() throws {
        let document = TextDocument(title: "t.txt", text: "甲說天下事。\n")
        var note = Annotation(id: "a", kind: "attribution", anchor: TextAnchor.make(range: 0..<5, in: document), note: "略去了限定。")
        note.source = AnnotationSource(url: "https://example.org/e", location: "copy.txt ¶2", words: "the world, mostly", verdict: .selective)
        let listing = NoteListing([note], in: document)
        #expect(listing.plain == """
            ¶1 attribution a
              「甲說天下事」
              source: selective “the world, mostly” (copy.txt ¶2 · https://example.org/e)
              略去了限定。

            """)
        let json = try JSONSerialization.jsonObject(with: Data(listing.json.utf8)) as? [[String: Any]]
        let source = json?.first?["source"] as? [String: Any]
        #expect(source?["verdict"] as? String == "selective")
        #expect(source?["words"] as? String == "the world, mostly")
        let plain = try JSONSerialization.jsonObject(with: Data(NoteListing([Annotation(
            id: "b", kind: "claim", anchor: TextAnchor.make(range: 0..<2, in: document))], in: document).json.utf8)) as? [[String: Any]]
        #expect(plain?.first?["source"] is NSNull, "always present, null without a source")
    }
}
