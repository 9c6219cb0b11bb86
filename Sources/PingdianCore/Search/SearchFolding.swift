import CTextEngine

/// What search does not tell apart (Docs/search.md): every scalar folds to exactly one scalar,
/// except a newline, which is dropped, so that a match may cross a line break.
///
/// The fold itself is one C pass (`pd_search_fold_run`, over ICU): full-width forms to ASCII
/// (`Ａ`→`a`, `，`→`,`), the ideographic space to a space, simple case folding, and the
/// per-scalar `Hant-Hans` transliteration (`學`→`学`), cached per scalar.
enum SearchFolding {
    /// The scalar search drops: a newline inside the text or the query.
    static let newline: UInt32 = 0x0A

    /// Folds `text` into `folded` up to the first newline (not folded) or `count` scalars, and
    /// returns how many it folded.
    @inline(__always)
    static func foldRun(_ text: UnsafePointer<UInt32>, count: Int, into folded: UnsafeMutablePointer<UInt32>) -> Int {
        // ICU counts in Int32; a caller asks again for the rest.
        Int(pd_search_fold_run(text, Int32(min(count, 1 << 30)), folded))
    }

    /// The folded form of a short text (a query, a quote, a note), newlines dropped.
    static func fold(_ scalars: some Sequence<Unicode.Scalar>) -> [UInt32] {
        let source = Array(scalars)
        return source.withUnsafeBufferPointer { FoldedWindow($0, range: 0..<source.count, trailing: 0).folded }
    }
}
