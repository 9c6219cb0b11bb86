@testable import DictionaryFormat
import PingdianCore
@testable import PingdianDictionary
import PingdianTexts
import Testing

/// Which word breaks give a reader better words on the essay (issue 16 item 4): ICU's, or the
/// longest headword of CC-CEDICT at each place — measured on terms a reader of the essay moves
/// by, and reported in Docs/dictionary.md.
@Suite("Word breaks: ICU against the dictionary")
struct WordBreakMeasurementTests {
    static let terms = ["人工智慧", "出口管制", "強化學習", "算力", "推理模型", "單極世界", "大語言模型", "開源", "顯示卡", "矽谷"]

    static var essay: TextDocument {
        try! TextDecoder.decode(EmbeddedFiles.bytes(named: BundledText.essayFileName)!, title: "essay").0
    }

    /// The word boundaries of a paragraph by the longest headword at each place (a character
    /// alone where none starts), as scalar offsets.
    static func dictionaryBoundaries(_ scalars: ArraySlice<Unicode.Scalar>, index: DictionaryIndex) -> Set<Int> {
        var bounds: Set<Int> = [scalars.startIndex, scalars.endIndex]
        var offset = scalars.startIndex
        while offset < scalars.endIndex {
            var length = min(DictionaryIndex.longestHeadword, scalars.endIndex - offset)
            while length > 1, !index.hasHeadword(String(String.UnicodeScalarView(scalars[offset..<(offset + length)]))) { length -= 1 }
            offset += length
            bounds.insert(offset)
        }
        return bounds
    }

    /// For each term occurrence: whether the term is one word, and whether it is whole (no word
    /// crosses its edges), under each way of breaking.
    @Test("On the essay's terms, ICU's words joined into the dictionary's keep every term whole and most as one word; ICU alone splits them")
    func measure() throws {
        let index = try #require(BundledDictionary.index)
        let document = Self.essay
        let scalars = document.scalars
        var icuOne = 0, icuWhole = 0, dictionaryOne = 0, dictionaryWhole = 0, mergedOne = 0, mergedWhole = 0, total = 0
        var byTerm: [String: [Int]] = [:]
        for paragraph in document.paragraphs {
            let range = paragraph.range
            let icu = Set(TextBoundaries.boundaries(.word, in: range, of: document))
            let dictionary = Self.dictionaryBoundaries(scalars[range], index: index)
            // What the reader uses (DictionaryIndex.wordBoundaries): ICU's words joined into the dictionary's.
            let merged = Set(index.wordBoundaries(scalars[range], icu: TextBoundaries.boundaries(.word, in: range, of: document)))
            let text = Array(scalars[range])
            for term in Self.terms {
                let target = Array(term.unicodeScalars)
                guard text.count >= target.count else { continue }
                for start in 0...(text.count - target.count) where Array(text[start..<(start + target.count)]) == target {
                    total += 1
                    let lower = range.lowerBound + start
                    let upper = lower + target.count
                    let inside = (lower + 1)..<upper
                    if icu.contains(lower) && icu.contains(upper) { icuWhole += 1 }
                    if icu.contains(lower) && icu.contains(upper) && !inside.contains(where: icu.contains) { icuOne += 1 }
                    if dictionary.contains(lower) && dictionary.contains(upper) { dictionaryWhole += 1 }
                    if dictionary.contains(lower) && dictionary.contains(upper) && !inside.contains(where: dictionary.contains) { dictionaryOne += 1 }
                    if merged.contains(lower) && merged.contains(upper) { mergedWhole += 1 }
                    let one = [icu, dictionary, merged].map { $0.contains(lower) && $0.contains(upper) && !inside.contains(where: $0.contains) ? 1 : 0 }
                    if one[2] == 1 { mergedOne += 1 }
                    byTerm[term, default: [0, 0, 0, 0]][0] += 1
                    for way in 0..<3 { byTerm[term]![way + 1] += one[way] }
                }
            }
        }
        // The figures Docs/dictionary.md gives.
        #expect(total == 78)
        #expect(icuOne == 7 && icuWhole == 78)
        #expect(dictionaryOne == 43 && dictionaryWhole == 75)
        #expect(mergedOne == 46 && mergedWhole == 78, "the reader's breaks: the best of both")
        #expect(byTerm["人工智慧"] == [18, 0, 15, 18])
    }
}
