/// Spans that several readers marked on one continuum, with Krippendorff's unitizing α (αU,
/// Krippendorff 2004, *Content Analysis* 2nd ed. p. 251–254, as DKPro Agreement computes it):
/// agreement on where units of a category are, with partial credit for spans that overlap
/// without matching — what the coding measures lose when they force spans into units.
///
/// For each category, everything a reader did not mark with it is a gap of that reader, so the
/// category is judged on its own. A reader's units of one category must not overlap: ``init``
/// joins those that do (two overlapping claims of one reader are one stretch marked as a claim).
public struct UnitizingStudy: Sendable {
    /// One reader's span of one category.
    public struct Unit: Hashable, Sendable {
        public var offset: Int
        public var length: Int
        public var rater: Int
        public var category: String

        public init(offset: Int, length: Int, rater: Int, category: String) {
            self.offset = offset
            self.length = length
            self.rater = rater
            self.category = category
        }

        var end: Int { offset + length }
    }

    /// Where the continuum starts, and its length.
    public let begin: Int
    public let length: Int
    /// How many readers (raters); a reader without units still counts.
    public let raterCount: Int
    /// The categories, in the order their first unit came (and those added with no unit).
    public let categories: [String]
    /// For each category, each reader's units sorted by offset, overlaps joined.
    private let unitsByCategory: [String: [[Unit]]]

    /// A study of `units` on `[begin, begin + length)` by `raterCount` readers; `categories`
    /// adds categories that may have no unit.
    public init(begin: Int = 0, length: Int, raterCount: Int, units: [Unit], categories extra: [String] = []) {
        self.begin = begin
        self.length = length
        self.raterCount = raterCount
        var order: [String] = []
        var grouped: [String: [[Unit]]] = [:]
        for unit in units where unit.rater >= 0 && unit.rater < raterCount {
            if grouped[unit.category] == nil {
                grouped[unit.category] = Array(repeating: [], count: raterCount)
                order.append(unit.category)
            }
            grouped[unit.category]![unit.rater].append(unit)
        }
        for category in extra where grouped[category] == nil {
            grouped[category] = Array(repeating: [], count: raterCount)
            order.append(category)
        }
        categories = order
        unitsByCategory = grouped.mapValues { perRater in perRater.map(Self.joined) }
    }

    /// A reader's units of one category sorted, those that overlap joined into one.
    private static func joined(_ units: [Unit]) -> [Unit] {
        var result: [Unit] = []
        for unit in units.sorted(by: { ($0.offset, $0.length) < ($1.offset, $1.length) }) {
            if var last = result.last, unit.offset < last.end {
                last.length = max(last.end, unit.end) - last.offset
                result[result.count - 1] = last
            } else {
                result.append(unit)
            }
        }
        return result
    }

    /// How many units a category has, per reader (after overlaps are joined).
    public func unitCounts(of category: String) -> [Int] {
        (unitsByCategory[category] ?? Array(repeating: [], count: raterCount)).map(\.count)
    }

    // MARK: Disagreement

    /// The squared distance of two segments (a nil category is a gap): overlapping units differ
    /// by their starts and ends; a unit inside the other's gap counts its length squared.
    static func distance(_ offset1: Int, _ length1: Int, _ unit1: Bool, _ offset2: Int, _ length2: Int, _ unit2: Bool) -> Double {
        let startDifference = offset1 - offset2
        let lengthDifference = length1 - length2
        if unit1 && unit2 && -length1 < startDifference && startDifference < length2 {
            return Double(startDifference * startDifference) + Double((startDifference + lengthDifference) * (startDifference + lengthDifference))
        }
        if unit1 && !unit2 && -lengthDifference >= startDifference && startDifference >= 0 { return Double(length1) * Double(length1) }
        if !unit1 && unit2 && -lengthDifference <= startDifference && startDifference <= 0 { return Double(length2) * Double(length2) }
        return 0
    }

    /// The observed disagreement on a category: the distances of every pair of readers'
    /// segments that are open at once, over all pairs of readers.
    public func observedDisagreement(_ category: String) -> Double {
        guard raterCount > 1, length > 0, let perRater = unitsByCategory[category] else { return 0 }
        var total = 0.0
        let end = begin + length
        for first in 0..<raterCount {
            for second in (first + 1)..<raterCount {
                total += pairDisagreement(perRater[first], perRater[second], end: end)
            }
        }
        let readers = Double(raterCount)
        return 2 * total / (readers * (readers - 1) * Double(length) * Double(length))
    }

