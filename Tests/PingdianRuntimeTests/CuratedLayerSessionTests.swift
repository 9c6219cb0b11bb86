import Foundation
import PingdianRuntime
import TerminalKit
import Testing

/// The bundled essay's curated reading through the whole runtime, as a new reader uses it.
@Suite("The curated layer through the runtime")
struct CuratedLayerSessionTests {
    @Test("x walks every side of the 20 contradiction pairs in reading order, saying pair and side; % shows the other side with its note")
    func contradictions() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let reader = try scratch.open(size: TerminalSize(columns: 120, rows: 40))
        var offsets: [Int] = []
        var sidesSeen: [String: Set<String>] = [:]
        for _ in 1...40 {
            try reader.press("x")
            let status = reader.statusLine
            let pair = status.range(of: #"pair \d+/20"#, options: .regularExpression).map { String(status[$0]) }
            let side = status.range(of: #"side \d+/2"#, options: .regularExpression).map { String(status[$0]) }
            #expect(pair != nil && side != nil, "\(status)")
            if let pair, let side { sidesSeen[pair, default: []].insert(side) }
            #expect(reader.text.contains("■ Contradiction"))
            #expect(reader.text.contains("↔ Contradicts"))
            offsets.append(reader.state.cursor)
        }
        #expect(offsets == offsets.sorted(), "in reading order")
        #expect(sidesSeen.count == 20)
        #expect(sidesSeen.values.allSatisfy { $0 == ["side 1/2", "side 2/2"] })
        try reader.press("x")
        #expect(reader.statusLine.contains("No more contradictions"))
        // % from the last side goes to the other side of its pair, whose note explains the clash.
        try reader.press("%")
        #expect(reader.statusLine.contains("side 1/2"))
        #expect(reader.text.contains("■ Contradiction"))
    }

    @Test("With contradictions hidden by the filter, x says they are hidden")
    func hiddenContradictions() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let reader = try scratch.open()
        try reader.press("fjjj<Space><Esc>x")
        #expect(reader.statusLine.contains("Contradictions are hidden by the filter"), "\(reader.statusLine)")
    }

