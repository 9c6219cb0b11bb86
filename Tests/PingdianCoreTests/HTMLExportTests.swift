@testable import PingdianCore
import PingdianFixtures
import Testing

@Suite("HTML reading report")
struct HTMLExportTests {
    typealias Support = ExportTestSupport

    static let html = HTMLExporter.export(ExportFixture.export, language: .english)

    /// The note card with this id, up to its end (cards hold no nested div).
    static func card(_ id: String, in html: String) -> String? {
        Support.captures("(<div class=\"note [^\"]*\" id=\"\(id)\".*?</div>)", in: html).first
    }

    @Test("A self-contained HTML5 file: doctype, language, charset, inline style with print rules, nothing loaded")
    func skeleton() {
        let html = Self.html
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-Hant\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(html.contains("@media print{"))
        #expect(html.contains("default-src 'none'"))
        for forbidden in ["<script", "<link", "src=", "href=\"http", "url(", "@import"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
    }

    @Test("Every tag nests, every attribute is quoted, every text escaped")
    func wellNested() {
        let (problems, elements) = HTMLStructure.check(Self.html)
        #expect(problems == [])
        #expect(!HTMLStructure.check("<p><mark>a</p></mark>").problems.isEmpty, "the checker sees mis-nested tags")
        #expect(!HTMLStructure.check("<p title=\"a<b\">x > y</p>").problems.isEmpty, "the checker sees unescaped text")
        #expect(elements.filter { $0 == "mark" }.count == 11)
        #expect(!Self.html.contains("<b>"))
        #expect(Self.html.contains("<title>試 &lt;b&gt;&amp;&quot;title&quot;</title>"))
        #expect(Self.html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(Self.html.contains("=cmd|&#39; /C calc&#39;!A0"))
    }

    @Test("The whole text, paragraph by paragraph, with a break between sections")
    func wholeText() {
        let paragraphs = Support.captures("<p class=\"para\">(.*?)</p>", in: Self.html).map(Support.plainText)
        let document = ExportFixture.document
        #expect(paragraphs == document.paragraphs.map { document.text(in: $0.range) })
        #expect(Support.count("<hr class=\"break\">", in: Self.html) == 1)
        #expect(Support.captures("<section class=\"section\" id=\"(s-[0-9]+)\">", in: Self.html) == ["s-1", "s-2"])
    }

    @Test("Each annotation highlighted in its kind's class with a title; overlaps split into pieces")
    func highlights() {
        let html = Self.html
        let marks = Support.captures("(<mark [^>]*>)", in: html)
        // The passage id is on the first piece only.
        #expect(Support.captures("<mark [^>]* id=\"(a-[^\"]*)\"", in: html) == ["a-claim-1", "a-overlap", "a-side-a", "a-across", "a-mystery", "a-side-b", "a-inner", "a-dash"])
        #expect(marks.filter { $0.contains("data-id=\"overlap\"") }.count == 2)
        #expect(marks.filter { $0.contains("data-id=\"across\"") }.count == 2)
        #expect(marks.allSatisfy { $0.hasPrefix("<mark class=\"hl k-") && $0.contains(" title=\"") })
        #expect(html.contains("class=\"hl k-unknown-kind\""))
        #expect(html.contains(".k-contradiction{--c:#ff0000;"))
        // The text of each annotation's pieces, in order, is its quote (within one paragraph).
        for annotation in ExportFixture.export.annotations where annotation.id != "across" && annotation.range != nil {
            #expect(text(of: annotation.id, in: html) == annotation.quote, "\(annotation.id)")
        }
    }

    @Test("Contradiction sides link to each other both ways; the orphan card carries its passage id")
    func links() {
        let html = Self.html
        for (first, second) in ExportFixture.export.contradictionPairs {
            for (from, to) in [(first, second), (second, first)] {
                let card = Self.card(HTMLEscaping.noteID(from.id), in: html)
                #expect(card?.contains("href=\"#\(HTMLEscaping.passageID(to.id))\"") == true, "\(from.id) → \(to.id)")
                #expect(html.contains("id=\"\(HTMLEscaping.passageID(to.id))\""))
            }
        }
        #expect(Self.card("a-gone", in: html)?.contains("href=\"#a-claim-1\"") == true)
        #expect(Support.count("<li><a href=\"#a-[^\"]*\">[^<]*</a> ↔ <a href=\"#a-[^\"]*\">", in: html) == 2)
    }

    @Test("The legend counts each kind that occurs")
    func legend() {
        let entries = Support.captures("<li class=\"(k-[^\"]*)\"[^>]*><span class=\"swatch\"></span>[^<]*<span class=\"count\">([0-9]+)</span>", in: Self.html)
        #expect(entries == ["k-claim", "k-concession", "k-rebuttal", "k-contradiction", "k-irony", "k-unknown-kind"])
        #expect(Self.html.contains("<span class=\"swatch\"></span>Claim<span class=\"count\">3</span>"))
    }

    @Test("Ids and classes are ASCII tokens, one-to-one with the names")
    func tokens() {
        #expect(HTMLEscaping.token("c-mission-1") == "c-mission-1")
        #expect(HTMLEscaping.token("a b_\"矛") == "a_20b_5f_22_e7_9f_9b")
        #expect(HTMLEscaping.token("a_20") != HTMLEscaping.token("a 20"))
        #expect(HTMLEscaping.text("&<>\"'") == "&amp;&lt;&gt;&quot;&#39;")
    }

    /// The text inside the highlights of one annotation, piece after piece.
    func text(of id: String, in html: String) -> String {
        var result = ""
        var depth: [Bool] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            if depth.contains(true) { result += Support.decodeEntities(String(rest[..<open])) }
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[open...close]
            if tag.hasPrefix("<mark ") { depth.append(tag.contains("data-id=\"\(id)\"")) }
            if tag == "</mark>" { depth.removeLast() }
            rest = rest[rest.index(after: close)...]
        }
        return result
    }
}

@Suite("Highlights cut into nested pieces")
struct HighlightNestingTests {
    @Test("Random overlapping spans give well-nested steps that cover each span exactly")
    func random() {
        var generator = SplitMix(seed: 7)
        for _ in 0..<500 {
            let paragraph = 5..<45
            let spans = (0..<Int.random(in: 1...6, using: &generator)).map { index -> (index: Int, range: Range<Int>) in
                let start = Int.random(in: 0..<50, using: &generator)
                return (index, start..<(start + Int.random(in: 0...20, using: &generator)))
            }
            var open: [Int] = []
            var covered: [Int: [Int]] = [:]
            var text: [Int] = []
            var balanced = true
            for step in HighlightNesting.steps(in: paragraph, spans: spans) {
                switch step {
                case .open(let index): open.append(index)
                case .close: if open.popLast() == nil { balanced = false }
                case .text(let range):
                    text += Array(range)
                    for index in open { covered[index, default: []] += Array(range) }
                }
            }
            #expect(balanced && open.isEmpty)
            #expect(text == Array(paragraph))
            for span in spans {
                #expect((covered[span.index] ?? []) == Array(span.range.clamped(to: paragraph)), "\(spans)")
            }
        }
    }

    @Test("One span holding another stays one piece; a crossing span is split")
    func simple() {
        let steps = HighlightNesting.steps(in: 0..<10, spans: [(0, 0..<6), (1, 2..<4), (2, 5..<8)])
        #expect(steps == [.open(0), .text(0..<2), .open(1), .text(2..<4), .close, .text(4..<5), .open(2), .text(5..<6),
                          .close, .close, .open(2), .text(6..<8), .close, .text(8..<10)])
    }
}
