/// Folded scalars are kept as `UInt32`s (the C fold writes them); the scalar search reads them as
/// `Unicode.Scalar`s, which have the same layout.
enum FoldedScalars {
    /// Runs `body` with `needle` and `haystack` seen as scalars.
    static func search<Result>(
        _ needle: [UInt32], in haystack: [UInt32],
        _ body: (UnsafeBufferPointer<Unicode.Scalar>, UnsafeBufferPointer<Unicode.Scalar>) -> Result
    ) -> Result {
        needle.withUnsafeBufferPointer { needle in
            haystack.withUnsafeBufferPointer { haystack in
                needle.withMemoryRebound(to: Unicode.Scalar.self) { needle in
                    haystack.withMemoryRebound(to: Unicode.Scalar.self) { haystack in body(needle, haystack) }
                }
            }
        }
    }
}
