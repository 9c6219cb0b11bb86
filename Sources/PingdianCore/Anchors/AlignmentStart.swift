/// Where an approximate match begins, once ``BitParallelMatcher`` has told where it ends.
enum AlignmentStart {
    /// The starts `s` (at most `pattern.count + maxErrors` back from `end`) for which the edit
    /// distance between `pattern` and `text[s..<end]` is smallest, with that distance; the starts
    /// are ordered by how close the match's length is to the pattern's (then the later first).
    ///
    /// A plain dynamic programme on the reversed pattern and text, O(m · (m + maxErrors)): it runs
    /// only for the few candidate ends that survive the bit-parallel scan.
    static func bestStarts(
        of pattern: [Unicode.Scalar], endingAt end: Int, in text: UnsafeBufferPointer<Unicode.Scalar>, maxErrors: Int
    ) -> (errors: Int, starts: [Int]) {
        let m = pattern.count
        let lookback = min(end, m + maxErrors)
        var previous = Array(0...lookback)
        var current = [Int](repeating: 0, count: lookback + 1)
        if m > 0 {
            for row in 1...m {
                let scalar = pattern[m - row]
                current[0] = row
                if lookback > 0 {
                    for back in 1...lookback {
                        let substitution = previous[back - 1] + (scalar == text[end - back] ? 0 : 1)
                        current[back] = min(substitution, previous[back] + 1, current[back - 1] + 1)
                    }
                }
                swap(&previous, &current)
            }
        }
        let errors = previous.min() ?? m
        let starts = previous.indices
            .filter { previous[$0] == errors }
            .sorted { (abs($0 - m), $0) < (abs($1 - m), $1) }
            .map { end - $0 }
        return (errors, starts)
    }
}
