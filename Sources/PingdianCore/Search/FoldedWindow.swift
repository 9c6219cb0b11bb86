/// A stretch of a document folded for search, with the way back to the original offsets.
///
/// It folds the scalars of `range`, then goes on past its end until it has folded `trailing`
/// more (a query's length less one), so that a match that starts in the range is whole in the
/// window. Folding is one scalar for one, except that newlines are dropped; the window keeps
/// where it dropped them, so a folded index maps back to an exact scalar offset.
struct FoldedWindow {
    /// The folded scalars.
    let folded: [UInt32]
    /// The offset of the first scalar of the range.
    let start: Int
    /// How many folded scalars come from the range itself; a match must start before this.
    let coreCount: Int
    /// For each newline dropped, the number of folded scalars before it (non-decreasing).
    let drops: [Int]

    /// Folds `range` of `scalars` and up to `trailing` folded scalars after it.
    init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, range: Range<Int>, trailing: Int) {
        var drops: [Int] = []
        var core = 0
        let folded = [UInt32](unsafeUninitializedCapacity: range.count + trailing) { buffer, count in
            guard let output = buffer.baseAddress else { count = 0; return }
            scalars.withMemoryRebound(to: UInt32.self) { text in
                guard let input = text.baseAddress else { return }
                var index = range.lowerBound
                var written = 0
                /// Folds from `index` up to `end` or until `limit` scalars are written, newlines dropped.
                func fold(upTo end: Int, limit: Int) {
                    while index < end && written < limit {
                        let folded = SearchFolding.foldRun(
                            input + index, count: min(end - index, limit - written), into: output + written)
                        index += folded
                        written += folded
                        if index < end && written < limit && input[index] == SearchFolding.newline {
                            drops.append(written)
                            index += 1
                        }
                    }
                }
                fold(upTo: range.upperBound, limit: .max)
                core = written
                fold(upTo: text.count, limit: core + trailing)
                count = written
            }
        }
        self.folded = folded
        self.start = range.lowerBound
        self.coreCount = core
        self.drops = drops
    }

    /// The document offset of the folded scalar at `index`.
    func originalOffset(ofFolded index: Int) -> Int {
        // The newlines dropped before it: those recorded with at most `index` scalars before them.
        var low = 0
        var high = drops.count
        while low < high {
            let middle = (low + high) / 2
            if drops[middle] <= index { low = middle + 1 } else { high = middle }
        }
        return start + index + low
    }

    /// The document range of the folded scalars `range` (non-empty): from the first one's offset
    /// to just after the last one's, any newline between them included.
    func originalRange(ofFolded range: Range<Int>) -> Range<Int> {
        originalOffset(ofFolded: range.lowerBound)..<originalOffset(ofFolded: range.upperBound - 1) + 1
    }

    /// Calls `visit` with the folded start of each occurrence of `needle` that starts in the
    /// range, in order, until it returns true.
    func forEachStart(of needle: [UInt32], until visit: (Int) -> Bool) {
        FoldedScalars.search(needle, in: folded) { needle, haystack in
            ScalarSearch.forEachOccurrence(of: needle, in: haystack, starts: 0..<coreCount, until: visit)
        }
    }

    /// How many occurrences of `needle` start in the range.
    func count(of needle: [UInt32]) -> Int {
        var count = 0
        forEachStart(of: needle) { _ in count += 1; return false }
        return count
    }

    /// The document range of the first occurrence of `needle` that starts in the range.
    func firstMatch(of needle: [UInt32]) -> Range<Int>? {
        var found: Int?
        forEachStart(of: needle) { found = $0; return true }
        return found.map { originalRange(ofFolded: $0..<$0 + needle.count) }
    }

    /// The document range of the last occurrence of `needle` that starts in the range.
    func lastMatch(of needle: [UInt32]) -> Range<Int>? {
        var found: Int?
        forEachStart(of: needle) { found = $0; return false }
        return found.map { originalRange(ofFolded: $0..<$0 + needle.count) }
    }

    /// The document ranges of the occurrences of `needle` that start in the range, in order.
    func matches(of needle: [UInt32]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        forEachStart(of: needle) { found.append(originalRange(ofFolded: $0..<$0 + needle.count)); return false }
        return found
    }
}
