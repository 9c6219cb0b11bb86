@testable import PingdianApp
import PingdianCore
import TerminalKit
import Testing

/// Passages checked against what they attribute: the pane shows the source's words and the
/// verdict, `s` and `S` walk them, `i` shows where the words are, `/@` finds them (issue 14).
@Suite("Passages checked against their source")
struct SourceReadingTests {
    static func reader(language: UILanguage = .english) -> ReaderHarness {
        let fixture = Fixtures.annotated
        var layer = Fixtures.layerAnnotations(in: fixture.document)
        layer[0].source = AnnotationSource(url: "https://example.org/essay", location: "§1 ¶2", words: "A is right, he said.",
                                           verdict: .fairParaphrase)
        layer[4].source = AnnotationSource(url: "https://example.org/essay", location: "§3 ¶1", words: "B, with conditions.",
                                           verdict: .selective, translation: "略去了「有條件」")
        var reader = ReaderHarness(fixture.document, language: language)
        reader.open(annotations: AnnotationSet(layer: layer, readerNotes: [], document: fixture.document, taxonomy: Fixtures.taxonomy))
        return reader
    }

    @Test("s and S walk the checked passages and say which and the verdict; the pane shows the source's words")
    func walk() {
        var reader = Self.reader()
        reader.press("s")
        #expect(reader.statusLine.contains("source 2/2 · selective"), "\(reader.statusLine)")
        reader.press("S")
        #expect(reader.statusLine.contains("source 1/2 · fair paraphrase"), "\(reader.statusLine)")
        let pane = reader.state.frame.pane.map { $0.map(\.text).joined() }
        #expect(pane.contains("Source · fair paraphrase"), "\(pane)")
        #expect(pane.contains("“A is right, he said.”"), "\(pane)")
        reader.press("S")
        #expect(reader.statusLine.contains("No earlier passages checked against a source"))
        reader.press("s")
        #expect(reader.statusLine.contains("source 2/2 · selective"))
        reader.press("s")
        #expect(reader.statusLine.contains("No more passages checked against a source"))
    }

    @Test("i shows the source in full: verdict, words, where, and what the translation leaves out")
    func card() {
        var reader = Self.reader()
        reader.press("s")
        reader.press("i")
        let screen = reader.screen.joined(separator: "\n")
        #expect(screen.contains("Source · selective"))
        #expect(screen.contains("“B, with conditions.”"))
        #expect(screen.contains("§3 ¶1 · https://example.org/essay"))
        #expect(screen.contains("略去了「有條件」"))
    }

    @Test("The legend lists the verdicts in their styles; /@ finds a passage by its source's words")
    func legendAndSearch() {
        var reader = Self.reader()
        reader.state.searchEngine = SubstringSearch(scalars: reader.state.document.scalars)
        reader.press("L")
        let legend = reader.state.frame.page.map { $0.map(\.text).joined() }.joined(separator: "\n")
        for label in ["faithful quote", "fair paraphrase", "selective", "distorted", "not in the source"] {
            #expect(legend.contains(label), "\(label)")
        }
        reader.press("qgg/@conditions<CR>")
        #expect(reader.state.focusedAnnotation?.annotation.source?.verdict == .selective)
    }
}
