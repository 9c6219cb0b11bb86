/// Converts between scalar offsets of a document and UTF-16 offsets of the same text (what
/// JavaScript strings and the Hypothesis client count: an astral character is two units).
public struct UTF16Offsets: Sendable {
    /// The UTF-16 offset of each scalar offset, 0 through the scalar count.
    private let utf16ByScalar: [Int]

    /// The offsets of `document`.
    public init(_ document: TextDocument) {
        var offsets = [0]
        offsets.reserveCapacity(document.scalarCount + 1)
        for scalar in document.scalars { offsets.append(offsets[offsets.count - 1] + scalar.utf16.count) }
        utf16ByScalar = offsets
    }

    /// The UTF-16 offset of a scalar offset (clamped to the text).
    public func utf16(fromScalar offset: Int) -> Int {
        utf16ByScalar[min(max(offset, 0), utf16ByScalar.count - 1)]
    }

    /// The scalar offset of a UTF-16 offset (clamped to the text); an offset between the two
    /// units of an astral character gives that character's offset.
    public func scalar(fromUTF16 offset: Int) -> Int {
        var low = 0
        var high = utf16ByScalar.count - 1
        guard offset > 0 else { return 0 }
        guard offset < utf16ByScalar[high] else { return high }
        while low < high {
            let middle = (low + high + 1) / 2
            if utf16ByScalar[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
