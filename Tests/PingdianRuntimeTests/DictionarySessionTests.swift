import Foundation
import PingdianApp
import PingdianCore
import PingdianRuntime
import TerminalKit
import PingdianTestSupport
import Testing

/// The bundled dictionary through the runtime: `K` on the essay, and words for motions made of
/// ICU's words joined into the dictionary's (issue 16).
@Suite("The dictionary through the runtime")
struct DictionarySessionTests {
    @Test("K on 檄文 of the essay: xí wén, ㄒㄧˊ ㄨㄣˊ, official call to arms; in Chinese 注音 first")
    func lookUp() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let reader = try scratch.open(size: TerminalSize(columns: 100, rows: 30))
        try reader.press("/檄文<CR>K")
        #expect(reader.text.contains("Dictionary · 檄文"), "\(reader.screen)")
        #expect(reader.text.contains("xí wén  ㄒㄧˊ ㄨㄣˊ"))
        #expect(reader.text.contains("official call to arms"))
        let chinese = try scratch.open(size: TerminalSize(columns: 100, rows: 30), language: "zh-Hant")
        try chinese.press("/檄文<CR>K")
        #expect(chinese.text.contains("字典 · 檄文"))
        #expect(chinese.text.contains("ㄒㄧˊ ㄨㄣˊ  xí wén"))
    }

    @Test("Moving by word keeps the dictionary's words: v w on 人工智慧 selects 人工智慧, not ICU's 人工")
    func wordMotion() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let reader = try scratch.open(size: TerminalSize(columns: 100, rows: 30))
        try reader.press("/人工智慧<CR>vw")
        let state = reader.session.state
        let selected = try #require(state.selection)
        #expect(state.document.text(in: selected) == "人工智慧")
    }

    @Test("K shows the reader's own StarDict dictionary under its name; one that cannot be read is named once in the status line")
    func userDictionaries() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let folder = URL(fileURLWithPath: scratch.path("pingdian/dictionaries"))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try StarDictMaker.write([("檄文", "古代用於徵召、曉諭或聲討的文書。")], name: "moe", bookname: "重編國語辭典", in: folder)
        try Data("not a dictionary".utf8).write(to: folder.appendingPathComponent("broken.ifo"))
        let reader = try scratch.open(size: TerminalSize(columns: 100, rows: 30))
        try reader.press("/檄文<CR>K")
        #expect(reader.text.contains("《重編國語辭典》 檄文"), "\(reader.screen)")
        #expect(reader.text.contains("古代用於徵召"))
        #expect(reader.statusLine.contains("Dictionary not used: broken.ifo: not a StarDict .ifo file"), "\(reader.statusLine)")
        try reader.press("wb")
        #expect(!reader.statusLine.contains("Dictionary not used"), "said once")
    }

    @Test("a saves the word looked up with its occurrence: in the state file at once, back after reopening, once per occurrence")
    func saveWord() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let notes = scratch.path("notes.json")
        let reader = try scratch.open(notes: notes, size: TerminalSize(columns: 100, rows: 30))
        try reader.press("/檄文<CR>Ka")
        #expect(reader.statusLine.contains("Saved “檄文” — 1 in your vocabulary"), "\(reader.statusLine)")
        let saved = try #require(try StateStore.load(from: URL(fileURLWithPath: notes))?.vocabulary)
        #expect(saved.map(\.word) == ["檄文"])
        #expect(saved.first?.anchor.exact == "檄文")
        try reader.press("a")
        #expect(reader.statusLine.contains("already in your vocabulary"))
        // The export from the reader carries the vocabulary.
        try reader.press("<Esc>E1")
        let markdown = try String(contentsOfFile: scratch.path("bundled-amodei-deepseek-essay.zh-Hant.md"), encoding: .utf8)
        #expect(markdown.contains("## Vocabulary\n\n- **檄文** xí wén ㄒㄧˊ ㄨㄣˊ — "), "\(markdown.suffix(400))")
        try reader.press("q")
        let again = try scratch.open(notes: notes, size: TerminalSize(columns: 100, rows: 30))
        #expect(again.session.state.vocabulary.map(\.word) == ["檄文"])
        // The vocabulary view: the word, its reading and gloss, how often the text has it.
        try again.press("W")
        #expect(again.text.contains("Vocabulary  1 words"), "\(again.screen)")
        let row = try #require(again.screen.first { $0.contains("檄文") && $0.contains("xí wén") })
        #expect(row.contains("official call to arms") && row.contains("×"), "\(row)")
        // Enter goes to it; n then to its next occurrence, as a search.
        try again.press("gg<Esc>W<CR>")
        #expect(again.statusLine.contains("“檄文” — n/N for its other occurrences"), "\(again.statusLine)")
        let there = again.session.state.cursor
        #expect(again.session.state.document.text(in: there..<(there + 2)) == "檄文")
        try again.press("Wd")
        #expect(again.statusLine.contains("Removed “檄文” from your vocabulary"))
        #expect(try StateStore.load(from: URL(fileURLWithPath: notes))?.vocabulary.isEmpty == true)
    }
}
