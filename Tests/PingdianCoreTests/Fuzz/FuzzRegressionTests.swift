import Foundation
import Ink
import Testing
@testable import PingdianCore

/// The inputs the property tests found crashing pingdian or breaking an export, each kept as a plain test (Docs/faults.md).
@Suite("What the fuzzing found")
struct FuzzRegressionTests {
    static let essay = ModelFixtures.essay
    static let hostileOffsets = [Int.min, Int.min + 1, -1, Int.max - 40, Int.max - 2, Int.max]
    /// Where the essay's first words are.
    static let opening = ModelFixtures.range(of: "一個科學家", in: essay)

    @Test("An anchor whose start is near Int.max or Int.min resolves (was: overflow in ApproximateSearch.expectedStart)")
    func anchorWithHugeStart() {
        for start in Self.hostileOffsets {
            for exact in ["一個科學家", "不在文中的句子啊", "一個科學家，幾個月"] {
                let anchor = TextAnchor(exact: exact, prefix: "前文", suffix: "，幾個月前", start: start, end: start)
                let match = anchor.resolve(in: Self.essay)
                if exact == "一個科學家" { #expect(match.range == Self.opening, "start \(start)") }
                #expect(TextAnchor(exact: exact, start: start, end: start).resolve(in: TextDocument(title: "e", text: "")) == .orphaned)
            }
        }
    }

    @Test("A start far outside the text gives the same match as one just outside it")
    func clampingChangesNoMatch() {
        let quote = "美國"
        let near = TextAnchor(exact: quote, start: 2 * (Self.essay.scalarCount + 1), end: 0).resolve(in: Self.essay)
        let far = TextAnchor(exact: quote, start: Int.max, end: 0).resolve(in: Self.essay)
        #expect(near.range == far.range)
        #expect(near.range != nil)
    }

    @Test("A reading position at Int.max or Int.min opens at an end of the text (was: overflow in ScalarSearch.matches)")
    func positionWithHugeOffset() {
        for offset in Self.hostileOffsets {
            let position = ReadingPosition(offset: offset, quote: "不在文中的一段話")
            let resolved = position.resolve(in: Self.essay)
            #expect(resolved == (offset < 0 ? 0 : Self.essay.scalarCount))
            #expect(ReadingPosition(offset: offset, quote: "一個科學家").resolve(in: Self.essay) == Self.opening?.lowerBound)
        }
    }

    @Test("A layer whose offsets are near Int.max loads and its annotation is found by its quote")
    func layerWithHugeOffsets() throws {
        // The second quote is edited (科學嫁), so it goes to the approximate search, which overflowed.
        let json = #"{"format": "pingdian-layer", "version": 1, "id": "x", "annotations": [{"id": "a", "kind": "claim", "anchor": {"exact": "一個科學家", "start": 9223372036854775802, "end": 9223372036854775807}}, {"id": "b", "kind": "claim", "anchor": {"exact": "一個科學嫁，幾個月前寫了", "prefix": "前", "start": 9223372036854775795, "end": 9223372036854775807}}]}"#
        let layer = try AnnotationLayer.decode(Array(json.utf8))
        let index = AnnotationIndex(layer: layer, document: Self.essay, taxonomy: ModelFixtures.taxonomy)
        #expect(index.placed.map(\.range) == [Self.opening.map { $0.lowerBound..<$0.lowerBound + 12 }, Self.opening])
        let report = LayerCheck.check(Array(json.utf8), document: Self.essay, taxonomy: ModelFixtures.taxonomy)
        #expect(report.errors.contains { $0.path == "annotations[0].anchor.start" })
    }

    @Test("Import files whose offsets are near Int.max or negative are planned, not crashed on")
    func importWithHugeOffsets() throws {
        for start in Self.hostileOffsets {
            let w3c = #"{"type": "Annotation", "target": {"selector": [{"type": "TextQuoteSelector", "exact": "天下"}, {"type": "TextPositionSelector", "start": \#(start), "end": \#(start)}]}}"#
            let positionOnly = #"{"type": "Annotation", "target": {"selector": [{"type": "TextPositionSelector", "start": \#(start), "end": 9223372036854775807}]}}"#
            let hypothesis = #"{"annotations": [{"target": [{"selector": [{"type": "TextQuoteSelector", "exact": "天下"}, {"type": "TextPositionSelector", "start": \#(max(0, start)), "end": 9223372036854775807}]}]}]}"#
            let export = #"{"format": "pingdian-export", "version": 1, "annotations": [{"id": "e", "kind": "claim", "quote": "天下", "start": \#(start), "end": \#(start)}]}"#
            for file in [w3c, positionOnly, hypothesis, export] {
                let read = try ImportFile.read(Array(file.utf8), taxonomy: ModelFixtures.taxonomy)
                let plan = Importer.plan(read, document: InterchangeFixture.document, notes: [])
                for annotation in plan.annotations {
                    #expect(annotation.anchor.start >= 0 && annotation.anchor.end >= annotation.anchor.start)
                }
            }
        }
    }

    @Test("A note holding an escape sequence or a bidi override is written as the reader shows it in HTML and Markdown")
    func controlsInExports() {
        let document = TextDocument(title: "t\u{1B}[2J", text: "甲乙丙\u{202E}丁")
        let note = Annotation(id: "x", kind: "claim", anchor: TextAnchor.make(range: 0..<2, in: document),
                              note: "a\u{1B}]2;pwned\u{07}b\u{0}c\u{9B}d\nline\ttab")
        let export = ExportDocument(document: document, sourcePath: nil, taxonomy: ModelFixtures.taxonomy, layers: [(.user, [note])])
        let html = HTMLExporter.export(export, language: .english)
        #expect(html.contains("a␛]2;pwned␇b␀c\u{FFFD}d\nline\ttab"))
        #expect(html.contains("丙\u{FFFD}丁") && html.contains("t␛[2J"))
        let markdown = MarkdownExporter.export(export, language: .english)
        #expect(markdown.contains("a␛&#93;2;pwned␇b␀c\u{FFFD}d"))
        for text in [html, markdown] {
            #expect(!text.unicodeScalars.contains { [0x1B, 0x07, 0x00, 0x9B, 0x202E].contains($0.value) })
        }
    }

    @Test("An id, a kind or a link target with a line break stays on the facts line of the Markdown (was: a list item)")
    func lineBreaksInMarkdownFacts() {
        let document = TextDocument(title: "t", text: "甲乙丙丁")
        let notes = [
            Annotation(id: "\n- item", kind: "claim\n# heading", anchor: TextAnchor.make(range: 0..<2, in: document),
                       links: [AnnotationLink(type: .supports, target: "x\r\n1. one")]),
            Annotation(id: "x\r\n1. one", kind: "claim", anchor: TextAnchor.make(range: 2..<3, in: document)),
        ]
        let export = ExportDocument(document: document, sourcePath: nil, taxonomy: ModelFixtures.taxonomy, layers: [(.user, notes)])
        let html = MarkdownParser().html(from: MarkdownExporter.export(export, language: .english))
        for tag in ["<ul>", "<ol>", "<li>", "<h4", "<h1>claim"] { #expect(!html.contains(tag), "\(tag) in \(html)") }
        #expect(html.contains("<strong>claim # heading</strong> · ¶1"), "\(html)")
    }

    @Test("A note line starting with Chinese numerals then a full stop stays a paragraph in Ink (was: a list)")
    func chineseNumeralsStartingANote() {
        for text in ["一1. item", "一. 引言", "十二) 項", "Ⅳ. four", "١. one", "一\u{0300}1. item", "1\u{0301}. x"] {
            let html = MarkdownParser().html(from: MarkdownEscaping.paragraph(text))
            #expect(!html.contains("<ol") && !html.contains("<li>"), "\(text) → \(html)")
            #expect(ExportTestSupport.captures("^<p>(.*)</p>$", in: html).map(ExportTestSupport.plainText) == [text], "\(text) → \(html)")
        }
    }

    @Test("A note line starting with an ideographic or no-break space before a list marker stays a paragraph in Ink (Tests/fuzz.sh, 5,000 cases)")
    func wideSpaceBeforeAListMarker() {
        for text in ["\u{3000}- item", "\u{00A0}+ item", "\u{3000}\u{3000}1. 項", "\u{2003}# 標題"] {
            let html = MarkdownParser().html(from: MarkdownEscaping.paragraph(text))
            #expect(!html.contains("<ul") && !html.contains("<ol") && !html.contains("<li>") && !html.contains("<h"), "\(text.debugDescription) → \(html)")
            #expect(ExportTestSupport.captures("^<p>(.*)</p>$", in: html).map(ExportTestSupport.plainText) == [text], "\(text.debugDescription) → \(html)")
        }
    }
}
