/// Myers' bit-parallel approximate matcher (Hyyrö's blocked form, as in edlib): for every end
/// offset of a text it gives the smallest edit distance between the pattern and any substring
/// ending there, in O(⌈m / 64⌉) word operations per text scalar.
///
/// Built once per pattern; the scalar → bit-mask table is a small open-addressing hash behind a
/// 1,024-bit filter, so a text scalar that is not in the pattern (most of them) usually costs
/// one load. Patterns of up to 64 scalars take a one-word fast path.
struct BitParallelMatcher {
    /// The pattern's length in scalars.
    let count: Int
    /// How many 64-bit blocks hold one column of the pattern.
    private let blockCount: Int
    /// Hash slots: a scalar value, or `emptySlot`.
    private let slotKeys: [UInt32]
    /// For each slot, the first of its `blockCount` masks in `masks`.
    private let slotMasks: [Int32]
    /// For each distinct pattern scalar, `blockCount` masks: bit i of block b is set when
    /// pattern[64·b + i] is that scalar.
    private let masks: [UInt64]
    private let hashShift: UInt32
    /// A 1,024-bit filter of the pattern's scalars (by their low 10 bits): a clear bit means the
    /// scalar is not in the pattern, without probing the hash.
    private let filter: [UInt64]

    fileprivate static let emptySlot = UInt32.max

