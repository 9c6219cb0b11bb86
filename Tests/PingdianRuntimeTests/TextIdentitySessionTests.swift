import Foundation
import PingdianApp
import PingdianCore
import PingdianRuntime
import TerminalKit
import Testing

/// A text's notes follow its words, not only its path: the bundled essay opened by path, a text
/// moved, renamed or copied keeps its notes and place; two different texts never share them
/// (issue 13, item 23).
@Suite("Same text, same notes")
struct TextIdentitySessionTests {
    @Test("Notes made on the bundled essay are there when Texts/…txt is opened by path, and from then on one file holds both")
    func bundledByPath() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let bundled = try scratch.open()
        try bundled.press("}}v)a1打開內建的版本寫的。<CR>}}}q")
        let essay = try scratch.write("essay.txt", EssayText.text)
        let byPath = try scratch.open(essay)
        #expect(byPath.state.annotations.readerNotes.map(\.note) == ["打開內建的版本寫的。"])
        #expect(byPath.state.cursor == bundled.state.cursor, "the place comes along")
        // A note made from the path is in the bundled essay's file too.
        try byPath.press("gv)a1從路徑開的。<CR>q")
        let again = try scratch.open()
        #expect(Set(again.state.annotations.readerNotes.compactMap(\.note)) == ["打開內建的版本寫的。", "從路徑開的。"])
        let folder = scratch.folder.appendingPathComponent("pingdian")
        let own = StateStore.fileURL(forTextAt: essay, title: "essay.txt", environment: ["XDG_DATA_HOME": scratch.folder.path])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: own.path) == "bundled-amodei-deepseek-essay.zh-Hant.json")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("bundled-amodei-deepseek-essay.zh-Hant.json").path))
    }

    @Test("A text renamed keeps its notes; a different text never takes them")
    func renamedAndDifferent() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let first = try scratch.write("a.txt", "第一段文字。\n第二段文字。")
        try scratch.run(first, keys: "v)a1我的批註<CR>q")
        try FileManager.default.moveItem(atPath: first, toPath: scratch.path("renamed.txt"))
        let renamed = try scratch.open(scratch.path("renamed.txt"))
        #expect(renamed.state.annotations.readerNotes.map(\.note) == ["我的批註"])
        let other = try scratch.write("b.txt", "完全不同的文字。")
        let different = try scratch.open(other)
        #expect(different.state.annotations.readerNotes.isEmpty)
        // The listing finds them by content too, and writes nothing.
        let listing = Commands.notes(file: scratch.path("renamed.txt"), stateFile: nil, json: false,
                                     environment: ["XDG_DATA_HOME": scratch.folder.path])
        #expect(String(decoding: listing.output, as: UTF8.self).contains("我的批註"))
    }

    @Test("A hard-wrapped English file opens as paragraphs, not lines; help says how; --paragraphs lines gives lines back")
    func hardWrapped() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let file = try scratch.write("wrapped.txt", "This is a hard-wrapped\nEnglish paragraph that goes\non for three lines.\n\nA second one.\n")
        let reader = try scratch.open(file)
        #expect(reader.text.contains("This is a hard-wrapped English paragraph that goes"), "\(reader.screen)")
        #expect(!reader.text.contains("＊"), "a single blank line is a paragraph break, not a section")
        try reader.press("?")
        #expect(reader.text.contains("Paragraphs in this text: separated by blank lines"))
        let joined = Commands.printText(TextChoice(file: file), width: 80, color: .never, environment: [:])
        #expect(joined.text == "This is a hard-wrapped English paragraph that goes on for three lines.\n\nA second one.\n")
        let lines = Commands.printText(TextChoice(file: file, paragraphs: .lines), width: 80, color: .never, environment: [:])
        #expect(lines.text.hasPrefix("This is a hard-wrapped\n\nEnglish paragraph"), "\(lines.text)")
    }
}
