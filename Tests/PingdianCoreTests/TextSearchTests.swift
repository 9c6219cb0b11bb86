import PingdianTexts
import Testing
@testable import PingdianCore
import PingdianFixtures

/// Offsets, directions, ranges, counting and cancellation of ``TextSearch``.
@Suite("Text search")
struct TextSearchTests {
    static func search(_ text: String) -> TextSearch { TextSearch(document: TextDocument(title: "t", text: text)) }

    static func query(_ text: String) -> SearchQuery { SearchQuery(text)! }

    @Test("Astral characters count as one offset, before and inside the match")
    func astral() {
        let search = Self.search("𠀀𠀁強化𪚥學習\n𠀀")
        #expect(search.matches(of: Self.query("化𪚥学"), in: 0..<9) == [3..<6])
        #expect(search.matches(of: Self.query("強"), in: 0..<9) == [2..<3])
        #expect(search.document.text(in: 3..<6) == "化𪚥學")
        #expect(search.nextMatch(of: Self.query("習𠀀"), from: 0, forward: true) == 6..<9, "astral after a newline")
    }

    @Test("A match that spans a newline maps back to the original range, newline included")
    func spanningNewline() {
        let search = Self.search("甲𠀀強化\n學習乙")
        let range = search.nextMatch(of: Self.query("强化学习"), from: 0, forward: true)
        #expect(range == 2..<7)
        #expect(range.map(search.document.text(in:)) == "強化\n學習")
    }

    @Test("nextMatch forward: the first match at or after the offset; backward: the last before it")
    func directions() {
        // Matches at 0..<2, 3..<5 and 6..<9 (across a newline).
        let search = Self.search("學習 学习 學\n習")
        let query = Self.query("学习")
        #expect(search.nextMatch(of: query, from: 0, forward: true) == 0..<2)
        #expect(search.nextMatch(of: query, from: 1, forward: true) == 3..<5)
        #expect(search.nextMatch(of: query, from: 4, forward: true) == 6..<9)
        #expect(search.nextMatch(of: query, from: 7, forward: true) == nil)
        #expect(search.nextMatch(of: query, from: 9, forward: false) == 6..<9)
        #expect(search.nextMatch(of: query, from: 6, forward: false) == 3..<5)
        #expect(search.nextMatch(of: query, from: 3, forward: false) == 0..<2)
        #expect(search.nextMatch(of: query, from: 0, forward: false) == nil)
        #expect(search.nextMatch(of: query, from: -5, forward: true) == 0..<2, "offsets are clamped")
        #expect(search.nextMatch(of: query, from: 500, forward: false) == 6..<9)
    }

    @Test("matches(in:) returns the matches that overlap the range, those reaching in from either side included")
    func matchesInRange() {
        // 學習 at 0, 4, 8 and 12; the last one spans a newline (12..<15).
        let search = Self.search("學習甲乙學習丙丁學習戊己學\n習")
        let query = Self.query("学习")
        #expect(search.matches(of: query, in: 5..<9) == [4..<6, 8..<10])
        #expect(search.matches(of: query, in: 6..<8) == [])
        #expect(search.matches(of: query, in: 14..<15) == [12..<15], "a match that starts before the range, across a newline")
        #expect(search.matches(of: query, in: 3..<3) == [])
        #expect(search.matches(of: query, in: -10..<100) == [0..<2, 4..<6, 8..<10, 12..<15])
    }

    @Test("Overlapping occurrences are all matches")
    func overlapping() {
        let search = Self.search("哈哈哈")
        #expect(search.matches(of: Self.query("哈哈"), in: 0..<3) == [0..<2, 1..<3])
        #expect(search.countMatches(of: Self.query("哈哈"), isCancelled: { false }) == 2)
    }

