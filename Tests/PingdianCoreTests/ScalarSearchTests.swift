import Testing
@testable import PingdianCore
import PingdianFixtures

/// The SIMD occurrence search and the outward search against plain scans.
@Suite struct ScalarSearchTests {
    static func naive(_ needle: [Unicode.Scalar], _ haystack: [Unicode.Scalar], _ starts: Range<Int>) -> [Int] {
        guard needle.count <= haystack.count else { return [] }
        return (0...(haystack.count - needle.count)).filter {
            starts.contains($0) && haystack[$0..<$0 + needle.count].elementsEqual(needle)
        }
    }

    @Test(arguments: [1, 2, 3, 9])
    func occurrencesAgreeWithAPlainScan(needleLength: Int) {
        var generator = SplitMix(seed: UInt64(needleLength) * 31)
        let alphabet: [Unicode.Scalar] = ["中", "國", "𠀀"]
        for haystackLength in [0, 1, 7, 8, 9, 15, 16, 17, 100] {
            let haystack = (0..<haystackLength).map { _ in alphabet[Int(generator.next() % 3)] }
            let needle = (0..<needleLength).map { _ in alphabet[Int(generator.next() % 2)] }
            for starts in [0..<haystackLength + 1, 3..<max(3, haystackLength - 2), 9..<12] {
                var found: [Int] = []
                needle.withUnsafeBufferPointer { needle in
                    haystack.withUnsafeBufferPointer { haystack in
                        ScalarSearch.forEachOccurrence(of: needle, in: haystack, starts: starts) { found.append($0) }
                    }
                }
                #expect(found == Self.naive(needle, haystack, starts), "\(haystackLength) \(starts)")
            }
        }
    }

    @Test func nearestOccurrenceLooksBothWaysAndPrefersTheEarlier() {
        let text = Array((String(repeating: "乙", count: 5000) + "甲" + String(repeating: "乙", count: 2999) + "甲").unicodeScalars)
        #expect(ScalarSearch.nearestOccurrence(of: ["甲"], in: text, to: 0) == 5000)
        #expect(ScalarSearch.nearestOccurrence(of: ["甲"], in: text, to: 7000) == 8000)
        #expect(ScalarSearch.nearestOccurrence(of: ["甲"], in: text, to: 6500) == 5000, "a tie goes to the earlier")
        #expect(ScalarSearch.nearestOccurrence(of: ["丙"], in: text, to: 6500) == nil)
    }
}
