import PropertyBased
import Testing
@testable import PingdianCore

/// `TextAnchor.resolve` after random edits, and on anchors with hostile offsets (Docs/faults.md).
@Suite("Property: re-anchoring")
struct AnchorPropertyTests {
    static let essay = ModelFixtures.essay

    /// An edit of the essay: replace `length` scalars at `offset` with `insert`.
    struct Edit: CustomStringConvertible {
        var offset: Int
        var length: Int
        var insert: String
        var description: String { "replace \(length) at \(offset) with \(insert.debugDescription)" }

        func apply(to scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
            var result = scalars
            let start = min(offset, result.count)
            result.replaceSubrange(start..<min(result.count, start + length), with: insert.unicodeScalars)
            return result
        }
    }

    static let edit = zip(Gen.int(in: 0...3000), Gen.int(in: 0...40), Fuzz.hostileText(0...30))
        .map { Edit(offset: $0, length: $1, insert: $2) }.eraseToAny()

    @Test("After a random edit elsewhere an exact anchor stays exact at its shifted place; no edit crashes resolve")
    func editsElsewhere() async {
        let input = zip(Gen.int(in: 0...2900), Gen.int(in: 1...40), Self.edit)
        await propertyCheck(count: Fuzz.cases(150), input: input) { start, length, edit in
            Fuzz.note("anchor edit", "anchor \(start) +\(length), \(edit)")
            let essay = Self.essay
            let range = start..<min(start + length, essay.scalarCount)
            let anchor = TextAnchor.make(range: range, in: essay)
            let edited = TextDocument(title: "edited", scalars: edit.apply(to: essay.scalars))
            let match = anchor.resolve(in: edited)
            let editEnd = edit.offset + edit.length
            if editEnd <= range.lowerBound {
                // Before the quote: it shifts by what the edit added.
                // Exact when it did not move; else found again there (a quote of 8 scalars or more
                // cannot be mistaken for a chance copy at the old offset or elsewhere).
                let shift = edit.insert.unicodeScalars.count - (min(editEnd, essay.scalarCount) - min(edit.offset, essay.scalarCount))
                let shifted = range.lowerBound + shift..<range.upperBound + shift
                if shift == 0 {
                    #expect(match == .exact(range), "\(match)")
                } else if range.count >= 8 {
                    #expect(match == .relocated(shifted, distance: abs(shift)), "\(match)")
                } else {
                    #expect(match.range != nil, "\(match)")
                }
            } else if edit.offset >= range.upperBound {
                #expect(match == .exact(range), "\(match)")
            } else if let found = match.range {
                #expect(found.lowerBound >= 0 && found.upperBound <= edited.scalarCount)
            }
            if let found = match.range {
                // What is saved for the match reads back as an exact match at the same place.
                let saved = anchor.reanchored(for: match, in: edited)
                #expect(saved.resolve(in: edited).range == found)
            }
        }
    }

    @Test("Anchors with hostile offsets and quotes (negative, huge, Int.max, empty, past the end) resolve without crashing")
    func hostileAnchors() async {
        let offsets = Gen.int(in: Int.min...Int.max)
        let smallOffsets = Gen.int(in: -5...3100)
        let edgeOffsets = Gen<Int?>.element(of: [Int.min, Int.min + 1, -1, 0, Int.max - 40, Int.max - 1, Int.max]).map { $0! }
        let offset = Gen<Int>.oneOf(offsets, smallOffsets, edgeOffsets)
        let quote = Gen<String>.oneOf(
            Fuzz.hostileText(0...20),
            Gen.int(in: 0...3000).map { start in Self.essay.text(in: start..<start + 12) })
        let input = zip(quote, Fuzz.hostileText(0...40), Fuzz.hostileText(0...40), offset, offset)
        await propertyCheck(count: Fuzz.cases(200), input: input) { exact, prefix, suffix, start, end in
            Fuzz.note("anchor hostile", "\(exact.debugDescription) \(prefix.debugDescription) \(suffix.debugDescription) \(start) \(end)")
            let anchor = TextAnchor(exact: exact, prefix: prefix, suffix: suffix, start: start, end: end)
            for document in [Self.essay, TextDocument(title: "short", text: "甲乙丙"), TextDocument(title: "empty", text: "")] {
                let match = anchor.resolve(in: document)
                if let range = match.range {
                    #expect(range.lowerBound >= 0 && range.upperBound <= document.scalarCount)
                    _ = anchor.reanchored(for: match, in: document)
                }
            }
        }
    }
}
