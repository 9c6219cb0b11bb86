import Testing
@testable import PingdianCore

/// Word, sentence and line boundaries from ICU, in scalar offsets.
@Suite struct LayoutBoundaryTests {
    private func pieces(_ kind: TextBoundaries.Kind, _ text: String) -> [String] {
        let document = TextDocument(title: "t", text: text)
        let bounds = TextBoundaries.boundaries(kind, in: 0..<document.scalarCount, of: document)
        return zip(bounds, bounds.dropFirst()).map { document.text(in: $0..<$1) }
    }

    @Test func chineseWordsComeFromTheDictionary() {
        #expect(pieces(.word, "我們還原一下他的論述") == ["我們", "還原", "一下", "他的", "論述"])
    }

    @Test func latinWordsAndPunctuationAreSegments() {
        #expect(pieces(.word, "DeepSeek 模型,很好。") == ["DeepSeek", " ", "模型", ",", "很好", "。"])
    }

    @Test func sentencesEndAfterStops() {
        #expect(pieces(.sentence, "他來了。我走了!好嗎?是的") == ["他來了。", "我走了!", "好嗎?", "是的"])
    }

    @Test func lineOpportunitiesAreUntailoredICU() {
        #expect(pieces(.line, "用DeepSeek-V3模型") == ["用", "DeepSeek-", "V3", "模", "型"])
    }

    @Test func offsetsCountScalarsNotUTF16() {
        // U+20000 is two UTF-16 units but one scalar: offsets must not drift after it.
        let document = TextDocument(title: "t", text: "𠀀我們還原")
        let bounds = TextBoundaries.boundaries(.word, in: 0..<5, of: document)
        #expect(bounds.first == 0 && bounds.last == 5)
        #expect(bounds.contains(3))
        #expect(TextBoundaries.segment(.word, containing: 4, in: 0..<5, of: document) == 3..<5)
    }

    @Test func boundariesOfAStretchAreDocumentOffsets() {
        let document = TextDocument(title: "t", text: "abc\n我們還原一下")
        let range = document.paragraphs[1].range
        #expect(TextBoundaries.boundaries(.word, in: range, of: document) == [4, 6, 8, 10])
        #expect(TextBoundaries.segment(.word, containing: 7, in: range, of: document) == 6..<8)
        #expect(TextBoundaries.segment(.word, containing: 99, in: range, of: document) == 8..<10)
        #expect(TextBoundaries.boundaries(.sentence, in: 2..<2, of: document) == [2])
    }
}
