import Testing
@testable import PingdianCore

/// The acceptance criteria on the bundled essay, at every width a pane is likely to have.
@Suite struct LayoutEssayTests {
    static let styles: [(PunctuationStyle, Bool)] = [(.original, false), (.original, true), (.full, false), (.full, true)]

    /// Nothing lost or reordered, no line too wide, no raw control, and no clreq rule broken —
    /// except a Latin word that is wider than the whole line, which must be split.
    ///
    /// Such words exist: `“Constitutional` (15 columns: the opening quote may not end a line),
    /// `Schrittwieser` (13), `DeepSeek-V3` and `DeepSeek-R1` (11, split after the hyphen), and
    /// with `--punct full` `「 DeepSeek` (11: `「` and the space after it may not end a line).
    @Test(arguments: styles)
    func everyWidthFrom10To200(style: PunctuationStyle, indent: Bool) {
        LayoutTestSupport.activateLocale()
        let essay = LayoutTestSupport.essay
        #expect(essay.paragraphs.count > 30)
        var failures: [String] = []
        var wordSplits = 0
        for width in 10...200 {
            let options = LayoutOptions(width: width, indentParagraphs: indent, punctuation: style)
            for index in essay.paragraphs.indices {
                let layout = LineLayout.layout(paragraph: index, of: essay, options: options)
                for problem in LayoutInvariants.problems(layout, of: essay, options: options) {
                    failures.append("width \(width) paragraph \(index): \(problem)")
                }
                for ruleBreak in LayoutInvariants.ruleBreaks(layout, of: essay) {
                    if ruleBreak.rule == "split word", wordWidth(around: ruleBreak, in: layout, of: essay) > width {
                        wordSplits += 1
                        continue
                    }
                    let lines = layout.lines[ruleBreak.line...(ruleBreak.line + 1)].map(\.displayText)
                    failures.append("width \(width) paragraph \(index): \(ruleBreak) in \(lines)")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(8))")
        #expect(wordSplits > 0, "the essay's long words should have needed splitting at width 10")
    }

    /// The columns of the Latin word cut by `ruleBreak`, with the quotes and brackets glued to it.
    private func wordWidth(around ruleBreak: LayoutInvariants.RuleBreak, in layout: ParagraphLayout, of document: TextDocument) -> Int {
        let range = document.paragraphs[layout.paragraph].range
        let scalars = document.scalars
        let cut = layout.lines[ruleBreak.line + 1].range.lowerBound
        func joins(_ offset: Int) -> Bool {
            let scalar = scalars[offset]
            if LayoutInvariants.isWord(scalar) { return true }
            return (scalar == "-" || scalar == ".") && offset > range.lowerBound && offset + 1 < range.upperBound
                && LayoutInvariants.isWord(scalars[offset - 1]) && LayoutInvariants.isWord(scalars[offset + 1])
        }
        var start = cut - 1
        while start > range.lowerBound, joins(start - 1) { start -= 1 }
        var end = cut
        while end < range.upperBound, joins(end) { end += 1 }
        // An opening quote or bracket may not end a line, even with spaces after it (they hang).
        while true {
            var before = start - 1
            while before > range.lowerBound, scalars[before] == " " { before -= 1 }
            guard before >= range.lowerBound, LayoutInvariants.isNoEnd(scalars[before]) else { break }
            start = before
        }
        while end < range.upperBound, LayoutInvariants.isNoStart(scalars[end]) { end += 1 }
        return layout.lines.flatMap(\.glyphs)
            .filter { $0.role != .indent && start <= $0.offsets.lowerBound && $0.offsets.upperBound <= end }
            .reduce(0) { $0 + $1.width }
    }

    /// `--punct full` changes what is drawn, never an offset: the same scalars, glyph for glyph.
    @Test func fullPunctuationKeepsEveryOffset() {
        LayoutTestSupport.activateLocale()
        let essay = LayoutTestSupport.essay
        var changed = 0
        for index in essay.paragraphs.indices {
            let original = LineLayout.layout(paragraph: index, of: essay, options: LayoutOptions(width: 10_000))
            let full = LineLayout.layout(paragraph: index, of: essay, options: LayoutOptions(width: 10_000, punctuation: .full))
            let originalGlyphs = original.lines.flatMap(\.glyphs)
            let fullGlyphs = full.lines.flatMap(\.glyphs)
            #expect(originalGlyphs.map(\.offsets) == fullGlyphs.map(\.offsets))
            for (before, after) in zip(originalGlyphs, fullGlyphs) where before.text != after.text {
                changed += 1
                #expect(DisplayPunctuation.fullWidthForm(of: before.text.unicodeScalars.first!) == after.text.unicodeScalars.first)
                #expect(after.width == 2)
            }
        }
        // The essay has 186 ASCII commas, mostly between Chinese characters.
        #expect(changed > 200)
    }

    /// The essay's own ASCII `,` after `Amodei` and before `一名` is shown full-width; the one in
    /// `Scale.ai` is no comma and the English `GPT-4` keeps its hyphen.
    @Test func fullPunctuationOnTheEssay() {
        LayoutTestSupport.activateLocale()
        let essay = LayoutTestSupport.essay
        let text = (0..<essay.paragraphs.count).map { index in
            LineLayout.layout(paragraph: index, of: essay, options: LayoutOptions(width: 10_000, punctuation: .full))
                .lines.map(\.displayText).joined()
        }.joined(separator: "\n")
        #expect(text.contains("CEO Dario Amodei，一名"))
        #expect(text.contains("「單極世界」（我很震驚"))
        #expect(text.contains("「Scaling Law」（即"))
        #expect(text.contains("「Constitutional AI」 （憲法"))
        #expect(text.contains("Scale.ai"))
        #expect(!text.contains(","))
    }
}
