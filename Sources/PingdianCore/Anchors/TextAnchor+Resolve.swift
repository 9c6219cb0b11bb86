extension TextAnchor {
    /// Finds the anchor's text in `document` (DESIGN §6).
    ///
    /// 1. The exact text at the stored offsets → ``AnchorMatch/exact(_:)``.
    /// 2. Else every occurrence of the exact text elsewhere, scored by how many scalars of the
    ///    stored prefix and suffix agree with the text around it; the best agreement wins, then
    ///    the one nearest the stored start, then the earlier → ``AnchorMatch/relocated(_:distance:)``.
    /// 3. Else an approximate match (not yet: see ``approximateMatch(of:in:)``).
    /// 4. Else ``AnchorMatch/orphaned``.
    ///
    /// An anchor with an empty `exact` matches only at its stored offset.
    public func resolve(in document: TextDocument) -> AnchorMatch {
        let quote = Array(exact.unicodeScalars)
        if let match = matchAtStoredPosition(of: quote, in: document) { return match }
        if quote.isEmpty { return .orphaned }
        if let match = relocatedMatch(of: quote, in: document) { return match }
        if let match = approximateMatch(of: quote, in: document) { return match }
        return .orphaned
    }

    /// The exact text at the stored offsets, if it is there.
    private func matchAtStoredPosition(of quote: [Unicode.Scalar], in document: TextDocument) -> AnchorMatch? {
        guard start >= 0, start + quote.count <= document.scalarCount,
              ScalarSearch.matches(quote, in: document.scalars, at: start) else { return nil }
        return .exact(start..<start + quote.count)
    }

    /// The best occurrence of the exact text elsewhere: most context agreement, then nearest.
    private func relocatedMatch(of quote: [Unicode.Scalar], in document: TextDocument) -> AnchorMatch? {
        let prefixScalars = Array(prefix.unicodeScalars)
        let suffixScalars = Array(suffix.unicodeScalars)
        var best: (agreement: Int, distance: Int, start: Int)?
        for candidate in ScalarSearch.occurrences(of: quote, in: document.scalars) {
            let agreement =
                ScalarSearch.commonSuffixCount(prefixScalars, in: document.scalars, endingAt: candidate)
                + ScalarSearch.commonPrefixCount(suffixScalars, in: document.scalars, startingAt: candidate + quote.count)
            let distance = abs(candidate - start)
            if let current = best, (current.agreement, -current.distance) >= (agreement, -distance) { continue }
            best = (agreement, distance, candidate)
        }
        guard let best else { return nil }
        return .relocated(best.start..<best.start + quote.count, distance: best.distance)
    }

    /// The seam for approximate re-anchoring (bounded edit distance on quote and context, scored
    /// with distance, DESIGN §6). Not implemented yet: always nil, so an anchor whose exact text is
    /// gone is an orphan. When it lands, ``AnchorMatch`` gains a case carrying the score.
    func approximateMatch(of quote: [Unicode.Scalar], in document: TextDocument) -> AnchorMatch? {
        nil
    }
}
