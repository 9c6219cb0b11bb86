import Foundation
@testable import PingdianCore
import PingdianTestSupport
import Testing

/// Who made each note, what a copied note came from and what a reply answers (issue 17): kept
/// by the state file and through every interchange format and back.
@Suite("Authorship, copies and replies")
struct AuthorshipTests {
    typealias F = InterchangeFixture

    /// The fixture's notes made by two readers, one a copy of the other's, and a reply.
    static let notes: [Annotation] = {
        var notes = F.notes
        notes[0].creator = "王小明"
        notes[1].creator = "Alice Chen"
        notes[2].creator = "王小明"
        notes[2].origin = AnnotationOrigin(creator: "Alice Chen", file: "notes/alice.json", id: "note-a1")
        notes.append(Annotation(id: "u6", kind: "claim", anchor: F.anchor("天下𠀀事，皆可為也"), note: "我不同意：見下文。",
                                creator: "Alice Chen", replyTo: "u1"))
        return notes
    }()

    static let export = ExportDocument(document: F.document, sourcePath: "/texts/fixture.txt", taxonomy: F.taxonomy, layers: [(.user, notes)])

    /// Each annotation of a plan as `id creator replyTo`.
    static func authorship(_ annotations: [Annotation]) -> [String] {
        annotations.map { "\($0.id) \($0.creator ?? "-") \($0.replyTo ?? "-")" }.sorted()
    }

    static let expected = ["u1 王小明 -", "u2 Alice Chen -", "u3 王小明 -", "u4 - -", "u5 - -", "u6 Alice Chen u1"]

    @Test("A state file keeps creator, origin and replyTo, and leaves them out where there are none")
    func stateFile() throws {
        var state = ReadingState(document: F.document, path: "/texts/fixture.txt", offset: 0, updated: F.created)
        state.annotations = Self.notes
        let bytes = StateStore.encoded(state)
        let again = try ReadingState.decode(bytes)
        #expect(again.annotations == Self.notes)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#""creator" : "王小明""#) && text.contains(#""replyTo" : "u1""#) && text.contains(#""file" : "notes/alice.json""#))
        // u4 has none of them: no null members are written.
        #expect(!text.contains("null"))
    }

    @Test("pingdian's JSON export → import keeps creator, origin and replyTo")
    func json() throws {
        let plan = Importer.plan(try ImportFile.read(JSONExporter.export(Self.export), taxonomy: F.taxonomy), document: F.document, notes: [])
        #expect(Self.authorship(plan.annotations) == Self.expected)
        #expect(plan.annotations.first { $0.id == "u3" }?.origin == AnnotationOrigin(creator: "Alice Chen", file: "notes/alice.json", id: "note-a1"))
    }

    @Test("W3C: creator is a Person, a reply is `replying` and targets the note it answers; import reads both back")
    func w3c() throws {
        let bytes = W3CExporter.export(Self.export)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let items = try #require((json["first"] as? [String: Any])?["items"] as? [[String: Any]])
        let reply = try #require(items.first { ($0["id"] as? String)?.hasSuffix(":u6") == true })
        #expect(reply["motivation"] as? String == "replying")
        #expect((reply["creator"] as? [String: Any])?["name"] as? String == "Alice Chen")
        let targets = try #require(reply["target"] as? [Any])
        #expect((targets.first as? String)?.hasSuffix(":u1") == true)
        let plan = Importer.plan(try ImportFile.read(bytes, taxonomy: F.taxonomy), document: F.document, notes: [])
        #expect(Self.authorship(plan.annotations) == Self.expected)
    }

    @Test("The W3C export with creators and a reply passes every MUST of the validator", .needs(.jsonschema))
    func w3cValidates() throws {
        let result = try W3CValidator.validate(W3CExporter.export(Self.export))
        #expect(result.exitCode == 0, "\(result.output)")
    }

    @Test("Hypothesis: user and display name, references for a reply; import reads both back")
    func hypothesis() throws {
        let bytes = HypothesisExporter.export(Self.export, options: ExportOptions())
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#""user": "acct:王小明@pingdian""#) || text.contains(#""user" : "acct:王小明@pingdian""#))
        let plan = Importer.plan(try ImportFile.read(bytes, taxonomy: F.taxonomy), document: F.document, notes: [])
        #expect(Self.authorship(plan.annotations) == Self.expected)
    }

    @Test("A foreign Hypothesis note: the reader is the name in acct:NAME@authority when there is no display name")
    func foreignHypothesisUser() throws {
        let file = #"""
            {"annotations": [{"id": "h1", "user": "acct:alice@hypothes.is", "text": "hm", "tags": ["claim"],
              "target": [{"source": "x", "selector": [{"type": "TextQuoteSelector", "exact": "甲之言自相矛盾"}]}]},
             {"id": "h2", "user": "acct:bob@hypothes.is", "user_info": {"display_name": "Bob 林"}, "text": "同意", "references": ["h1"],
              "target": [{"source": "x", "selector": [{"type": "TextQuoteSelector", "exact": "甲之言自相矛盾"}]}]}]}
            """#
        let plan = Importer.plan(try ImportFile.read(Array(file.utf8), taxonomy: F.taxonomy), document: F.document, notes: [])
        #expect(plan.annotations.map(\.creator) == ["alice", "Bob 林"])
        #expect(plan.annotations[1].replyTo == plan.annotations[0].id)
    }

    @Test("Markdown and HTML name each note's reader and thread a reply under the note it answers; CSV has creator and reply-to columns")
    func readableExports() throws {
        let markdown = MarkdownExporter.export(Self.export, language: .english)
        #expect(markdown.contains("by 王小明"))
        #expect(markdown.contains("copied from Alice Chen (notes/alice.json)"))
        let reply = "**↳ Alice Chen**: 我不同意：見下文。"
        // Under u1 wherever u1 is shown (its section and its contradiction pair), never on its own.
        #expect(markdown.components(separatedBy: reply).count == markdown.components(separatedBy: "然否？").count)
        #expect(!markdown.contains("in reply to"))
        // Under u1's note, before the next annotation's quote.
        let u1Note = try #require(markdown.range(of: "然否？"))
        let replyPlace = try #require(markdown.range(of: reply))
        #expect(u1Note.upperBound < replyPlace.lowerBound)
        #expect(!markdown[u1Note.upperBound..<replyPlace.lowerBound].contains(">"), "nothing between the note and its reply")
        let html = HTMLExporter.export(Self.export, language: .traditionalChinese)
        #expect(html.contains("<p class=\"reply\"><b>↳ Alice Chen</b>：我不同意：見下文。</p>"))
        #expect(html.contains("<span class=\"creator\">作者：王小明</span>"))
        let csv = String(decoding: CSVExporter.export(Self.export, language: .english).dropFirst(3), as: UTF8.self)
        #expect(csv.hasPrefix("id,layer,kind,kind label,paragraph,start,end,quote,note,links,creator,reply to\r\n"))
        #expect(csv.contains(",Alice Chen,u1\r\n"))
    }
}
