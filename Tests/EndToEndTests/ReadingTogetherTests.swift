import Foundation
import PingdianCore
import PingdianFixtures
import PingdianTestSupport
import Testing

/// Issue 17's done-when, in a real terminal: two readers' exports made by the test from different
/// notes, opened with `--with`; both readers' marks with their names, a jump between their
/// disagreements, one of B's notes copied into the reader's own with its provenance.
@Suite("Reading together in a terminal", .needs(.tmux))
struct ReadingTogetherTests {
    static let essay = TextDocument(title: "essay", text: String(decoding: try! Data(contentsOf: URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Texts/amodei-deepseek-essay.zh-Hant.txt")), as: UTF8.self))

    static func anchor(_ quote: String) -> TextAnchor { essay.anchor(ofFirst: quote)! }

    /// A reader's pingdian export of notes on the essay: (id, kind, quote, note).
    static func export(_ creator: String, _ notes: [(String, String, String, String)]) -> [UInt8] {
        let annotations = notes.map { Annotation(id: $0.0, kind: $0.1, anchor: anchor($0.2), note: $0.3, creator: creator) }
        return JSONExporter.export(ExportDocument(document: essay, sourcePath: nil, taxonomy: Taxonomy(kinds: []), layers: [(.user, annotations)]))
    }

    /// Scrolls a page up a line at a time (each line waited for) until a row shows `text`.
    static func scrollUp(_ tmux: TmuxSession, until text: String) throws {
        var screen = try tmux.screen()
        for _ in 0..<40 where !screen.contains(where: { $0.contains(text) }) {
            let before = screen
            try tmux.sendKeys("k")
            screen = try tmux.waitForScreen("the page one line up") { $0 != before }
        }
        #expect(screen.contains { $0.contains(text) }, "\(screen)")
    }

    @Test("--with a.json --with b.json: both readers' marks by name, z between their disagreements, y copies B's note with its origin",
          arguments: [(120, 40), (80, 24), (40, 15)])
    func together(size: (columns: Int, rows: Int)) throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let a = try data.write("a.json", Self.export("Alice", [
            ("a1", "claim", "一個科學家,幾個月前寫了一篇文章", "開場的主張"),
            ("a2", "irony", "還是這名科學家", "反諷"),
        ]))
        let b = try data.write("b.json", Self.export("Bob", [
            ("b1", "claim", "一個科學家,幾個月前寫了一篇文章", "同意是主張"),
            ("b2", "evidence", "還是這名科學家", "我看是證據"),
        ]))
        let notes = data.url.appendingPathComponent("notes.json").path
        let tmux = try ReaderTests.reader(["--ui-lang", "en", "--with", a, "--with", b, "--notes", notes, "--author", "Mei"],
                                          columns: size.columns, rows: size.rows, dataHome: data)
        defer { tmux.close() }
        try ReaderTests.waitForFrame(tmux, showing: "一個科學家", status: "¶")
        // The legend names both readers.
        try tmux.sendKeys("L")
        try tmux.sendKeys("G")
        try Self.scrollUp(tmux, until: "B Bob")
        try Self.scrollUp(tmux, until: "A Alice")
        try tmux.sendKeys("q")
        try tmux.waitForScreen("back to reading") { rows in rows.contains { $0.contains("一個科學家") } }
        try tmux.sendKeys("z")
        let disagreement = try tmux.waitForScreen("the first disagreement") { rows in (rows.last ?? "").contains("disagreement 1/") }
        if size.columns >= 80 {
            #expect(disagreement.contains { $0.contains("2 of 2 readers marked it") }, "\(disagreement)")
        }
        // One of Bob's notes, found in the outline by his name; Enter goes to it.
        try tmux.sendKeys("o")
        try tmux.sendText("/Bob")
        try tmux.sendKeys("Enter")
        try tmux.waitForScreen("Bob's notes in the outline") { rows in rows.contains { $0.contains("2 of") } }
        try tmux.sendKeys("Enter")
        try tmux.waitForScreen("Bob's note focused") { rows in rows.contains { $0.contains("· B Bob") } }
        try tmux.sendKeys("y")
        try tmux.waitForScreen("the copy") { rows in (rows.last ?? "").contains("Copied Bob") }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
        let saved = try #require(try StateStore.load(from: URL(fileURLWithPath: notes)))
        #expect(saved.annotations.count == 1)
        #expect(saved.annotations.first?.origin?.creator == "Bob" && saved.annotations.first?.origin?.file == b)
        #expect(saved.annotations.first?.creator == "Mei")
    }
}
