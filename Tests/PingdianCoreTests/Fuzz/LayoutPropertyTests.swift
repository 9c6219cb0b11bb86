import PropertyBased
import Testing
@testable import PingdianCore

/// `LineLayout.layout` on random hostile paragraphs at random widths (Docs/faults.md).
@Suite("Property: the layout")
struct LayoutPropertyTests {
    @Test("Hostile paragraphs at widths 1…200: lines tile the paragraph, none is too wide, no raw control, ZWJ or presentation selector reaches a glyph")
    func hostileParagraphs() async {
        LayoutTestSupport.activateLocale()
        let input = zip(Fuzz.hostileText(0...120), Gen.int(in: 1...200), Gen.bool, Gen.bool)
        await propertyCheck(count: Fuzz.cases(400), input: input) { text, width, indent, fullPunctuation in
            Fuzz.note("layout", "\(text.debugDescription) width \(width) indent \(indent) full \(fullPunctuation)")
            // One paragraph: the layout works on a line of the text, so no LF inside it.
            let line = text.replacingOccurrences(of: "\n", with: "x")
            let document = TextDocument(title: "fuzz", text: "x" + line)
            let options = LayoutOptions(width: width, indentParagraphs: indent, punctuation: fullPunctuation ? .full : .original)
            let layout = LineLayout.layout(paragraph: 0, of: document, options: options)
            let problems = LayoutInvariants.problems(layout, of: document, options: options)
            #expect(problems.isEmpty, "\(problems.prefix(5))")
            // Nor anything terminals draw at another width than wcwidth counts (Placeholder.isLeftOut).
            let texts = layout.lines.flatMap(\.glyphs).map(\.text)
            #expect(!texts.contains { $0.unicodeScalars.contains(where: Placeholder.isLeftOut) })
        }
    }

    @Test("A paragraph that starts with marks, controls or tabs lays out at every narrow width")
    func hostileStarts() async {
        LayoutTestSupport.activateLocale()
        let input = zip(Fuzz.hostileText(1...12), Gen.int(in: 1...8))
        await propertyCheck(count: Fuzz.cases(300), input: input) { text, width in
            let line = text.replacingOccurrences(of: "\n", with: "")
            Fuzz.note("layout start", "\(line.debugDescription) width \(width)")
            let document = TextDocument(title: "fuzz", text: line)
            guard !document.paragraphs.isEmpty else { return }
            let options = LayoutOptions(width: width)
            let layout = LineLayout.layout(paragraph: 0, of: document, options: options)
            let problems = LayoutInvariants.problems(layout, of: document, options: options)
            #expect(problems.isEmpty, "\(problems.prefix(5))")
        }
    }
}
