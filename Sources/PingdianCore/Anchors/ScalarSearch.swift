/// Plain searches over arrays of scalars, for anchors and reading positions.
enum ScalarSearch {
    /// Whether `needle` occurs in `haystack` starting at `offset`.
    static func matches(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], at offset: Int) -> Bool {
        guard offset >= 0, offset + needle.count <= haystack.count else { return false }
        for index in needle.indices where needle[index] != haystack[offset + index] { return false }
        return true
    }

    /// The start offsets of every occurrence of a non-empty `needle`, overlapping ones included, in order.
    static func occurrences(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Int] {
        guard let first = needle.first, needle.count <= haystack.count else { return [] }
        var found: [Int] = []
        var offset = 0
        let last = haystack.count - needle.count
        while offset <= last {
            if haystack[offset] == first && matches(needle, in: haystack, at: offset) { found.append(offset) }
            offset += 1
        }
        return found
    }

    /// The occurrence of a non-empty `needle` whose start is nearest to `offset` (the earlier on a tie).
    static func nearestOccurrence(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], to offset: Int) -> Int? {
        occurrences(of: needle, in: haystack).min { abs($0 - offset) < abs($1 - offset) }
    }

    /// How many scalars at the end of `context` equal those just before `offset` in `haystack`.
    static func commonSuffixCount(_ context: [Unicode.Scalar], in haystack: [Unicode.Scalar], endingAt offset: Int) -> Int {
        var count = 0
        while count < context.count, offset - count - 1 >= 0,
              context[context.count - count - 1] == haystack[offset - count - 1] {
            count += 1
        }
        return count
    }

    /// How many scalars at the start of `context` equal those from `offset` on in `haystack`.
    static func commonPrefixCount(_ context: [Unicode.Scalar], in haystack: [Unicode.Scalar], startingAt offset: Int) -> Int {
        var count = 0
        while count < context.count, offset + count < haystack.count, context[count] == haystack[offset + count] {
            count += 1
        }
        return count
    }
}
