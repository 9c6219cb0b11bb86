@testable import PingdianApp
import PingdianCore
import TerminalKit
import Testing

/// Everything in the annotation pane can be read: what the pane cuts ends with one "…" and says
/// which key shows it whole, and `i` shows the annotation in full on a page that scrolls
/// (issue 13, item 6).
@Suite("Reading long notes and quotes")
struct PaneReadingTests {
    /// ~600 characters of note, numbered so that its end can be recognised.
    static let longNote = (1...40).map { "第\($0)句話說得很長很長。" }.joined() + "全文完。"

    /// The essay with a note of the reader's on its first sentence, the cursor on it.
    static func reader(size: TerminalSize) -> ReaderHarness {
        let essay = Fixtures.essay
        var reader = ReaderHarness(essay, size: size)
        let quote = essay.text(in: 0..<20)
        let note = Fixtures.annotation("note-long", "claim", quote, in: essay, note: longNote)
        reader.open(annotations: AnnotationSet(layer: [], readerNotes: [note], document: essay, taxonomy: Fixtures.taxonomy))
        return reader
    }

    @Test("A long note is cut with one … where the pane is too short, which says i reads it in full; i shows every word", arguments: [
        TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 120, rows: 40), TerminalSize(columns: 40, rows: 15),
    ])
    func longNote(size: TerminalSize) {
        var reader = Self.reader(size: size)
        let pane = reader.state.frame.pane.map { $0.map(\.text).joined() }
        if size.rows < 40 {
            // Cut: one "…" where it stops, and the key that shows the rest.
            #expect(pane.contains("i reads it in full"), "\(pane)")
            #expect(!pane.joined().contains("全文完"))
            let cutLine = pane.last { $0.contains("…") }
            #expect(cutLine.map { $0.filter { $0 == "…" }.count } == 1, "\(pane)")
        } else {
            // It fits: the whole note, nothing said about reading it in full.
            #expect(pane.joined().contains("全文完"), "\(pane)")
            #expect(!pane.contains("i reads it in full"), "\(pane)")
        }
        reader.press("i")
        guard case .card = reader.state.mode else { Issue.record("i did not open the annotation"); return }
        // Paging down reaches the end of the note: every sentence was on some page.
        var seen = ""
        for _ in 0..<40 {
            seen += reader.screen.dropLast().joined()
            reader.press("<Space>")
        }
        seen += reader.screen.dropLast().joined()
        let flat = seen.replacingOccurrences(of: " ", with: "")
        for number in [1, 20, 40] { #expect(flat.contains("第\(number)句話"), "sentence \(number) never shown") }
        #expect(flat.contains("全文完"))
        #expect(reader.statusLine.contains("q/Esc/i closes"), "\(reader.statusLine)")
        reader.press("q")
        #expect(reader.state.mode == .reading)
    }

    @Test("After x at 60×20 a linked quote's heading always has its quote under it; the cut quote keeps 」")
    func linkedHeading() {
        for size in [TerminalSize(columns: 60, rows: 20), TerminalSize(columns: 40, rows: 15), TerminalSize(columns: 100, rows: 30)] {
            var reader = KeyModeStates.reading(size: size)
            reader.press("gx")
            let pane = reader.state.frame.pane.map { $0.map(\.text).joined() }
            if let heading = pane.firstIndex(where: { $0.hasPrefix("↔") }) {
                #expect(heading + 1 < pane.count && pane[heading + 1].hasPrefix("「"), "\(size): \(pane)")
            }
            for line in pane where line.contains("…") && line.hasPrefix("「") == false && line.contains("」") {
                #expect(line.hasSuffix("…」"), "\(line)")
            }
        }
    }

    @Test("i with nothing under the cursor says so")
    func nothingToRead() {
        var reader = ReaderHarness(Fixtures.numbered(5))
        reader.press("i")
        #expect(reader.state.mode == .reading)
        #expect(reader.statusLine.contains("No annotation under the cursor"))
    }

    @Test("A click on an entry of the pane goes to that annotation and focuses it; on a linked quote, to the other side", arguments: [
        TerminalSize(columns: 100, rows: 30), TerminalSize(columns: 60, rows: 20),
    ])
    func clickInPane(size: TerminalSize) throws {
        var reader = KeyModeStates.reading(size: size)
        let pane = reader.state.regions.pane
        let row = try #require((pane.y..<pane.maxY).first { reader.state.paneTarget(atRow: $0) != nil && reader.state.paneTarget(atRow: $0) != reader.state.focusedAnnotation?.id })
        let id = try #require(reader.state.paneTarget(atRow: row))
        _ = reader.state.update(.mouse(MouseEvent(kind: .click, column: pane.x + 3, row: row)))
        let target = try #require(reader.state.annotations.index?.annotation(withID: id)?.range)
        #expect(reader.state.cursor == target.lowerBound)
        #expect(reader.state.focusedAnnotation?.id == id)
        // The card now shows the clicked annotation; a click on its linked quote goes across.
        reader.press("x")
        let side = reader.state.focusedAnnotation?.id
        if let linkedRow = (pane.y..<pane.maxY).first(where: { reader.state.frame.pane[safe: $0 - pane.y]?.first?.text.hasPrefix("↔") == true }) {
            let other = try #require(reader.state.paneTarget(atRow: linkedRow + 1))
            _ = reader.state.update(.mouse(MouseEvent(kind: .click, column: pane.x + 3, row: linkedRow + 1)))
            #expect(reader.state.focusedAnnotation?.id == other)
            #expect(other != side)
        } else {
            Issue.record("no linked quote in the pane at \(size)")
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
