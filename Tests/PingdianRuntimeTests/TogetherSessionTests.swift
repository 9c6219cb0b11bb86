import Foundation
import PingdianApp
import PingdianCore
import PingdianFixtures
import PingdianRuntime
import TerminalKit
import Testing

/// Reading together through the whole runtime (issue 17): other readers' notes loaded with
/// `--with`, shown by name, walked by disagreement, copied, replied to, filtered; bad files said.
@Suite("Other readers in the reader")
struct TogetherSessionTests {
    static let essay = TextDocument(title: "essay", text: EssayText.text)
    static let first = "一個科學家,幾個月前寫了一篇文章"
    static let second = "幾個月後,還是這名科學家,又突然釋出了一篇文章"
    static let third = "這件事,怎麼看都讓人覺得割裂"

    static func anchor(_ quote: String) -> TextAnchor { essay.anchor(ofFirst: quote)! }

    /// A reader's export of notes on the essay: (id, kind, quote, note).
    static func export(_ creator: String, _ notes: [(String, String, String, String)]) -> String {
        let annotations = notes.map { Annotation(id: $0.0, kind: $0.1, anchor: anchor($0.2), note: $0.3, creator: creator) }
        let bytes = JSONExporter.export(ExportDocument(document: essay, sourcePath: nil, taxonomy: Taxonomy(kinds: []), layers: [(.user, annotations)]))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Alice and Bob agree on the first sentence, differ on the second; only Bob marked the third.
    static func readers(_ scratch: SessionHarness) throws -> (alice: String, bob: String) {
        let alice = try scratch.write("alice.json", export("Alice", [("a1", "claim", first, "主張 alice-1"), ("a2", "irony", second, "反諷")]))
        let bob = try scratch.write("bob.json", export("Bob", [("b1", "claim", first, "同意 bob-1"), ("b2", "evidence", second, "是證據"),
                                                              ("b3", "claim", third, "只有我標了")]))
        return (alice, bob)
    }

    @Test("--with: each reader's notes by letter and name; the margin and the pane say who marked what; z walks the disagreements")
    func showAndWalk() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let (alice, bob) = try Self.readers(scratch)
        let reader = try scratch.open(notes: scratch.path("notes.json"), size: TerminalSize(columns: 120, rows: 40), others: [alice, bob])
        #expect(reader.state.annotations.otherReaders.map(\.name) == ["Alice", "Bob"])
        // The first sentence: both marked it a claim.
        #expect(reader.text.contains("All 2 readers: Claim"), "\(reader.text)")
        #expect(reader.screen[0].hasPrefix("2"), "the margin counts the readers")
        try reader.press("z")
        #expect(reader.statusLine.contains("disagreement 1/2"))
        #expect(reader.text.contains("2 of 2 readers marked it: Evidence, I") || reader.text.contains("2 of 2 readers marked it: Irony, E"),
                "\(reader.text)")
        try reader.press("z")
        #expect(reader.statusLine.contains("disagreement 2/2"))
        #expect(reader.text.contains("1 of 2 readers marked it: Claim"))
        #expect(reader.text.contains("■ Claim · B Bob"), "\(reader.text)")
        try reader.press("Z")
        #expect(reader.statusLine.contains("disagreement 1/2"))
        try reader.press("LG")
        #expect(reader.text.contains("A Alice") && reader.text.contains("alice.json"), "\(reader.text)")
    }

    @Test("y copies Bob's note into yours with its origin; e and d refuse his; A replies to Alice's; his file is never written")
    func copyAndReply() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let (alice, bob) = try Self.readers(scratch)
        let bobBefore = try Data(contentsOf: URL(fileURLWithPath: bob))
        let notes = scratch.path("notes.json")
        let reader = try scratch.open(notes: notes, size: TerminalSize(columns: 120, rows: 40), author: "Mei", others: [alice, bob])
        try reader.press("zz")
        #expect(reader.text.contains("■ Claim · B Bob"))
        try reader.press("e")
        #expect(reader.statusLine.contains("another reader's note"))
        try reader.press("d")
        #expect(reader.statusLine.contains("another reader's note"))
        try reader.press("r")
        #expect(reader.statusLine.contains("Links cannot go to another reader's note"))
        try reader.press("y")
        #expect(reader.statusLine.contains("Copied Bob's note"))
        var saved = try scratch.savedNotes(notes)
        #expect(saved.count == 1)
        #expect(saved[0].origin == AnnotationOrigin(creator: "Bob", file: bob, id: "b3"))
        #expect(saved[0].creator == "Mei" && saved[0].note == "只有我標了" && saved[0].anchor.exact == Self.third)
        try reader.press("y")
        #expect(reader.statusLine.contains("No other reader's note here") || reader.statusLine.contains("in your notes already"))
        // Back to the first sentence, Alice's claim: a reply.
        try reader.press("gZ")
        try reader.press("Z")
        try reader.press("gg")
        #expect(reader.text.contains("A Alice"))
        try reader.press("A我不同意：這是反諷。<CR>")
        #expect(reader.statusLine.contains("Reply saved"))
        saved = try scratch.savedNotes(notes)
        let reply = try #require(saved.first { $0.replyTo != nil })
        #expect(["a1", "b1"].contains(reply.replyTo ?? ""), "the reply answers a reader's note by its id in their file")
        #expect(try Data(contentsOf: URL(fileURLWithPath: bob)) == bobBefore)
        // Reopened: the note answered shows the reply threaded under it.
        let again = try scratch.open(notes: notes, size: TerminalSize(columns: 120, rows: 40), others: [alice, bob])
        try again.press(reply.replyTo == "a1" ? "/@alice-1<CR>" : "/@bob-1<CR>")
        #expect(again.text.contains("↳ Mei: 我不同意：這是反諷。") || again.text.contains("↳ Mei:"), "\(again.text)")
    }

    @Test("The filter hides a reader, or the curated layer; the outline finds notes by their reader's name")
    func filterAndOutline() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let (alice, bob) = try Self.readers(scratch)
        let reader = try scratch.open(notes: scratch.path("notes.json"), size: TerminalSize(columns: 120, rows: 40), others: [alice, bob])
        #expect(reader.text.contains("B Claim"))
        // The kinds, then the curated layer, Alice and Bob: G goes to Bob's row.
        try reader.press("fGx")
        #expect(reader.text.contains("[ ] B Bob"), "\(reader.text)")
        try reader.press("f")
        #expect(!reader.text.contains("B Claim"))
        try reader.press("o/Alice<CR>")
        #expect(reader.text.contains("Outline  2 of"), "Alice's two notes: \(reader.text)")
    }

    @Test("Bad files: missing, corrupt, newer, another text — one line each in the status line, the others shown")
    func badFiles() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let (alice, _) = try Self.readers(scratch)
        let corrupt = try scratch.write("corrupt.json", "{\"format\": \"pingdian-state\", \"version\": 3, \"annotations\": 1}")
        let newer = try scratch.write("newer.json", "{\"format\": \"pingdian-state\", \"version\": 42}")
        let reader = try scratch.open(notes: scratch.path("notes.json"), others: [scratch.path("missing.json"), corrupt, alice, newer])
        #expect(reader.state.annotations.otherReaders.map(\.name) == ["Alice"])
        #expect(reader.statusLine.contains("missing.json are not shown: no such file (and 2 more)"), "\(reader.statusLine)")
        // A layer (which does not say its text) none of whose notes is in this text: said too.
        let elsewhere = AnnotationLayer(id: "elsewhere", annotations: [
            Annotation(id: "e1", kind: "claim", anchor: TextAnchor(exact: "這句話不在文章裡", start: 0, end: 8)),
        ])
        let layer = try scratch.write("elsewhere.json", String(decoding: elsewhere.encoded(), as: UTF8.self))
        let other = try scratch.open(notes: scratch.path("notes.json"), others: [layer])
        #expect(other.statusLine.contains("elsewhere.json was made on another version of the text: 0 of 1 notes found"), "\(other.statusLine)")
        let chinese = try scratch.open(notes: scratch.path("notes.json"), language: "zh-Hant", others: [newer, alice])
        #expect(chinese.statusLine.contains("newer.json 未載入：written by a newer pingdian"), "\(chinese.statusLine)")
    }

    @Test("A note changed in two places: the pane shows both versions; M keeps the one chosen, and u brings both back")
    func chooseVersion() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let notes = scratch.path("notes.json")
        var mine = Annotation(id: "n1", kind: "claim", anchor: Self.anchor(Self.first), note: "筆電上的看法")
        var other = mine
        other.note = "實驗室的看法"
        mine.conflicts = [other]
        _ = try StateStore.apply([.saving(mine)], to: URL(fileURLWithPath: notes), document: Self.essay, path: nil)
        let reader = try scratch.open(notes: notes, size: TerminalSize(columns: 120, rows: 40))
        #expect(reader.text.contains("Changed in two places"))
        #expect(reader.text.contains("實驗室的看法"))
        try reader.press("M")
        #expect(reader.text.contains("Choose the version to keep"))
        try reader.press("2")
        #expect(reader.statusLine.contains("Kept the version you chose"))
        let saved = try scratch.savedNotes(notes)
        #expect(saved.map(\.note) == ["實驗室的看法"] && saved[0].conflicts.isEmpty)
        try reader.press("u")
        #expect(try scratch.savedNotes(notes).first?.conflicts.map(\.note) == ["實驗室的看法"])
        try reader.press("M3")
        #expect(try scratch.savedNotes(notes).map(\.note) == ["筆電上的看法", "實驗室的看法"], "keep them all: two notes")
    }

    @Test("x and % follow a contradiction pair inside another reader's layer")
    func contradictionsOfAReader() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let annotations = [
            Annotation(id: "p1", kind: "contradiction", anchor: Self.anchor(Self.first), note: "一端 pair-1", creator: "Alice"),
            Annotation(id: "p2", kind: "contradiction", anchor: Self.anchor(Self.third), note: "另一端 pair-2",
                       links: [AnnotationLink(type: .contradicts, target: "p1")], creator: "Alice"),
        ]
        let bytes = JSONExporter.export(ExportDocument(document: Self.essay, sourcePath: nil, taxonomy: Taxonomy(kinds: []),
                                                       layers: [(.user, annotations)]))
        let alice = try scratch.write("alice.json", String(decoding: bytes, as: UTF8.self))
        let reader = try scratch.open(notes: scratch.path("notes.json"), size: TerminalSize(columns: 120, rows: 40), others: [alice])
        // Only Alice's layer: the curated layer hidden in the filter (its row follows the kinds).
        let kinds = reader.state.kinds.count
        try reader.press("f\(kinds + 1)G")
        try reader.press("x")
        #expect(reader.text.contains("[ ] ▍Curated layer"), "\(reader.text)")
        try reader.press("f")
        // From the top, x goes to the next side after the cursor: the second (the first starts there).
        try reader.press("gx")
        #expect(reader.text.contains("pair-2"), "\(reader.text)")
        let first = reader.state.cursor
        try reader.press("%")
        #expect(reader.state.cursor != first)
        #expect(reader.text.contains("pair-1") && reader.text.contains("■ Contradiction · A Alice"), "\(reader.text)")
        try reader.press("%")
        #expect(reader.state.cursor == first)
    }

    @Test("/@ then n reaches both readers' notes on the same words, one after the other, then wraps")
    func searchReachesBothReaders() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let (alice, bob) = try Self.readers(scratch)
        let reader = try scratch.open(notes: scratch.path("notes.json"), size: TerminalSize(columns: 120, rows: 40), others: [alice, bob])
        try reader.press("G/@-1<CR>")
        let first = reader.text.contains("■ Claim · A Alice") ? "A Alice" : "B Bob"
        #expect(reader.text.contains("■ Claim · " + first), "\(reader.text)")
        try reader.press("n")
        let second = first == "A Alice" ? "B Bob" : "A Alice"
        #expect(reader.text.contains("■ Claim · " + second), "\(reader.text)")
        try reader.press("n")
        #expect(reader.text.contains("■ Claim · " + first))
        #expect(reader.statusLine.contains("wrapped") || reader.statusLine.contains("top"), "\(reader.statusLine)")
    }
}
