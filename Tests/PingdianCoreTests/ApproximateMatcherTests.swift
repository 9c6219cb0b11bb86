import Testing
@testable import PingdianCore
import PingdianFixtures

/// The bit-parallel matcher and the start search against a plain dynamic programme.
@Suite struct ApproximateMatcherTests {
    /// For each end 1...n, the smallest edit distance between `pattern` and a substring ending there.
    static func naiveDistances(_ pattern: [Unicode.Scalar], _ text: [Unicode.Scalar]) -> [Int] {
        var column = Array(0...pattern.count)
        var result: [Int] = []
        for scalar in text {
            var next = [0]
            for row in 1...pattern.count {
                next.append(min(column[row - 1] + (pattern[row - 1] == scalar ? 0 : 1), column[row] + 1, next[row - 1] + 1))
            }
            column = next
            result.append(column[pattern.count])
        }
        return result
    }

    static func randomScalars(_ count: Int, alphabet: [Unicode.Scalar], using generator: inout SplitMix) -> [Unicode.Scalar] {
        (0..<count).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
    }

    @Test(arguments: [1, 5, 63, 64, 65, 100, 130, 200])
    func distancesAgreeWithTheDynamicProgramme(patternLength: Int) {
        var generator = SplitMix(seed: UInt64(patternLength))
        let alphabet: [Unicode.Scalar] = ["中", "國", "的", "𠀀", "a"]
        for _ in 0..<5 {
            let pattern = Self.randomScalars(patternLength, alphabet: alphabet, using: &generator)
            let text = Self.randomScalars(300, alphabet: alphabet, using: &generator)
            let expected = Self.naiveDistances(pattern, text)
            var found = [Int](repeating: -1, count: text.count)
            text.withUnsafeBufferPointer { buffer in
                BitParallelMatcher(pattern: pattern).forEachMatchEnd(in: buffer, ends: 0..<text.count + 1, maxErrors: patternLength) { end, errors in
                    found[end - 1] = errors
                }
            }
            #expect(found == expected)
        }
    }

    @Test func aWindowOfEndsSeesMatchesThatBeganBeforeIt() {
        let text = Array("甲乙丙丁戊己庚辛".unicodeScalars)
        let pattern = Array("丙丁戊".unicodeScalars)
        var reports: [Int: Int] = [:]
        text.withUnsafeBufferPointer { buffer in
            BitParallelMatcher(pattern: pattern).forEachMatchEnd(in: buffer, ends: 5..<6, maxErrors: 0) { reports[$0] = $1 }
        }
        #expect(reports == [5: 0])
    }

    @Test func bestStartPrefersTheLengthOfThePattern() {
        // "乙丙丁戊" with 乙 replaced by 子: a substitution (start 1) rather than a deletion (start 2).
        let text = Array("甲子丙丁戊己".unicodeScalars)
        let pattern = Array("乙丙丁戊".unicodeScalars)
        text.withUnsafeBufferPointer { buffer in
            let (errors, starts) = AlignmentStart.bestStarts(of: pattern, endingAt: 5, in: buffer, maxErrors: 2)
            #expect(errors == 1)
            #expect(starts == [1, 2])
        }
    }

    @Test func bestDistanceLooksOnlyInsideTheWindow() {
        let text = Array("一二三四五六七八".unicodeScalars)
        text.withUnsafeBufferPointer { buffer in
            let matcher = BitParallelMatcher(pattern: Array("三四".unicodeScalars))
            #expect(matcher.bestDistance(in: buffer, within: 0..<8) == 0)
            #expect(matcher.bestDistance(in: buffer, within: 3..<8) == 1)
            #expect(matcher.bestDistance(in: buffer, within: 5..<8) == 2)
            #expect(matcher.bestDistance(in: buffer, within: -5..<0) == 2)
        }
    }
}