    /// Prepares the tables for `pattern` (which may be empty: every distance is then 0).
    init(pattern: [Unicode.Scalar]) {
        count = pattern.count
        blockCount = max(1, (pattern.count + 63) / 64)
        var distinct: [UInt32: Int] = [:]
        var masks: [UInt64] = []
        for (position, scalar) in pattern.enumerated() {
            let index: Int
            if let known = distinct[scalar.value] {
                index = known
            } else {
                index = distinct.count
                distinct[scalar.value] = index
                masks.append(contentsOf: repeatElement(0, count: blockCount))
            }
            masks[index * blockCount + position / 64] |= 1 << UInt64(position % 64)
        }
        var bits: UInt32 = 4
        while (1 << bits) < distinct.count * 2 { bits += 1 }
        var keys = [UInt32](repeating: Self.emptySlot, count: 1 << bits)
        var slotMasks = [Int32](repeating: -1, count: 1 << bits)
        let shift = 32 - bits
        for (value, index) in distinct {
            var slot = Int((value &* 0x9E37_79B1) >> shift)
            while keys[slot] != Self.emptySlot { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = value
            slotMasks[slot] = Int32(index * blockCount)
        }
        self.slotKeys = keys
        self.slotMasks = slotMasks
        self.masks = masks
        self.hashShift = shift
        var filter = [UInt64](repeating: 0, count: 16)
        for value in distinct.keys { filter[Int(value & 1023) >> 6] |= 1 << UInt64(value & 63) }
        self.filter = filter
    }

    /// Calls `report(end, errors)`, in order, for every `end` in `ends` (a match covers
    /// `[…, end)`) at which some substring of `text` ending there is within `maxErrors` edits of
    /// the pattern. Only scalars of `text` from `ends.lowerBound − 1` back to
    /// `ends.lowerBound − count − maxErrors` and those in `ends` are read.
    func forEachMatchEnd(
        in text: UnsafeBufferPointer<Unicode.Scalar>, ends: Range<Int>, maxErrors: Int,
        _ report: (_ end: Int, _ errors: Int) -> Void
    ) {
        let ends = ends.clamped(to: 1..<text.count + 1)
        guard !ends.isEmpty, count > 0 else { return }
        // Start early enough that a match ending at ends.lowerBound is seen whole.
        let scanned = max(0, ends.lowerBound - 1 - count - maxErrors)..<ends.upperBound - 1
        masks.withUnsafeBufferPointer { masks in
            filter.withUnsafeBufferPointer { filter in
                slotKeys.withUnsafeBufferPointer { keys in
                    slotMasks.withUnsafeBufferPointer { slotMasks in
                        let lookup = MaskLookup(filter: filter, keys: keys, slotMasks: slotMasks, shift: hashShift)
                        if blockCount == 1 {
                            scanOneBlock(text, scanned, firstEnd: ends.lowerBound, maxErrors, masks, lookup, report)
                        } else {
                            scanBlocks(text, scanned, firstEnd: ends.lowerBound, maxErrors, masks, lookup, report)
                        }
                    }
                }
            }
        }
    }

    /// Finds where a scalar's masks start in `masks`: −1 for a scalar not in the pattern.
    private struct MaskLookup {
        let filter: UnsafeBufferPointer<UInt64>
        let keys: UnsafeBufferPointer<UInt32>
        let slotMasks: UnsafeBufferPointer<Int32>
        let shift: UInt32

        @inline(__always) func maskStart(of value: UInt32) -> Int {
            guard filter[Int(value & 1023) >> 6] & (1 << UInt64(value & 63)) != 0 else { return -1 }
            var slot = Int((value &* 0x9E37_79B1) >> shift)
            while true {
                let key = keys[slot]
                if key == value { return Int(slotMasks[slot]) }
                if key == BitParallelMatcher.emptySlot { return -1 }
                slot = (slot + 1) & (keys.count - 1)
            }
        }
    }

    /// The scan for a pattern of at most 64 scalars: one word per column, kept in registers.
    private func scanOneBlock(
        _ text: UnsafeBufferPointer<Unicode.Scalar>, _ scanned: Range<Int>, firstEnd: Int, _ maxErrors: Int,
        _ masks: UnsafeBufferPointer<UInt64>, _ lookup: MaskLookup, _ report: (Int, Int) -> Void
    ) {
        let lastBit = UInt64(count - 1)
        var pv = UInt64.max
        var mv: UInt64 = 0
        var score = count
        for offset in scanned {
            let maskStart = lookup.maskStart(of: text[offset].value)
            let eq = maskStart >= 0 ? masks[maskStart] : 0
            let xv = eq | mv
            let xh = (((eq & pv) &+ pv) ^ pv) | eq
            var ph = mv | ~(xh | pv)
            var mh = pv & xh
            score += Int((ph >> lastBit) & 1) - Int((mh >> lastBit) & 1)
            ph <<= 1
            mh <<= 1
            pv = mh | ~(xv | ph)
            mv = ph & xv
            if score <= maxErrors && offset + 1 >= firstEnd { report(offset + 1, score) }
        }
    }

    /// The scan for a longer pattern: Hyyrö's blocks, the horizontal delta carried between them.
    private func scanBlocks(
        _ text: UnsafeBufferPointer<Unicode.Scalar>, _ scanned: Range<Int>, firstEnd: Int, _ maxErrors: Int,
        _ masks: UnsafeBufferPointer<UInt64>, _ lookup: MaskLookup, _ report: (Int, Int) -> Void
    ) {
        let blocks = blockCount
        let lastBit = UInt64((count - 1) % 64)
        var positive = [UInt64](repeating: .max, count: blocks)
        var negative = [UInt64](repeating: 0, count: blocks)
        var score = count
        for offset in scanned {
            let maskStart = lookup.maskStart(of: text[offset].value)
            var carry = 0  // the horizontal delta entering the block from above
            for block in 0..<blocks {
                let equal = maskStart >= 0 ? masks[maskStart + block] : 0
                let pv = positive[block]
                let mv = negative[block]
                let carryNegative: UInt64 = carry < 0 ? 1 : 0
                let carryPositive: UInt64 = carry > 0 ? 1 : 0
                let xv = equal | mv
                let eq = equal | carryNegative
                let xh = (((eq & pv) &+ pv) ^ pv) | eq
                var ph = mv | ~(xh | pv)
                var mh = pv & xh
                if block == blocks - 1 {
                    score += Int((ph >> lastBit) & 1) - Int((mh >> lastBit) & 1)
                } else {
                    carry = (ph >> 63) != 0 ? 1 : ((mh >> 63) != 0 ? -1 : 0)
                }
                ph = (ph << 1) | carryPositive
                mh = (mh << 1) | carryNegative
                positive[block] = mh | ~(xv | ph)
                negative[block] = ph & xv
            }
            if score <= maxErrors && offset + 1 >= firstEnd { report(offset + 1, score) }
        }
    }

    /// The smallest edit distance between the pattern and any substring of `text[range]`.
    func bestDistance(in text: UnsafeBufferPointer<Unicode.Scalar>, within range: Range<Int>) -> Int {
        let range = range.clamped(to: 0..<text.count)
        guard count > 0 else { return 0 }
        guard !range.isEmpty else { return count }
        var best = count
        let window = UnsafeBufferPointer(rebasing: text[range])
        forEachMatchEnd(in: window, ends: 1..<window.count + 1, maxErrors: count) { _, errors in
            best = min(best, errors)
        }
        return best
    }
}