    /// The sum of distances between two readers' segmentations of the continuum.
    private func pairDisagreement(_ units1: [Unit], _ units2: [Unit], end: Int) -> Double {
        var next1 = 0, next2 = 0
        var (offset1, length1, unit1) = (begin, 0, false)
        var (offset2, length2, unit2) = (begin, 0, false)
        var position = begin
        var total = 0.0
        while position < end && (next1 < units1.count || next2 < units2.count) {
            if position == offset1 + length1 {
                if next1 < units1.count && position == units1[next1].offset {
                    (length1, unit1) = (units1[next1].length, true)
                    next1 += 1
                } else {
                    length1 = (next1 < units1.count ? units1[next1].offset : end) - position
                    unit1 = false
                }
                offset1 = position
            }
            if position == offset2 + length2 {
                if next2 < units2.count && position == units2[next2].offset {
                    (length2, unit2) = (units2[next2].length, true)
                    next2 += 1
                } else {
                    length2 = (next2 < units2.count ? units2[next2].offset : end) - position
                    unit2 = false
                }
                offset2 = position
            }
            total += Self.distance(offset1, length1, unit1, offset2, length2, unit2)
            position = min(offset1 + length1, offset2 + length2)
        }
        return total
    }

    /// The disagreement expected by chance on a category: how far the category's units would
    /// be from each other and from the readers' gaps, were they placed at random.
    public func expectedDisagreement(_ category: String) -> Double {
        guard length > 0, let perRater = unitsByCategory[category] else { return 0 }
        let units = perRater.joined()
        let count = Double(units.count)
        var gaps: [Int] = []
        let end = begin + length
        for own in perRater {
            var position = begin
            for unit in own {
                if unit.offset > position { gaps.append(unit.offset - position) }
                position = max(position, unit.end)
            }
            if end > position { gaps.append(end - position) }
        }
        gaps.sort()
        // Suffix sums of the gaps, to sum (g − l + 1) over the gaps at least l long.
        var suffixSums = Array(repeating: 0.0, count: gaps.count + 1)
        for index in stride(from: gaps.count - 1, through: 0, by: -1) { suffixSums[index] = suffixSums[index + 1] + Double(gaps[index]) }
        var numerator = 0.0
        var squares = 0.0
        for unit in units {
            let l = Double(unit.length)
            squares += l * (l - 1)
            var low = 0, high = gaps.count
            while low < high {
                let middle = (low + high) / 2
                if gaps[middle] < unit.length { low = middle + 1 } else { high = middle }
            }
            let longEnough = Double(gaps.count - low)
            let fits = suffixSums[low] - longEnough * (l - 1)
            numerator += (count - 1) * (2 * l * l * l - 3 * l * l + l) / 3 + l * l * fits
        }
        let total = Double(raterCount) * Double(length)
        let denominator = total * (total - 1) - squares
        guard denominator > 0 else { return 0 }
        return 2 / Double(length) * numerator / denominator
    }

    /// αU of one category: 1 − observed / expected disagreement; 0 when they are equal (no
    /// information), 1 when neither disagrees but some reader marked something of length.
    public func alpha(_ category: String) -> Double {
        Self.alpha(observed: observedDisagreement(category), expected: expectedDisagreement(category),
                   carriesInformation: unitsByCategory[category]?.joined().contains { $0.length > 0 } ?? false)
    }

    /// αU over all categories: 1 − the mean observed over the mean expected disagreement (not
    /// the mean of each category's α); NaN when there is no category.
    public var overallAlpha: Double {
        guard !categories.isEmpty else { return .nan }
        let observed = categories.map(observedDisagreement).reduce(0, +)
        let expected = categories.map(expectedDisagreement).reduce(0, +)
        return Self.alpha(observed: observed, expected: expected,
                          carriesInformation: unitsByCategory.values.contains { $0.joined().contains { $0.length > 0 } })
    }

    static func alpha(observed: Double, expected: Double, carriesInformation: Bool) -> Double {
        if observed == expected { return observed == 0 && carriesInformation ? 1 : 0 }
        return 1 - observed / expected
    }
}
