@testable import PingdianApp
import PingdianCore
import TerminalKit
import Testing

/// A plain substring search, for testing the reader's search flow (the folding is the core's,
/// tested there).
struct SubstringSearch: SearchEngine {
    let scalars: [Unicode.Scalar]

    func all(_ query: String) -> [Range<Int>] {
        let needle = Array(query.unicodeScalars)
        guard !needle.isEmpty, needle.count <= scalars.count else { return [] }
        return (0...(scalars.count - needle.count)).filter { Array(scalars[$0..<($0 + needle.count)]) == needle }.map { $0..<($0 + needle.count) }
    }

    func nextMatch(of query: String, from offset: Int, forward: Bool) -> Range<Int>? {
        forward ? all(query).first { $0.lowerBound > offset } : all(query).last { $0.lowerBound < offset }
    }

    func matches(of query: String, in range: Range<Int>) -> [Range<Int>] {
        all(query).filter { range.contains($0.lowerBound) && $0.upperBound <= range.upperBound }
    }

    func textMatches(_ query: String, in text: String) -> Bool { text.contains(query) }
}

@Suite("Searching")
struct SearchFlowTests {
    static func reader() -> ReaderHarness {
        var reader = NotesFlowTests.reader()
        reader.open(annotations: reader.state.annotations, search: SubstringSearch(scalars: reader.state.document.scalars))
        return reader
    }

    @Test("/ shows the prompt; the view follows the first match as you type; Enter goes there")
    func incremental() {
        var reader = Self.reader()
        reader.press("/甲")
        #expect(reader.statusLine.contains("/甲▏"))
        #expect(reader.state.cursor == 2)
        #expect(reader.style(of: "甲是對")?.background == .palette(178))
        reader.press("是錯")
        #expect(reader.cursorText == "甲")
        #expect(reader.state.cursor == 12)
        reader.press("<CR>")
        #expect(reader.state.mode == .reading)
        #expect(reader.state.cursor == 12)
        #expect(reader.effects.last == .countMatches(query: "甲是錯", matchStart: 12))
        reader.press("<C-o>")
        #expect(reader.state.cursor == 0)
    }

    @Test("Esc puts the cursor back where the search started")
    func escape() {
        var reader = Self.reader()
        reader.press("j/乙<Esc>")
        #expect(reader.state.mode == .reading)
        #expect(reader.state.cursorParagraph == 1)
        #expect(reader.state.lastSearch == nil)
    }

    @Test("n and N walk the matches with a counter and wrap with a message")
    func nextAndPrevious() {
        var reader = Self.reader()
        reader.press("/甲<CR>")
        _ = reader.state.update(.matchesCounted(MatchCount(query: "甲", matchStart: 2, index: 1, total: 2)))
        #expect(reader.statusLine.contains("match 1/2"))
        reader.press("n")
        #expect(reader.state.cursor == 12)
        #expect(reader.statusLine.contains("match 2/2"))
        reader.press("n")
        #expect(reader.state.cursor == 2)
        #expect(reader.statusLine.contains("continuing at the top"))
        reader.press("N")
        #expect(reader.state.cursor == 12)
        #expect(reader.statusLine.contains("continuing at the end"))
        reader.press("/沒有這個<CR>")
        #expect(reader.statusLine.contains("Not found"))
    }

    @Test("/@ searches the annotations' quotes and notes")
    func annotations() {
        var reader = Self.reader()
        reader.press("/@反諷<CR>")
        #expect(reader.state.focusedAnnotation?.id == "irony-1")
        reader.press("/@乙<CR>")
        #expect(reader.state.focusedAnnotation?.id == "c3")
        reader.press("n")
        #expect(reader.state.focusedAnnotation?.id == "c4")
    }

    @Test("n without a search says so")
    func noSearch() {
        var reader = Self.reader()
        reader.press("n")
        #expect(reader.statusLine.contains("No search yet"))
    }
}
