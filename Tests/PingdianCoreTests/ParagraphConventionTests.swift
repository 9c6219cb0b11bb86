@testable import PingdianCore
import CellWidth
import PingdianTexts
import Testing

/// Paragraphs as people write them: one per line (the essay), or separated by blank lines with
/// hard-wrapped lines; found in the text, with offsets in the original text's terms (issue 13,
/// item 24).
@Suite("Paragraphs as people write them")
struct ParagraphConventionTests {
    static let wrappedEnglish = """
        This is a hard-wrapped
        English paragraph that goes
        on for three lines.

        A second paragraph,
        also wrapped.


        A new section after two blank lines.

        * * *

        And one after a separator.
        """

    @Test("The essay is one paragraph per line; hard-wrapped English and blank-line Chinese are blank-line paragraphs")
    func detection() throws {
        let essay = try #require(EmbeddedFiles.bytes(named: BundledText.essayFileName))
        let (document, _) = try TextDecoder.decode(essay, title: "essay")
        #expect(ParagraphConvention.detect(in: document.scalars) == .lines)
        #expect(ParagraphConvention.detect(in: Array(Self.wrappedEnglish.unicodeScalars)) == .blank)
        #expect(ParagraphConvention.detect(in: Array("第一段。\n\n第二段。\n\n第三段。".unicodeScalars)) == .blank)
        #expect(ParagraphConvention.detect(in: Array("第一行。\n第二行。\n第三行。".unicodeScalars)) == .lines)
        #expect(ParagraphConvention.detect(in: Array("".unicodeScalars)) == .lines)
    }

    @Test("Blank-line paragraphs span their lines; two blank lines or a separator line start a section")
    func splitting() {
        let document = TextDocument(title: "t", scalars: Array(Self.wrappedEnglish.unicodeScalars), convention: .blank)
        let texts = document.paragraphs.map { document.text(in: $0.range) }
        #expect(texts == ["This is a hard-wrapped\nEnglish paragraph that goes\non for three lines.", "A second paragraph,\nalso wrapped.",
                          "A new section after two blank lines.", "And one after a separator."])
        #expect(document.paragraphs.map(\.startsSection) == [false, false, true, true])
        // The same text one paragraph per line: every line, a section after each blank line.
        let lines = TextDocument(title: "t", scalars: Array(Self.wrappedEnglish.unicodeScalars))
        #expect(lines.paragraphs.count == 8)
    }

    @Test("A wrapped line's end shows as a space between Latin words and as nothing between Chinese characters; offsets stay the text's")
    func joining() {
        UTF8Locale.activate()
        let english = TextDocument(title: "t", scalars: Array("one two\n  three".unicodeScalars), convention: .blank)
        let layout = LineLayout.layout(paragraph: 0, of: english, options: LayoutOptions(width: 40))
        #expect(layout.lines.map(\.displayText) == ["one two three"])
        #expect(layout.lines[0].range == 0..<15)
        let chinese = TextDocument(title: "t", scalars: Array("第一行，\n接著第二行。".unicodeScalars), convention: .blank)
        let joined = LineLayout.layout(paragraph: 0, of: chinese, options: LayoutOptions(width: 40))
        #expect(joined.lines.map(\.displayText) == ["第一行，接著第二行。"])
        let offsets = joined.lines[0].glyphs.flatMap { Array($0.offsets) }
        #expect(offsets == Array(0..<11), "every scalar, the newline included, belongs to a glyph")
    }
}
