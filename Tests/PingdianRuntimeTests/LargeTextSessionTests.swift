import Foundation
import PingdianApp
import PingdianCore
import PingdianRuntime
import TerminalKit
import Testing

/// Keys that wait for work off the key path — the count of the cue hints of a long text, a note
/// saved beside 1,000 others, the full reading of a large file — through the runtime, its
/// background work run inline so that every result is there at the next step.
@Suite("Long texts and many notes through the runtime")
struct LargeTextSessionTests {
    /// `count` numbered paragraphs, each with a turn (可是 opening a clause) that a cue rule marks.
    static func text(paragraphs count: Int) -> String {
        (1...count).map { "第\($0)段：他說這樣做沒有問題，可是結果並不好。" }.joined(separator: "\n") + "\n"
    }

    @Test("H shows the hints on screen; once the background count is in, the last paragraph's hint shows too")
    func hintsOnALongText() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let text = Self.text(paragraphs: 1_500)
        let path = try scratch.write("big.txt", text)
        let expected = CueSuggester.suggest(in: TextDocument(title: "big.txt", text: text)).count
        let reader = try scratch.open(path, notes: scratch.path("notes.json"))
        try reader.press("H")
        #expect(reader.statusLine.contains("hints \(expected)"))
        try reader.press("/可是<CR>")
        #expect(reader.text.contains("cue hint · Rebuttal"))
        try reader.press("GN")
        #expect(reader.text.contains("cue hint · Rebuttal"))
        #expect(reader.text.contains("第1500段"))
    }

    @Test("A note saved beside 1,000 others shows at once, is in the file, and is there when the text is opened again")
    func noteBesideAThousand() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let notes = scratch.path("notes.json")
        let essay = TextDocument(title: "essay", text: EssayText.text)
        let starts = essay.paragraphs.flatMap { paragraph in stride(from: paragraph.range.lowerBound, to: paragraph.range.upperBound - 4, by: 4) }
        let thousand = (0..<1_000).map { number in
            let start = starts[number * starts.count / 1_000]
            return Annotation(id: "old-\(number)", kind: "claim", anchor: TextAnchor.make(range: start..<start + 3, in: essay), note: "舊批語 \(number)")
        }
        _ = try StateStore.apply(thousand.map { .saving($0) }, to: URL(fileURLWithPath: notes), document: essay, path: nil)
        let reader = try scratch.open(notes: notes, size: TerminalSize(columns: 120, rows: 36))
        try reader.press("3Gvwwa1千條之外的一條<CR>")
        #expect(reader.statusLine.contains("Note saved"))
        #expect(reader.text.contains("千條之外的一條"))
        try reader.press("q")
        let saved = try scratch.savedNotes(notes)
        #expect(saved.count == 1_001)
        #expect(saved.last?.note == "千條之外的一條")
        let again = try scratch.open(notes: notes, size: TerminalSize(columns: 120, rows: 36))
        try again.press("/@千條之外<CR>")
        #expect(again.text.contains("千條之外的一條"))
    }

    @Test("A large file opens provisionally: moving goes ahead, a search waits for the full text, which then replaces it")
    func largeFileOpensProvisionally() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        // Over 1 MiB: 30,000 paragraphs of about 40 UTF-8 bytes.
        let path = try scratch.write("large.txt", Self.text(paragraphs: 30_000))
        let run = try scratch.run(path, notes: scratch.path("notes.json"), keys: "G/第29999段<CR>q", threads: .inline)
        #expect(run.failure == nil)
        #expect(!run.state.document.isProvisional)
        #expect(run.statusLine.contains("¶ 29999/30000"), "\(run.statusLine)")
        // The position was saved on quit, and a new session opens there.
        let again = try scratch.run(path, notes: scratch.path("notes.json"), keys: "q")
        #expect(again.statusLine.contains("¶ 29999/30000"), "\(again.statusLine)")
    }

    @Test("Space pages, G shows the last paragraph, q quits; opened again in 80×24 it shows the same place")
    func positionKept() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let notes = scratch.path("notes.json")
        let first = try scratch.run(notes: notes, keys: "<Space><Space>", size: TerminalSize(columns: 100, rows: 30))
        let paragraph = first.statusLine.split(separator: " ").first { $0.contains("/39") }
        #expect(paragraph != nil)
        #expect(paragraph != "1/39")
        let again = try scratch.run(notes: notes, keys: "q", size: TerminalSize(columns: 80, rows: 24))
        #expect(again.statusLine.split(separator: " ").first { $0.contains("/39") } == paragraph, "\(again.statusLine)")
        let end = try scratch.run(notes: notes, keys: "Gq")
        #expect(end.screen.joined().contains("梁文鋒"))
        #expect(end.statusLine.contains("¶ 39/39"))
    }

    @Test("A large hard-wrapped text shows a line a paragraph until it is read, then its paragraphs; --paragraphs lines is kept")
    func largeHardWrappedText() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        // 4,000 paragraphs of eight hard-wrapped lines between blank lines: about 1.6 MB.
        let paragraph = (1...8).map { "line \($0) of a paragraph wrapped at sixty columns, as an e-text is" }.joined(separator: "\n")
        let text = (1...4_000).map { "\($0). " + paragraph }.joined(separator: "\n\n") + "\n"
        let path = try scratch.write("wrapped.txt", text)
        for (flag, expected) in [(nil, 4_000), (ParagraphConvention.lines, 32_000)] as [(ParagraphConvention?, Int)] {
            let prepared = try PreparedReader.prepare(TextChoice(file: path, uiLanguage: "en", paragraphs: flag), storage: .memory,
                                                      environment: ["XDG_DATA_HOME": scratch.folder.path], threads: .inline)
            let terminal = try RecordingTerminal(size: TerminalSize(columns: 100, rows: 30), keys: "/line 8 of<CR>q")
            let session = ReaderSession(prepared, terminal: terminal, noteIDPrefix: "note-test")
            #expect(session.run() == nil)
            #expect(terminal.frames.first?.last?.contains("(counting…)") == true)
            #expect(!session.state.document.isProvisional)
            #expect(session.state.document.paragraphs.count == expected, "\(String(describing: flag))")
            // The search went to the first paragraph's eighth line: paragraph 1 when wrapped lines join.
            let status = terminal.frames.last?.last ?? ""
            #expect(status.contains(flag == nil ? "¶ 1/4000" : "¶ 8/32000"), "\(status)")
        }
    }
}
