/// The search behind ``TextAnchor/approximateMatch(of:in:)``: candidates from the bit-parallel
/// scan of the quote, their exact bounds, and their scores on quote, context and position.
struct ApproximateSearch {
    /// The most candidate match ends scored in one search (the fewest errors, then the nearest).
    static let candidateLimit = 256
    /// How many scalars of context are looked up exactly to guess where the quote went.
    static let contextProbeLength = 16

    let quote: [Unicode.Scalar]
    let prefix: [Unicode.Scalar]
    let suffix: [Unicode.Scalar]
    let storedStart: Int
    let maxErrors: Int
    let text: UnsafeBufferPointer<Unicode.Scalar>
    private let quoteMatcher: BitParallelMatcher
    private let prefixMatcher: BitParallelMatcher
    private let suffixMatcher: BitParallelMatcher

    /// Prepares the matchers for a quote and its stored context.
    init(quote: [Unicode.Scalar], prefix: [Unicode.Scalar], suffix: [Unicode.Scalar], storedStart: Int,
         maxErrors: Int, text: UnsafeBufferPointer<Unicode.Scalar>) {
        self.quote = quote
        self.prefix = prefix
        self.suffix = suffix
        self.storedStart = storedStart
        self.maxErrors = maxErrors
        self.text = text
        quoteMatcher = BitParallelMatcher(pattern: quote)
        prefixMatcher = BitParallelMatcher(pattern: prefix)
        suffixMatcher = BitParallelMatcher(pattern: suffix)
    }

    /// Where the quote probably starts now: just after the end of the stored prefix, or a quote's
    /// length before the start of the stored suffix, found exactly nearest their old places; else
    /// the stored start.
    func expectedStart() -> Int {
        let tail = Array(prefix.suffix(Self.contextProbeLength))
        if tail.count >= 4, let found = nearest(tail, to: storedStart - tail.count) { return found + tail.count }
        let head = Array(suffix.prefix(Self.contextProbeLength))
        if head.count >= 4, let found = nearest(head, to: storedStart + quote.count) { return found - quote.count }
        return storedStart
    }

    private func nearest(_ needle: [Unicode.Scalar], to offset: Int) -> Int? {
        needle.withUnsafeBufferPointer { ScalarSearch.nearestOccurrence(of: $0, in: text, to: offset) }
    }

    /// The best-scoring match whose end lies in `ends`, if any is within `maxErrors` edits.
    func bestMatch(ends: Range<Int>) -> (range: Range<Int>, score: Double)? {
        var best: (range: Range<Int>, score: Double)?
        for end in candidateEnds(in: ends) {
            let (errors, starts) = AlignmentStart.bestStarts(of: quote, endingAt: end, in: text, maxErrors: maxErrors)
            guard errors <= maxErrors else { continue }
            for start in starts.prefix(3) {
                let score = self.score(of: start..<end, errors: errors)
                if let current = best, (current.score, -abs(current.range.lowerBound - storedStart))
                    >= (score, -abs(start - storedStart)) { continue }
                best = (start..<end, score)
            }
        }
        return best
    }

    /// Ends of matches within `maxErrors`: in each run of consecutive ends, those with the fewest
    /// errors; at most ``candidateLimit``, the fewest errors first, then the nearest.
    private func candidateEnds(in ends: Range<Int>) -> [Int] {
        var candidates: [(end: Int, errors: Int)] = []
        var run: [(end: Int, errors: Int)] = []
        func closeRun() {
            guard let fewest = run.map(\.errors).min() else { return }
            candidates.append(contentsOf: run.filter { $0.errors == fewest })
            run.removeAll(keepingCapacity: true)
        }
        quoteMatcher.forEachMatchEnd(in: text, ends: ends, maxErrors: maxErrors) { end, errors in
            if let last = run.last, last.end + 1 != end { closeRun() }
            run.append((end, errors))
        }
        closeRun()
        if candidates.count > Self.candidateLimit {
            let expectedEnd = storedStart + quote.count
            candidates.sort { ($0.errors, abs($0.end - expectedEnd)) < ($1.errors, abs($1.end - expectedEnd)) }
            candidates.removeLast(candidates.count - Self.candidateLimit)
        }
        return candidates.map(\.end)
    }

    /// The ``ApproximateScore`` of the text of `range`, `errors` edits away from the quote.
    func score(of range: Range<Int>, errors: Int) -> Double {
        let quoteSimilarity = 1 - Double(errors) / Double(quote.count)
        guard quoteSimilarity >= ApproximateScore.minimumQuoteSimilarity else { return 0 }
        let prefixSimilarity = prefix.isEmpty ? 1 : 1 - Double(
            prefixMatcher.bestDistance(in: text, within: range.lowerBound - prefix.count..<range.lowerBound)) / Double(prefix.count)
        let suffixSimilarity = suffix.isEmpty ? 1 : 1 - Double(
            suffixMatcher.bestDistance(in: text, within: range.upperBound..<range.upperBound + suffix.count)) / Double(suffix.count)
        let position = 1 - min(1, Double(abs(range.lowerBound - storedStart)) / Double(max(1, text.count)))
        return ApproximateScore.combine(
            quote: quoteSimilarity, prefix: prefixSimilarity, suffix: suffixSimilarity, position: position)
    }
}