    @Test("The bundled essay comes with its source layer: s walks the 86 checked passages, the pane shows the source's words and verdict")
    func sources() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let reader = try scratch.open(size: TerminalSize(columns: 100, rows: 30))
        try reader.press("s")
        #expect(reader.statusLine.contains("/86 · "), "\(reader.statusLine)")
        #expect(reader.text.contains("Source · "), "\(reader.screen)")
        try reader.press("gx%")
        #expect(reader.statusLine.contains("contradiction pair 1/20 · side 2/2"), "% still finds the other side: \(reader.statusLine)")
    }

    @Test("--source: O shows where the focused passage's source words are in the reader's own source text, and back")
    func sourceText() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        // A source text as a reader might save it: other paragraphs, and the words with straight quotes.
        let source = try scratch.write("on-deepseek.txt", """
            Export Controls

            Some context before the passage. DeepSeek also does not show that China can always obtain the chips it needs via smuggling, or that the controls always have loopholes. I don't believe the export controls were ever designed to prevent China from getting a few tens of thousands of chips. And some after.
            """)
        let reader = try scratch.open(size: TerminalSize(columns: 100, rows: 30), sourceText: source)
        try reader.press("s")
        #expect(reader.statusLine.contains("source 2/86 · distorted"), "\(reader.statusLine)")
        try reader.press("O")
        #expect(reader.text.contains("Source · on-deepseek.txt"), "\(reader.screen)")
        #expect(reader.text.contains("Some context before the passage."))
        #expect(reader.text.contains("DeepSeek also does not show"))
        try reader.press("s")
        #expect(reader.text.contains("Source · on-deepseek.txt"), "the pane follows the focus")
        try reader.press("O")
        #expect(!reader.text.contains("Source · on-deepseek.txt"))
        let without = try scratch.open(size: TerminalSize(columns: 100, rows: 30))
        try without.press("O")
        #expect(without.statusLine.contains("No source text: open one with --source FILE"))
    }

    @Test("--source: an attribution of one's own — @, select the source's words, a verdict, a note; the notes file and the JSON export hold it; reopened, @ finds its words")
    func ownAttribution() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let source = try scratch.write("on-deepseek.txt", """
            Export Controls

            Some context before the passage. DeepSeek also does not show that China can always obtain the chips it needs via smuggling, or that the controls always have loopholes. I don't believe the export controls were ever designed to prevent China from getting a few tens of thousands of chips. And some after.
            """)
        let notes = scratch.path("notes.json")
        let reader = try scratch.open(notes: notes, size: TerminalSize(columns: 120, rows: 36), sourceText: source)
        try reader.press("s@")
        #expect(reader.text.contains("Source · on-deepseek.txt"), "\(reader.screen)")
        #expect(reader.statusLine.contains("SOURCE —") || reader.statusLine.contains("In the source"), "\(reader.statusLine)")
        try reader.press("/I don't believe<CR>v)<CR>")
        #expect(reader.text.contains("Verdict for"), "\(reader.screen)")
        try reader.press("3轉述略去了「幾萬顆」的限定。<CR>")
        #expect(reader.statusLine.contains("Attribution saved · selective"), "\(reader.statusLine)")
        try reader.press("q")
        let saved = try #require(try scratch.savedNotes(notes).first)
        #expect(saved.kind == "attribution")
        #expect(saved.note == "轉述略去了「幾萬顆」的限定。")
        #expect(saved.source?.words == "I don't believe the export controls were ever designed to prevent China from getting a few tens of thousands of chips.")
        #expect(saved.source?.verdict == .selective)
        #expect(saved.source?.url == "https://darioamodei.com/on-deepseek-and-export-controls",
                "the address the layer's attributions found in the source name")
        #expect(saved.source?.location == "on-deepseek.txt ¶2")

        let again = try scratch.open(notes: notes, size: TerminalSize(columns: 120, rows: 36), sourceText: source)
        try again.press("@")
        #expect(again.text.contains("Source · on-deepseek.txt"), "\(again.screen)")
        // The cursor is on the note's first source word: selecting that one glyph shows it.
        try again.press("v<CR>")
        #expect(again.text.contains("“I”"), "\(again.screen)")
        try again.press("<Esc><Esc>@E2")
        #expect(again.statusLine.contains("Exported to"), "\(again.statusLine)")
        let exported = try String(contentsOfFile: scratch.path("bundled-amodei-deepseek-essay.zh-Hant.export.json"), encoding: .utf8)
        #expect(exported.contains("轉述略去了「幾萬顆」的限定。"))
        #expect(exported.contains("were ever designed to prevent China"))
    }

    @Test("The bundled essay comes with its conversion layer: C shows it, 支援 ← 支持 with its note; the annotations' counts never include it")
    func conversionLayer() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let reader = try scratch.open(size: TerminalSize(columns: 120, rows: 36))
        #expect(reader.text.contains("Notes  156"), "\(reader.screen)")
        try reader.press("C")
        #expect(reader.statusLine.contains("Conversion layer: 105 places"), "\(reader.statusLine)")
        try reader.press("/無條件支援<CR>]")
        #expect(reader.text.contains("original 支持 → converter's 支援"), "\(reader.screen)")
        #expect(reader.text.contains("■ Meaning shifted"))
        #expect(reader.text.contains("政治表態變成了實際出力"), "the note: \(reader.screen)")
        // The legend says what the layer is and the evidence, once the round trips are checked.
        try reader.press("L")
        #expect(reader.text.contains("Converted from Simplified with OpenCC s2twp: 39 of 39 paragraphs round-trip"), "\(reader.screen)")
        try reader.press("qC")
        #expect(reader.text.contains("Notes  156"), "the annotations' count is unchanged")
    }

    @Test("~ shows the reconstructed original with the cursor on the same word (人工智能 where the essay has 人工智慧), the annotations on the same words; ~ again, the text; notes wait for the text")
    func original() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let notes = scratch.path("notes.json")
        let reader = try scratch.open(notes: notes, size: TerminalSize(columns: 120, rows: 36))
        try reader.press("/無條件支援<CR>")
        let state = { reader.session.state }
        func underCursor(_ count: Int) -> String { state().document.text(in: state().cursor..<(state().cursor + count)) }
        #expect(underCursor(5) == "無條件支援")
        let textCursor = state().cursor
        try reader.press("~")
        #expect(reader.text.contains("无条件支持 AI 监管"), "\(reader.screen)")
        #expect(reader.text.contains("强大的人工智能") || reader.text.contains("人工智能"), "the original's words")
        #expect(underCursor(5) == "无条件支持", "the cursor on the same word")
        #expect(reader.statusLine.contains("The original (reconstructed with OpenCC tw2sp)"), "\(reader.statusLine)")
        // The annotations are on the same words: the pane shows the focused one's quote in the original.
        #expect(reader.text.contains("「拜登内阁时期无条件支持 AI 监管」"), "\(reader.screen)")
        try reader.press("a")
        #expect(reader.statusLine.contains("Notes are written on the text"), "\(reader.statusLine)")
        try reader.press("H")
        #expect(reader.statusLine.contains("Cue hints are found in the text"), "\(reader.statusLine)")
        // The search in the original finds the converter's word in the author's form.
        try reader.press("gg/人工智慧<CR>")
        #expect(underCursor(4) == "人工智能", "\(reader.statusLine)")
        try reader.press("/无条件支持<CR>")
        try reader.press("~")
        #expect(underCursor(5) == "無條件支援")
        #expect(state().cursor == textCursor)
        // Quitting in the original saves the text's position.
        try reader.press("~q")
        let again = try scratch.open(notes: notes, size: TerminalSize(columns: 120, rows: 36))
        #expect(again.session.state.document.text(in: again.session.state.cursor..<(again.session.state.cursor + 5)) == "無條件支援")
    }
}
