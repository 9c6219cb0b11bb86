import Ink
@testable import PingdianCore
import Testing

@Suite("Markdown export, read back with a real Markdown parser (Ink)")
struct MarkdownExportTests {
    typealias Support = ExportTestSupport

    static let english = MarkdownExporter.export(ExportFixture.export, language: .english)
    static let englishHTML = MarkdownParser().html(from: english)

    @Test("Title, a heading per section, a block quote per annotation, the contradictions last")
    func structure() {
        let html = Self.englishHTML
        #expect(Support.captures("<h1>(.*?)</h1>", in: html) == ["試 &lt;b&gt;&amp;\"title\""])
        #expect(Support.captures("<h2>(.*?)</h2>", in: html) == ["Section 1", "Section 2", "Unplaced annotations", "Contradictions"])
        #expect(Support.captures("<h3>(.*?)</h3>", in: html) == ["Pair 1", "Pair 2"])
        // 8 placed, 1 orphan, and both sides of 2 pairs; each with its kind in bold.
        let quotes = Support.captures("<blockquote><p>(.*?)</p></blockquote>", in: html).map(Support.plainText)
        #expect(quotes.count == 13)
        #expect(Array(quotes.prefix(3)) == ["甲說：「對，*真的*」", "*真的*」。乙說", "乙說<錯>"])
        #expect(quotes.contains("丙𠀀丁說 \"quoted\", 戊|己"))
        #expect(quotes.contains("-開頭的行 @人"))
        #expect(Support.captures("<strong>(.*?)</strong>", in: html).count == 13)
        // A line for people: the kind, the paragraph, the layer, and the other side by its quote,
        // not by id or offsets (issue 13, item 27).
        let sideA = ExportFixture.export.annotation(withID: "side-a")!
        let sideB = ExportFixture.export.annotation(withID: "side-b")!
        #expect(html.contains("<strong>Contradiction</strong> · ¶\(sideB.paragraph! + 1) · My note · Contradicts: 「乙說&lt;錯&gt;」 (¶\(sideA.paragraph! + 1))"),
                "\(html)")
        #expect(!html.contains("side-a") && !html.contains("\(sideB.range!.lowerBound)–"))
        #expect(html.contains("<strong>unknown-kind</strong> · ¶"))
    }

    @Test("An export without annotations says so; a link to a deleted annotation is left out, never shown as an id")
    func emptyAndDeleted() throws {
        let document = TextDocument(title: "empty", text: "一句話。")
        let empty = ExportDocument(document: document, sourcePath: nil, taxonomy: ExportFixture.export.taxonomy, layers: [])
        #expect(MarkdownExporter.export(empty, language: .english) == "# empty\n\nThis text has no annotations.\n")
        #expect(MarkdownExporter.export(empty, language: .traditionalChinese).contains("這個文本沒有批註。"))
        let orphanLink = Annotation(id: "a", kind: "claim", anchor: TextAnchor.make(range: 0..<2, in: document), note: nil,
                                    links: [AnnotationLink(type: .contradicts, target: "deleted-one")])
        let linked = ExportDocument(document: document, sourcePath: nil, taxonomy: ExportFixture.export.taxonomy, layers: [(.user, [orphanLink])])
        let markdown = MarkdownExporter.export(linked, language: .english)
        #expect(!markdown.contains("Contradicts"), "\(markdown)")
        #expect(!markdown.contains("deleted-one"))
    }

    @Test("Notes show their literal text: no script, emphasis, code, list, table or link; newlines are breaks")
    func escaping() {
        let html = Self.englishHTML
        for tag in ["<script", "<em>", "<code>", "<ul>", "<ol>", "<li>", "<table", "<a ", "<hr", "<h4", "<b>"] {
            #expect(!html.contains(tag), "Ink made \(tag)")
        }
        #expect(html.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt;"))
        let paragraphs = Support.captures("<p>(.*?)</p>", in: html).map(Support.plainText)
        for note in [ExportFixture.scriptNote, ExportFixture.formula, "a | b * c * d, e", "+1 line\nsecond `line`",
                     "line one\nline two with `code` and **bold** and # hash\n\n  1. not a list",
                     "-minus start, @at, \ttab", "orphan, with comma"] {
            #expect(paragraphs.contains(note), "note not shown as written: \(note)")
        }
    }

    @Test("Headings and labels in Traditional Chinese")
    func chinese() {
        let html = MarkdownParser().html(from: MarkdownExporter.export(ExportFixture.export, language: .traditionalChinese))
        #expect(Support.captures("<h2>(.*?)</h2>", in: html) == ["第 1 節", "第 2 節", "未定位的註記", "矛盾"])
        #expect(Support.captures("<h3>(.*?)</h3>", in: html) == ["第 1 組", "第 2 組"])
        let sideA = ExportFixture.export.annotation(withID: "side-a")!
        let sideB = ExportFixture.export.annotation(withID: "side-b")!
        #expect(html.contains("<strong>矛盾</strong> · ¶\(sideB.paragraph! + 1) · 我的筆記 · 與之矛盾：「乙說&lt;錯&gt;」 (¶\(sideA.paragraph! + 1))"), "\(html)")
    }

    @Test("Block markers at the start of a line stay text")
    func lineStarts() {
        for text in ["- item", "+ item", "1. item", "12) item", "# heading", "===", "    code", "> quote", "***", "| a | b |", "<div>"] {
            let html = MarkdownParser().html(from: MarkdownEscaping.paragraph(text))
            #expect(Support.captures("^<p>(.*)</p>$", in: html).map(Support.plainText) == [text], "\(text) → \(html)")
        }
        #expect(MarkdownEscaping.heading("C# notes #\nnext") == "C&#35; notes &#35; next")
    }

    @Test("The essay: a block quote per annotation and per side of each of its 20 pairs")
    func essay() throws {
        let essay = try ExportFixture.essay()
        let markdown = MarkdownExporter.export(essay, language: .traditionalChinese)
        let html = MarkdownParser().html(from: markdown)
        #expect(essay.contradictionPairs.count == 20)
        #expect(Support.count("<blockquote>", in: html) == essay.annotations.count + 2 * essay.contradictionPairs.count)
        #expect(Support.captures("<h2>(.*?)</h2>", in: html).last == "矛盾")
        #expect(!html.contains("<em>") && !html.contains("<code>") && !html.contains("<li>"))
    }
}