    @Test("countMatches finds every 強化學習 of the essay with a Simplified query")
    func countEssay() throws {
        let bytes = EmbeddedFiles.bytes(named: BundledText.essayFileName) ?? []
        let essay = try TextDecoder.decode(bytes, title: "essay").0
        let search = TextSearch(document: essay)
        let query = Self.query("强化学习")
        let plain = essay.text(in: 0..<essay.scalarCount).components(separatedBy: "強化學習").count - 1
        #expect(plain == 14)
        #expect(search.countMatches(of: query, isCancelled: { false }) == plain)
        #expect(search.matches(of: query, in: 0..<essay.scalarCount).allSatisfy { essay.text(in: $0) == "強化學習" })
    }

    @Test("countMatches returns nil when cancelled, and stops asking then")
    func cancellation() {
        let text = String(repeating: "學習，", count: 200_000)  // 600 K scalars: three stretches
        let search = Self.search(text)
        let query = Self.query("学习")
        #expect(search.countMatches(of: query, isCancelled: { false }) == 200_000)
        var asked = 0
        let result = search.countMatches(of: query, isCancelled: { asked += 1; return asked == 2 })
        #expect(result == nil)
        #expect(asked == 2)
        #expect(search.countMatches(of: query, isCancelled: { true }) == nil)
    }

    @Test("Searches on several threads at once agree (the fold's cache is shared)")
    func concurrent() async {
        // Many distinct Han characters, so that the threads fill the cache together.
        let scalars = (0..<60_000).map { Unicode.Scalar(0x4E00 + UInt32($0 * 7919 % 20_000))! }
        let search = TextSearch(document: TextDocument(title: "c", scalars: scalars + Array("強化學習".unicodeScalars)))
        let query = Self.query("强化学习")
        let counts = await withTaskGroup(of: Int?.self) { group in
            for _ in 0..<4 { group.addTask { search.countMatches(of: query, isCancelled: { false }) } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts.count == 4)
        #expect(Set(counts).count == 1)
        #expect(counts.first == search.matches(of: query, in: 0..<search.document.scalarCount).count)
    }

    /// Every match by brute force: fold each scalar alone, drop newlines, compare at every start.
    static func reference(_ query: SearchQuery, in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        let kept = scalars.indices.filter { scalars[$0] != "\n" }
        let folded = kept.map { SearchFolding.fold([scalars[$0]])[0] }
        let needle = query.folded
        guard needle.count <= folded.count else { return [] }
        return (0...(folded.count - needle.count)).filter { Array(folded[$0..<$0 + needle.count]) == needle }
            .map { kept[$0]..<kept[$0 + needle.count - 1] + 1 }
    }

    @Test("Random texts across stretch boundaries agree with a brute-force search", arguments: [1, 2, 3, 5])
    func agreesWithReference(queryLength: Int) {
        var random = SplitMix(seed: UInt64(queryLength) * 7919)
        let alphabet: [Unicode.Scalar] = ["強", "强", "學", "学", "\n", "\n", "𠀀", "Ａ", "a", "，", ","]
        for length in [0, 1, 9, 4_100, 12_500] {
            let scalars = (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            let document = TextDocument(title: "r", scalars: scalars)
            let search = TextSearch(document: document)
            var text = String.UnicodeScalarView()
            while text.count < queryLength {
                let scalar = alphabet[Int(random.next() % UInt64(alphabet.count))]
                if scalar != "\n" { text.append(scalar) }
            }
            let query = SearchQuery(String(text))!
            let expected = Self.reference(query, in: scalars)
            #expect(search.matches(of: query, in: 0..<length) == expected, "length \(length)")
            #expect(search.countMatches(of: query, isCancelled: { false }) == expected.count)
            for offset in [0, 1, length / 3, 4_095, 4_096, length - 1, length] where offset >= 0 && offset <= length {
                let after = expected.first { $0.lowerBound >= offset }
                let before = expected.last { $0.lowerBound < offset }
                #expect(search.nextMatch(of: query, from: offset, forward: true) == after, "length \(length) from \(offset)")
                #expect(search.nextMatch(of: query, from: offset, forward: false) == before, "length \(length) from \(offset)")
            }
            if length > 100 {
                let visible = length / 2..<length / 2 + 80
                #expect(search.matches(of: query, in: visible) == expected.filter { $0.overlaps(visible) })
            }
        }
    }
}
