/// The stretches a lazy search folds, one after the other, from an offset outward: small at
/// first, so that a match near the cursor is found at once, then doubling up to a limit.
struct SearchChunks: Sequence, IteratorProtocol {
    /// The first stretch's length in scalars.
    static let firstLength = 4_096
    /// The longest stretch (1 MB of folded scalars).
    static let maximumLength = 262_144

    private var bounds: Range<Int>
    private let forward: Bool
    private var length: Int

    /// The stretches of `bounds` in order: from its start when `forward`, else from its end backward.
    init(_ bounds: Range<Int>, forward: Bool, firstLength: Int = SearchChunks.firstLength) {
        self.bounds = bounds
        self.forward = forward
        self.length = firstLength
    }

    /// The next stretch, or nil when `bounds` is used up.
    mutating func next() -> Range<Int>? {
        guard !bounds.isEmpty else { return nil }
        let chunk: Range<Int>
        if forward {
            chunk = bounds.lowerBound..<Swift.min(bounds.upperBound, bounds.lowerBound + length)
            bounds = chunk.upperBound..<bounds.upperBound
        } else {
            chunk = Swift.max(bounds.lowerBound, bounds.upperBound - length)..<bounds.upperBound
            bounds = bounds.lowerBound..<chunk.lowerBound
        }
        length = Swift.min(length * 2, Self.maximumLength)
        return chunk
    }
}
