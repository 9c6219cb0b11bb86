/// Plain searches over arrays of scalars, for anchors and reading positions.
enum ScalarSearch {
    /// Whether `needle` occurs in `haystack` starting at `offset`.
    static func matches(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], at offset: Int) -> Bool {
        // `offset` may come from a file: compare without adding to it, so Int.max cannot overflow.
        guard offset >= 0, needle.count <= haystack.count, offset <= haystack.count - needle.count else { return false }
        for index in needle.indices where needle[index] != haystack[offset + index] { return false }
        return true
    }

    /// The start offsets of every occurrence of a non-empty `needle`, overlapping ones included, in order.
    static func occurrences(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Int] {
        var found: [Int] = []
        needle.withUnsafeBufferPointer { needle in
            haystack.withUnsafeBufferPointer { haystack in
                forEachOccurrence(of: needle, in: haystack, starts: 0..<haystack.count) { found.append($0) }
            }
        }
        return found
    }

    /// Calls `visit` with each start in `starts` (in order) where a non-empty `needle` occurs.
    ///
    /// Eight starts at a time, their first and last scalars are compared with the needle's in
    /// two SIMD comparisons (W. Muła's "SIMD-friendly" filter); only starts that pass both are
    /// compared whole. About 4 times faster than a scalar loop on a text that does not hold
    /// the needle (Docs/benchmarks.md).
    static func forEachOccurrence(
        of needle: UnsafeBufferPointer<Unicode.Scalar>, in haystack: UnsafeBufferPointer<Unicode.Scalar>,
        starts: Range<Int>, _ visit: (Int) -> Void
    ) {
        forEachOccurrence(of: needle, in: haystack, starts: starts, until: { visit($0); return false })
    }

    /// The first start in `starts` where a non-empty `needle` occurs, or nil.
    static func firstOccurrence(
        of needle: UnsafeBufferPointer<Unicode.Scalar>, in haystack: UnsafeBufferPointer<Unicode.Scalar>,
        starts: Range<Int>? = nil
    ) -> Int? {
        var found: Int?
        forEachOccurrence(of: needle, in: haystack, starts: starts ?? 0..<haystack.count, until: { found = $0; return true })
        return found
    }

    /// Like ``forEachOccurrence(of:in:starts:_:)``, but stops after the first start for which
    /// `visit` returns true.
    static func forEachOccurrence(
        of needle: UnsafeBufferPointer<Unicode.Scalar>, in haystack: UnsafeBufferPointer<Unicode.Scalar>,
        starts: Range<Int>, until visit: (Int) -> Bool
    ) {
        guard let first = needle.first, let last = needle.last, needle.count <= haystack.count,
              let base = haystack.baseAddress else { return }
        let starts = starts.clamped(to: 0..<haystack.count - needle.count + 1)
        let lastIndex = needle.count - 1
        func matchesWhole(at offset: Int) -> Bool {
            var index = 1
            while index < lastIndex && needle[index] == haystack[offset + index] { index += 1 }
            return index >= lastIndex
        }
        let raw = UnsafeRawPointer(base)
        let firstLanes = SIMD8<UInt32>(repeating: first.value)
        let lastLanes = SIMD8<UInt32>(repeating: last.value)
        let stride = MemoryLayout<Unicode.Scalar>.stride
        var offset = starts.lowerBound
        // The loads read scalars up to offset + 7 + lastIndex < haystack.count.
        while offset + 8 <= starts.upperBound {
            let firsts = raw.loadUnaligned(fromByteOffset: offset * stride, as: SIMD8<UInt32>.self)
            let lasts = raw.loadUnaligned(fromByteOffset: (offset + lastIndex) * stride, as: SIMD8<UInt32>.self)
            let candidates = (firsts .== firstLanes) .& (lasts .== lastLanes)
            if any(candidates) {
                for lane in 0..<8 where candidates[lane] && matchesWhole(at: offset + lane) {
                    if visit(offset + lane) { return }
                }
            }
            offset += 8
        }
        while offset < starts.upperBound {
            if haystack[offset] == first && haystack[offset + lastIndex] == last && matchesWhole(at: offset) {
                if visit(offset) { return }
            }
            offset += 1
        }
    }

    /// Visits the occurrences of a non-empty `needle` in rings of growing radius around `origin`
    /// (within a ring, in order). After each ring, `isSettled(radius)` is asked whether to stop:
    /// by then every start `s` with `|s − origin| ≤ radius` has been visited. Ends when the
    /// whole text has been searched.
    static func searchOutward(
        for needle: UnsafeBufferPointer<Unicode.Scalar>, in haystack: UnsafeBufferPointer<Unicode.Scalar>,
        around origin: Int, visit: (Int) -> Void, isSettled: (_ radius: Int) -> Bool
    ) {
        let lastStart = haystack.count - needle.count
        guard !needle.isEmpty, lastStart >= 0 else { return }
        let origin = min(max(origin, 0), lastStart)
        var radius = max(1024, 4 * needle.count)
        var searched: Range<Int>?
        while true {
            let window = max(0, origin - radius)..<min(lastStart, origin + radius) + 1
            if let searched {
                forEachOccurrence(of: needle, in: haystack, starts: window.lowerBound..<searched.lowerBound, visit)
                forEachOccurrence(of: needle, in: haystack, starts: searched.upperBound..<window.upperBound, visit)
            } else {
                forEachOccurrence(of: needle, in: haystack, starts: window, visit)
            }
            searched = window
            if window == 0..<lastStart + 1 || isSettled(radius) { return }
            radius *= 4
        }
    }

    /// The occurrence of a non-empty `needle` whose start is nearest to `offset` (the earlier on a tie).
    ///
    /// `offset` may be anything a file held (negative, `Int.max`): it is first brought within the
    /// haystack, which changes no answer — every start lies inside, so the nearest one to an offset
    /// past an end is the nearest one to that end — and keeps the distances from overflowing.
    static func nearestOccurrence(
        of needle: UnsafeBufferPointer<Unicode.Scalar>, in haystack: UnsafeBufferPointer<Unicode.Scalar>, to offset: Int
    ) -> Int? {
        let offset = min(max(offset, 0), haystack.count)
        var best: Int?
        searchOutward(for: needle, in: haystack, around: offset, visit: { candidate in
            if let current = best, (abs(current - offset), current) <= (abs(candidate - offset), candidate) { return }
            best = candidate
        }, isSettled: { radius in best.map { abs($0 - offset) <= radius } ?? false })
        return best
    }

    /// The occurrence of a non-empty `needle` whose start is nearest to `offset` (the earlier on a tie).
    static func nearestOccurrence(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], to offset: Int) -> Int? {
        needle.withUnsafeBufferPointer { needle in
            haystack.withUnsafeBufferPointer { haystack in nearestOccurrence(of: needle, in: haystack, to: offset) }
        }
    }

    /// How many scalars at the end of `context` equal those just before `offset` in `haystack`.
    static func commonSuffixCount(_ context: [Unicode.Scalar], in haystack: UnsafeBufferPointer<Unicode.Scalar>, endingAt offset: Int) -> Int {
        var count = 0
        while count < context.count, offset - count - 1 >= 0,
              context[context.count - count - 1] == haystack[offset - count - 1] {
            count += 1
        }
        return count
    }

    /// How many scalars at the start of `context` equal those from `offset` on in `haystack`.
    static func commonPrefixCount(_ context: [Unicode.Scalar], in haystack: UnsafeBufferPointer<Unicode.Scalar>, startingAt offset: Int) -> Int {
        var count = 0
        while count < context.count, offset + count < haystack.count, context[count] == haystack[offset + count] {
            count += 1
        }
        return count
    }
}
