extension TextAnchor {
    /// Finds the anchor's text in `document` (Docs/file-formats.md, "How anchors resolve").
    ///
    /// 1. The exact text at the stored offsets → ``AnchorMatch/exact(_:)``.
    /// 2. Else every occurrence of the exact text elsewhere, scored by how many scalars of the
    ///    stored prefix and suffix agree with the text around it; the best agreement wins, then
    ///    the one nearest the stored start, then the earlier → ``AnchorMatch/relocated(_:distance:)``.
    ///    The search grows outwards from the stored start and stops as soon as no farther
    ///    occurrence could win, so a note that moved a little costs little.
    /// 3. Else the best approximate match of the edited quote, scored on quote, context and
    ///    position (``ApproximateScore``) → ``AnchorMatch/approximate(_:score:)``.
    /// 4. Else ``AnchorMatch/orphaned``.
    ///
    /// An anchor with an empty `exact` matches only at its stored offset.
    ///
    /// A stored start far outside the text (a hand-edited or hostile file: `-1`, `Int.max`) is
    /// first brought within `-(n + 1)…2(n + 1)`, n the text's length (``searchStart(in:)``).
    public func resolve(in document: TextDocument) -> AnchorMatch {
        let quote = Array(exact.unicodeScalars)
        var anchor = self
        anchor.start = searchStart(in: document)
        if let match = anchor.matchAtStoredPosition(of: quote, in: document) { return match }
        if quote.isEmpty { return .orphaned }
        if case .relocated(let range, _)? = anchor.relocatedMatch(of: quote, in: document) {
            return .relocated(range, distance: Self.distance(from: start, to: range.lowerBound))
        }
        if let match = anchor.approximateMatch(of: quote, in: document) { return match }
        return .orphaned
    }

    /// The stored start, brought within `-(n + 1)…2(n + 1)` for a text of n scalars, so that the
    /// searches can add and subtract offsets without overflowing. No result changes: every
    /// candidate lies in `0…n`, so the order of the distances to a start outside that window is
    /// the order of the distances to the window's edge, and the position score
    /// (``ApproximateScore``), which is 0 from a text's length away, is 0 from both. The
    /// `distance` a relocation reports is counted from the stored start itself (``distance(from:to:)``).
    func searchStart(in document: TextDocument) -> Int {
        let limit = document.scalarCount + 1
        return min(max(start, -limit), 2 * limit)
    }

    /// The exact text at the stored offsets, if it is there.
    private func matchAtStoredPosition(of quote: [Unicode.Scalar], in document: TextDocument) -> AnchorMatch? {
        guard start >= 0, start <= document.scalarCount - quote.count,
              ScalarSearch.matches(quote, in: document.scalars, at: start) else { return nil }
        return .exact(start..<start + quote.count)
    }

    /// The best occurrence of the exact text elsewhere: most context agreement, then nearest, then earlier.
    private func relocatedMatch(of quote: [Unicode.Scalar], in document: TextDocument) -> AnchorMatch? {
        let prefixScalars = Array(prefix.unicodeScalars)
        let suffixScalars = Array(suffix.unicodeScalars)
        let perfectAgreement = prefixScalars.count + suffixScalars.count
        var best: (agreement: Int, distance: Int, start: Int)?
        quote.withUnsafeBufferPointer { needle in
            document.scalars.withUnsafeBufferPointer { text in
                ScalarSearch.searchOutward(for: needle, in: text, around: start, visit: { candidate in
                    let agreement =
                        ScalarSearch.commonSuffixCount(prefixScalars, in: text, endingAt: candidate)
                        + ScalarSearch.commonPrefixCount(suffixScalars, in: text, startingAt: candidate + quote.count)
                    let distance = abs(candidate - start)
                    if let current = best,
                       (-current.agreement, current.distance, current.start) <= (-agreement, distance, candidate) { return }
                    best = (agreement, distance, candidate)
                }, isSettled: { radius in
                    // Every occurrence not yet seen is farther than `radius`: it can only tie on
                    // agreement, and then it loses on distance.
                    guard let best else { return false }
                    return best.agreement == perfectAgreement && best.distance <= radius
                })
            }
        }
        guard let best else { return nil }
        return .relocated(best.start..<best.start + quote.count, distance: best.distance)
    }

    /// How far `offset` is from `start`, `Int.max` when that does not fit an `Int`.
    static func distance(from start: Int, to offset: Int) -> Int {
        let (difference, overflow) = offset.subtractingReportingOverflow(start)
        return overflow || difference == .min ? .max : abs(difference)
    }
}
