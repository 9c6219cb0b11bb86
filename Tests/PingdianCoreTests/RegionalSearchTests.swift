import Foundation
@testable import PingdianCore
import Testing

/// Search finds a word's regional variants with OpenCC's phrase conversion — the mainland word
/// finds the Taiwan one and back — on top of the character folding, with exact offsets on the
/// text's own characters (issue 13, item 25).
@Suite("Regional vocabulary in search")
struct RegionalSearchTests {
    /// A text with one Taiwan word and one mainland word of each pair.
    static let document = TextDocument(title: "t", text: "台灣說晶片、軟體、網路、資訊；大陸說芯片、软件、网络、信息。")

    /// The offsets of `word` in the document.
    static func range(of word: String) -> Range<Int> {
        let scalars = Array(document.scalars)
        let needle = Array(word.unicodeScalars)
        let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
        return start..<(start + needle.count)
    }

    @Test("OpenCC is here and converts phrases, not only characters")
    func openCC() {
        #expect(PhraseConversion.convert("芯片", .s2twp) == "晶片")
        #expect(PhraseConversion.convert("晶片", .tw2sp) == "芯片")
        #expect(PhraseConversion.convert("", .s2twp) == "")
    }

    @Test("Each word of a pair finds both, at their exact offsets", arguments: [
        ("芯片", "晶片"), ("软件", "軟體"), ("网络", "網路"), ("信息", "資訊"),
    ])
    func pairs(mainland: String, taiwan: String) throws {
        let search = TextSearch(document: Self.document)
        let expected = [Self.range(of: taiwan), Self.range(of: mainland)]
        for typed in [mainland, taiwan] {
            let query = try #require(SearchQuery(typed))
            #expect(search.matches(of: query, in: 0..<Self.document.scalarCount) == expected, "\(typed)")
            #expect(search.countMatches(of: query, isCancelled: { false }) == 2)
            #expect(search.nextMatch(of: query, from: 0, forward: true) == expected[0])
            #expect(search.nextMatch(of: query, from: expected[0].lowerBound + 1, forward: true) == expected[1])
            #expect(search.nextMatch(of: query, from: Self.document.scalarCount, forward: false) == expected[1])
        }
    }

    @Test("A form that holds another is searched through it: 算法 finds 演算法 once, not twice")
    func containedForms() throws {
        let document = TextDocument(title: "t", text: "演算法與算法")
        let search = TextSearch(document: document)
        let query = try #require(SearchQuery("算法"))
        #expect(search.matches(of: query, in: 0..<document.scalarCount) == [1..<3, 4..<6])
        #expect(search.countMatches(of: query, isCancelled: { false }) == 2)
    }

    @Test("Latin and words without a regional variant search as before")
    func unchanged() throws {
        #expect(try #require(SearchQuery("DeepSeek")).alternatives.count == 1)
        #expect(try #require(SearchQuery("批評")).alternatives.count == 1)
    }

    @Test("An annotation's quote or note is searched the same way (/@)")
    func annotationText() throws {
        #expect(TextSearch.matches(try #require(SearchQuery("芯片")), in: "美國的晶片出口"))
        #expect(!TextSearch.matches(try #require(SearchQuery("芯片")), in: "美國的出口"))
    }
}
