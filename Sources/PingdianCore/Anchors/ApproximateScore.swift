/// How an approximate match is scored, and when it is good enough to keep (Docs/file-formats.md,
/// "How anchors resolve").
///
/// `score = (50·q + 20·p + 20·s + 2·d) / 92`, every term in 0…1 (Hypothesis's weights):
/// - `q`, the quote: `1 − e / |exact|`, `e` the edit distance between the stored quote and the
///   matched text;
/// - `p`, the prefix: `1 − e / |prefix|`, `e` the smallest edit distance between the stored
///   prefix and any part of the `|prefix|` scalars just before the match (1 for an empty prefix);
/// - `s`, the suffix, the same just after the match;
/// - `d`, the position: `1 − |new start − stored start| / text length`.
///
/// A match is kept when `q ≥ 0.6` and `score ≥ 0.6`, else the anchor is an orphan. Unrelated
/// Chinese text still scores about 0.3 on each side of context by chance (common characters
/// align), so a quote with no agreeing context needs `q ≳ 0.8` to be kept, and one whose context
/// agrees is kept down to `q = 0.6` (score ≈ 0.78). Tuned on the bundled essay's 99 notes: with
/// each quote deleted, the best chance match scored at most 0.53; with 40 % of each quote's
/// scalars replaced, the true match scored at least 0.78.
public enum ApproximateScore {
    /// The weight of the quote's similarity.
    public static let quoteWeight = 50.0
    /// The weight of the prefix's similarity.
    public static let prefixWeight = 20.0
    /// The weight of the suffix's similarity.
    public static let suffixWeight = 20.0
    /// The weight of the position's nearness.
    public static let positionWeight = 2.0
    /// The smallest quote similarity (`q`) of a kept match.
    public static let minimumQuoteSimilarity = 0.6
    /// The smallest score of a kept match.
    public static let minimumScore = 0.6
    /// A score at which a match found near the expected position is taken without searching the
    /// rest of the text.
    static let confidentScore = 0.8

    /// The combined score of four similarities, each in 0…1.
    public static func combine(quote: Double, prefix: Double, suffix: Double, position: Double) -> Double {
        let total = quoteWeight * quote + prefixWeight * prefix + suffixWeight * suffix + positionWeight * position
        return total / (quoteWeight + prefixWeight + suffixWeight + positionWeight)
    }

    /// The most edits a quote of `length` scalars may have and still be matched.
    static func maximumErrors(forQuoteLength length: Int) -> Int {
        Int((Double(length) * (1 - minimumQuoteSimilarity)).rounded(.down))
    }
}
