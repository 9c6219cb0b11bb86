extension TextAnchor {
    /// The best approximate match of an edited quote (step 3 of ``resolve(in:)``), or nil when
    /// none scores well enough (``ApproximateScore``).
    ///
    /// The expected start is found first from the context (the end of the stored prefix, or the
    /// start of the stored suffix, found exactly nearest the stored offsets; else the stored start);
    /// the bit-parallel search runs in a window around it, and over the whole text only when the
    /// window holds no confident match.
    func approximateMatch(of quote: [Unicode.Scalar], in document: TextDocument) -> AnchorMatch? {
        let maxErrors = ApproximateScore.maximumErrors(forQuoteLength: quote.count)
        guard maxErrors > 0 else { return nil }
        return document.scalars.withUnsafeBufferPointer { text -> AnchorMatch? in
            let search = ApproximateSearch(
                quote: quote, prefix: Array(prefix.unicodeScalars), suffix: Array(suffix.unicodeScalars),
                storedStart: start, maxErrors: maxErrors, text: text)
            let expected = search.expectedStart()
            let slack = 1024 + 2 * quote.count
            let nearby = search.bestMatch(ends: expected - slack..<expected + quote.count + maxErrors + slack)
            if let nearby, nearby.score >= ApproximateScore.confidentScore {
                return .approximate(nearby.range, score: nearby.score)
            }
            let anywhere = search.bestMatch(ends: 0..<text.count + 1)
            guard let best = [nearby, anywhere].compactMap({ $0 }).max(by: { $0.score < $1.score }),
                  best.score >= ApproximateScore.minimumScore else { return nil }
            return .approximate(best.range, score: best.score)
        }
    }
}
