import Testing
@testable import PingdianCore

/// A paragraph can be a whole file on one line. Layout is linear in its length (about 1 µs a
/// scalar in a debug build: a 5 MB line of one unbreakable word takes ~4 s debug); these tests
/// check that such paragraphs come out whole, not how fast (timing lives in the benchmarks,
/// Docs/benchmarks.md).
@Suite struct LayoutLongParagraphTests {
    private func check(_ text: String, width: Int) {
        let document = LayoutTestSupport.document(text)
        let options = LayoutOptions(width: width, indentParagraphs: true, punctuation: .full)
        let layout = LayoutTestSupport.layout(text, width: width, indent: true, punctuation: .full)
        let problems = LayoutInvariants.problems(layout, of: document, options: options)
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        #expect(layout.lines.count >= document.scalarCount / width)
    }

    @Test func aLongLineOfChineseProse() {
        check(String(repeating: "DeepSeek 的影響力被誇大了—— V3 確實是個創新,但不可能花那麼少的錢。", count: 4_000), width: 80)
    }

    /// One unit of 200 000 scalars: every line is a split inside it, found without rescanning it.
    @Test func aLongLineWithNoBreakOpportunity() {
        check(String(repeating: "x", count: 200_000), width: 80)
        check(String(repeating: "「", count: 50_000), width: 79)
    }

    @Test func aLongRunOfSpacesHangsOnOneLine() {
        let text = "a" + String(repeating: " ", count: 100_000) + "b"
        let layout = LayoutTestSupport.layout(text, width: 40)
        #expect(layout.lines.map(\.displayText) == ["a" + String(repeating: " ", count: 39), "b"])
        #expect(layout.lines.map(\.range) == [0..<100_001, 100_001..<100_002])
    }
}
