/// Agreement on labels given to the same units — here, the move kind each reader gave each
/// sentence: Krippendorff's α for nominal data (any number of readers, missing values allowed)
/// and Cohen's κ for a pair of readers.
public enum NominalAgreement {
    /// Krippendorff's α (nominal): 1 − observed / expected disagreement, from the coincidences of
    /// the values within each unit that at least two readers labelled (`units[u][r]`, nil where
    /// reader r gave unit u no label). NaN when there is nothing to compare or no variation at all.
    public static func krippendorffAlpha(_ units: [[String?]]) -> Double {
        var coincidences: [String: [String: Double]] = [:]
        for unit in units {
            let values = unit.compactMap { $0 }
            guard values.count >= 2 else { continue }
            var counts: [String: Double] = [:]
            for value in values { counts[value, default: 0] += 1 }
            let weight = 1 / Double(values.count - 1)
            for (c, countC) in counts {
                for (k, countK) in counts {
                    let pairs = c == k ? countC * (countC - 1) : countC * countK
                    coincidences[c, default: [:]][k, default: 0] += pairs * weight
                }
            }
        }
        let totals = coincidences.mapValues { $0.values.reduce(0, +) }
        let n = totals.values.reduce(0, +)
        guard n > 1 else { return .nan }
        var observed = 0.0
        for (c, row) in coincidences {
            for (k, value) in row where c != k { observed += value }
        }
        var expected = 0.0
        for (c, nc) in totals {
            for (k, nk) in totals where c != k { expected += nc * nk }
        }
        guard expected > 0 else { return .nan }
        return 1 - (n - 1) * observed / expected
    }

    /// Cohen's κ of two readers' labels of the same units (units either leaves unlabelled are
    /// left out): (observed − chance agreement) / (1 − chance agreement). NaN when there is no
    /// unit both labelled, or when chance agreement is certain.
    public static func cohenKappa(_ first: [String?], _ second: [String?]) -> Double {
        var pairs: [(String, String)] = []
        for (a, b) in zip(first, second) {
            if let a, let b { pairs.append((a, b)) }
        }
        guard !pairs.isEmpty else { return .nan }
        let count = Double(pairs.count)
        var firstCounts: [String: Double] = [:], secondCounts: [String: Double] = [:]
        var agreed = 0.0
        for (a, b) in pairs {
            firstCounts[a, default: 0] += 1
            secondCounts[b, default: 0] += 1
            if a == b { agreed += 1 }
        }
        let observed = agreed / count
        let chance = firstCounts.reduce(0.0) { $0 + $1.value * (secondCounts[$1.key] ?? 0) } / (count * count)
        guard chance < 1 else { return .nan }
        return (observed - chance) / (1 - chance)
    }
}
