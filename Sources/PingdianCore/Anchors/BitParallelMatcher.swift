/// Myers' bit-parallel approximate matcher (Hyyrö's blocked form, as in edlib): for every end
/// offset of a text it gives the smallest edit distance between the pattern and any substring
/// ending there, in O(⌈m / 64⌉) word operations per text scalar.
///
/// Built once per pattern; the scalar → bit-mask table is a small open-addressing hash, so a
/// text scalar that is not in the pattern (most of them) costs one or two probes.
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

    private static let emptySlot = UInt32.max

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
        let first = max(0, ends.lowerBound - 1 - count - maxErrors)
        let lastBit = UInt64((count - 1) % 64)
        let blocks = blockCount
        var positive = [UInt64](repeating: .max, count: blocks)
        var negative = [UInt64](repeating: 0, count: blocks)
        var score = count
        masks.withUnsafeBufferPointer { masks in
            slotKeys.withUnsafeBufferPointer { keys in
                slotMasks.withUnsafeBufferPointer { slotMasks in
                    positive.withUnsafeMutableBufferPointer { positive in
                        negative.withUnsafeMutableBufferPointer { negative in
                            let slotMask = keys.count - 1
                            for offset in first..<ends.upperBound - 1 {
                                let value = text[offset].value
                                var slot = Int((value &* 0x9E37_79B1) >> hashShift)
                                var maskStart = -1
                                while true {
                                    let key = keys[slot]
                                    if key == value { maskStart = Int(slotMasks[slot]); break }
                                    if key == Self.emptySlot { break }
                                    slot = (slot + 1) & slotMask
                                }
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
                                let end = offset + 1
                                if score <= maxErrors && end >= ends.lowerBound { report(end, score) }
                            }
                        }
                    }
                }
            }
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
