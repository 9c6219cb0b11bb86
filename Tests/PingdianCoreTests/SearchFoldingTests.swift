import Testing
@testable import PingdianCore

/// Each folding rule of search, seen through the public API (Docs/search.md).
@Suite("Search folding")
struct SearchFoldingTests {
    /// The ranges of every match of `query` in `text`.
    static func find(_ query: String, in text: String) -> [Range<Int>] {
        let document = TextDocument(title: "t", text: text)
        guard let query = SearchQuery(query) else { return [] }
        return TextSearch(document: document).matches(of: query, in: 0..<document.scalarCount)
    }

    @Test("Simplified finds Traditional and Traditional finds Simplified")
    func script() {
        #expect(Self.find("强化学习", in: "透過強化學習的路徑") == [2..<6])
        #expect(Self.find("強化學習", in: "通过强化学习的路径") == [2..<6])
        #expect(Self.find("強化学習", in: "强化學习") == [0..<4], "mixed scripts on both sides")
        #expect(Self.find("后来", in: "後來") == [0..<2])
    }

    @Test("Full-width and half-width forms are one: ，and , ；and ; ideographic space and space")
    func width() {
        #expect(Self.find("甲，乙", in: "甲,乙") == [0..<3])
        #expect(Self.find("甲,乙", in: "甲，乙") == [0..<3])
        #expect(Self.find("；", in: "a;b") == [1..<2])
        #expect(Self.find("a b", in: "a　b") == [0..<3])
        #expect(Self.find("Ｈ１００", in: "H100 晶片") == [0..<4])
        #expect(Self.find("「引」", in: "｢引｣") == [0..<3], "half-width corner brackets")
    }

    @Test("Latin case: Ａ finds a, a finds Ａ, A and ａ")
    func latinCase() {
        #expect(Self.find("Ａ", in: "a") == [0..<1])
        #expect(Self.find("a", in: "Ａ A ａ a") == [0..<1, 2..<3, 4..<5, 6..<7])
        #expect(Self.find("deepseek", in: "DeepSeek-R1") == [0..<8])
        #expect(Self.find("élan", in: "ÉLAN") == [0..<4], "non-ASCII Latin too")
    }

    @Test("A match may cross a newline; the range includes it")
    func newline() {
        #expect(Self.find("强化学习", in: "甲強化\n學習乙") == [1..<6])
        #expect(Self.find("強化\n學習", in: "強化學習") == [0..<4], "a newline in the query is dropped too")
        #expect(Self.find("化學", in: "強化\n\n\n學習") == [1..<6], "several newlines")
        #expect(Self.find("\n", in: "甲\n乙") == [], "a query of only newlines is no query")
    }

    @Test("ICU's per-scalar Hant-Hans: corner brackets fold with curly quotes, 發 and 髮 with 发")
    func icuMerges() {
        #expect(Self.find("“算力”", in: "「算力」") == [0..<4])
        #expect(Self.find("頭發", in: "頭髮") == [0..<2], "a merge: the Traditional query also finds the other character")
    }

    @Test("An empty query is no query")
    func emptyQuery() {
        #expect(SearchQuery("") == nil)
        #expect(SearchQuery("\n\n") == nil)
        #expect(SearchQuery("學")?.folded.count == 1)
    }

    @Test("Annotations: a quote or a note holds the query, folded the same way")
    func annotationText() throws {
        let query = try #require(SearchQuery("强化学习"))
        #expect(TextSearch.matches(query, in: "DeepSeek 在強化\n學習的路徑上"))
        #expect(!TextSearch.matches(query, in: "強化學"))
        #expect(!TextSearch.matches(query, in: ""))
        #expect(TextSearch.matches(try #require(SearchQuery("ａｎｔｈｒｏｐｉｃ")), in: "Anthropic"))
    }
}
