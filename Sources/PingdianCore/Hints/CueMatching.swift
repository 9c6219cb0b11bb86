/// Where a ``CuePattern`` matched in a sentence: its cue and, for a pair, the second marker.
struct CueMatch: Hashable, Sendable {
    /// The marker (for a pair, the first one), the question mark, the quotation or the figure.
    let cue: Range<Int>
    /// The second marker of a pair.
    let partner: Range<Int>?
}

extension CuePattern {
    /// Every match in `sentence`, by position.
    func matches(in sentence: HintSentence, of scalars: [Unicode.Scalar]) -> [CueMatch] {
        switch self {
        case .marker(let marker):
            return marker.occurrences(in: sentence, of: scalars).map { CueMatch(cue: $0, partner: nil) }
        case .pair(let first, let second):
            let seconds = second.occurrences(in: sentence, of: scalars)
            return first.occurrences(in: sentence, of: scalars).compactMap { cue in
                seconds.first { $0.lowerBound >= cue.upperBound }.map { CueMatch(cue: cue, partner: $0) }
            }
        case .question:
            let last = HintSentence.trim(sentence.range, of: scalars) { $0.isLineWhiteSpace || HintSentence.isCloser($0) }
            guard let end = last.last, scalars[end] == "？" || scalars[end] == "?" else { return [] }
            return [CueMatch(cue: end..<end + 1, partner: nil)]
        case .quotation(let lengths):
            return Self.quotations(in: sentence.range, of: scalars, lengths: lengths)
        case .figure(let units):
            return Self.figures(in: sentence.range, of: scalars, units: units.map { Array($0.unicodeScalars) })
        }
    }

    /// Quotations in “…” or 「…」 (or 『…』) inside `range` whose inner length is in `lengths`.
    private static func quotations(in range: Range<Int>, of scalars: [Unicode.Scalar], lengths: ClosedRange<Int>) -> [CueMatch] {
        let closerOf: [Unicode.Scalar: Unicode.Scalar] = ["“": "”", "「": "」", "『": "』"]
        var found: [CueMatch] = []
        var offset = range.lowerBound
        while offset < range.upperBound {
            guard let closer = closerOf[scalars[offset]],
                  let end = (offset + 1..<range.upperBound).first(where: { scalars[$0] == closer }) else {
                offset += 1
                continue
            }
            if lengths.contains(end - offset - 1) { found.append(CueMatch(cue: offset..<end + 1, partner: nil)) }
            offset = end + 1
        }
        return found
    }

    /// Figures in digits inside `range` followed by one of `units`; a digit right after a Latin
    /// letter, a digit, `-`, `.` or `_` is part of a name or another number.
    private static func figures(in range: Range<Int>, of scalars: [Unicode.Scalar], units: [[Unicode.Scalar]]) -> [CueMatch] {
        let units = units.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        var found: [CueMatch] = []
        var offset = range.lowerBound
        while offset < range.upperBound {
            let start = offset
            guard scalars[start].isDigitForFigures,
                  start == 0 || !scalars[start - 1].continuesName else {
                offset += 1
                continue
            }
            var end = start + 1
            while end < range.upperBound,
                  scalars[end].isDigitForFigures
                    || (scalars[end] == "." || scalars[end] == ",") && end + 1 < range.upperBound && scalars[end + 1].isDigitForFigures {
                end += 1
            }
            offset = end
            var unitStart = end
            while unitStart < range.upperBound && scalars[unitStart] == " " { unitStart += 1 }
            if let unit = units.first(where: { ScalarSearch.matches($0, in: scalars, at: unitStart) && unitStart + $0.count <= range.upperBound }) {
                found.append(CueMatch(cue: start..<unitStart + unit.count, partner: nil))
                offset = unitStart + unit.count
            }
        }
        return found
    }
}

extension CueMarker {
    /// Where the marker counts in `sentence`, by position, without overlaps (the longest
    /// spelling at a position wins, and the search goes on after it).
    func occurrences(in sentence: HintSentence, of scalars: [Unicode.Scalar]) -> [Range<Int>] {
        let spellings = spellings.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        let notAfter = notAfter.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
        let notBefore = notBefore.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
        let end = sentence.range.upperBound
        var found: [Range<Int>] = []
        var offset = sentence.range.lowerBound
        while offset < end {
            guard let spelling = spellings.first(where: { offset + $0.count <= end && ScalarSearch.matches($0, in: scalars, at: offset) }) else {
                offset += 1
                continue
            }
            let match = offset..<offset + spelling.count
            let excluded = notAfter.contains { ScalarSearch.matches($0, in: scalars, at: match.lowerBound - $0.count) }
                || notBefore.contains { ScalarSearch.matches($0, in: scalars, at: match.upperBound) }
                || clauseInitial && sentence.clause(containing: match.lowerBound).lowerBound != match.lowerBound
                || wholeClause && sentence.clause(containing: match.lowerBound) != match
            if excluded {
                offset += 1
            } else {
                found.append(match)
                offset = match.upperBound
            }
        }
        return found
    }
}

extension Unicode.Scalar {
    /// An ASCII or full-width digit.
    fileprivate var isDigitForFigures: Bool {
        isASCIIDigit || (0xFF10...0xFF19).contains(value)
    }

    /// A scalar after which a digit belongs to a name or another number (H100, GPT-4, o1, 3.5).
    fileprivate var continuesName: Bool {
        isDigitForFigures || ("a"..."z").contains(self) || ("A"..."Z").contains(self) || self == "-" || self == "." || self == "_"
    }
}
