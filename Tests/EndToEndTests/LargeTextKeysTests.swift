import Foundation
import PingdianCore
import PingdianTestSupport
import Testing

/// Keys that used to wait for the whole text or for the notes file: `H` on a large text, and a
/// note saved beside 1,000 others. What the reader shows, not how fast (timing is benchmarked).
@Suite("Hints on a large text and notes beside 1,000 others, in a terminal", .needs(.tmux))
struct LargeTextKeysTests {
    /// `count` numbered paragraphs, each with a turn (可是 opening a clause) that a cue rule marks.
    static func text(paragraphs count: Int) -> String {
        (1...count).map { "第\($0)段：他說這樣做沒有問題，可是結果並不好。" }.joined(separator: "\n") + "\n"
    }

    @Test("H shows the hints on screen; once the background count is in, the last paragraph's hint shows too")
    func hintsOnALargeText() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let text = Self.text(paragraphs: 5_000)
        let path = try data.write("big.txt", Array(text.utf8))
        let expected = CueSuggester.suggest(in: TextDocument(title: "big.txt", text: text)).count
        let tmux = try ReaderTests.reader([path, "--notes", data.url.appendingPathComponent("notes.json").path], dataHome: data)
        defer { tmux.close() }
        try ReaderTests.waitForFrame(tmux, showing: "第1段")
        try tmux.sendKeys("H")
        try ReaderTests.waitForFrame(tmux, showing: "第1段", status: "hints")
        // The cursor on the first 可是: the pane explains the hint under it.
        try tmux.sendText("/可是")
        try tmux.sendKeys("Enter")
        try tmux.waitForScreen("the first paragraph's hint in the pane") { rows in
            rows.contains { $0.contains("cue hint · Rebuttal") } && rows.contains { $0.contains("第1段") }
        }
        try ReaderTests.waitForFrame(tmux, showing: "第1段", status: "hints \(expected)")
        try tmux.sendKeys("G", "N")
        try tmux.waitForScreen("the last paragraph's hint in the pane") { rows in
            rows.contains { $0.contains("cue hint · Rebuttal") } && rows.contains { $0.contains("第5000段") }
        }
        try tmux.sendKeys("q")
        #expect(try tmux.waitForExit() == .exited(0))
    }

    @Test("A note saved beside 1,000 others shows at once, is in the file, and is there when the text is opened again")
    func noteBesideAThousand() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let notes = data.url.appendingPathComponent("notes.json")
        let essay = try TextDecoder.decode(Array(PrintCommandTests.essay.utf8), title: "essay").0
        let starts = essay.paragraphs.flatMap { paragraph in stride(from: paragraph.range.lowerBound, to: paragraph.range.upperBound - 4, by: 4) }
        let thousand = (0..<1_000).map { number in
            let start = starts[number * starts.count / 1_000]
            return Annotation(id: "old-\(number)", kind: "claim", anchor: TextAnchor.make(range: start..<start + 3, in: essay), note: "舊批語 \(number)")
        }
        _ = try StateStore.apply(thousand.map { .upsertAnnotation($0) }, to: notes, document: essay, path: nil)
        do {
            let tmux = try ReaderTests.reader(["--notes", notes.path], columns: 120, rows: 36, dataHome: data)
            defer { tmux.close() }
            try ReaderTests.waitForFrame(tmux, showing: "一個科學家")
            try tmux.sendText("3G")
            try tmux.sendKeys("v", "w", "w", "a", "1")
            try tmux.waitForText("Enter saves")
            try tmux.sendText("千條之外的一條")
            try tmux.sendKeys("Enter")
            try tmux.waitForScreen("the note saved and shown") { rows in
                (rows.last ?? "").contains("Note saved") && rows.contains { $0.contains("千條之外的一條") }
            }
            try tmux.sendKeys("q")
            #expect(try tmux.waitForExit() == .exited(0))
        }
        let saved = try #require(try StateStore.load(from: notes))
        #expect(saved.annotations.count == 1_001)
        #expect(saved.annotations.last?.note == "千條之外的一條")
        let again = try ReaderTests.reader(["--notes", notes.path], columns: 120, rows: 36, dataHome: data)
        defer { again.close() }
        try ReaderTests.waitForFrame(again, showing: "一個科學家")
        try again.sendText("/@千條之外")
        try again.sendKeys("Enter")
        try again.waitForText("千條之外的一條")
        try again.sendKeys("q")
        #expect(try again.waitForExit() == .exited(0))
    }
}
