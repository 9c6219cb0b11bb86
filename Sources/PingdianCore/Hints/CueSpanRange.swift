extension CueSpan {
    /// The offsets this span marks for `match` in `sentence`; never empty, always inside the
    /// sentence, and holding the cue (for ``beforeTurn`` of a pair, the first marker only;
    /// ``clauseBefore`` ends before it).
    func range(for match: CueMatch, in sentence: HintSentence, of scalars: [Unicode.Scalar]) -> Range<Int> {
        let cue = match.cue
        let cueClause = sentence.clauseIndex(containing: cue.lowerBound)
        switch self {
        case .sentence:
            return sentence.range
        case .cue:
            return hull(cue, match.partner ?? cue)
        case .clause:
            var range = hull(sentence.clauses[cueClause], cue)
            if let partner = match.partner {
                range = hull(range, hull(sentence.clause(containing: partner.lowerBound), partner))
            }
            return range
        case .clauseAfter:
            let clause = sentence.clauses[cueClause]
            if cue.upperBound >= clause.upperBound, cueClause + 1 < sentence.clauses.count {
                return cue.lowerBound..<sentence.clauses[cueClause + 1].upperBound
            }
            return cue.lowerBound..<max(cue.upperBound, clause.upperBound)
        case .clauseBefore:
            return cueClause > 0 ? sentence.clauses[cueClause - 1] : hull(sentence.clauses[cueClause], cue)
        case .beforeTurn:
            guard let partner = match.partner else { return hull(sentence.clauses[cueClause], cue) }
            let start = cue.lowerBound
            let partnerClause = sentence.clauseIndex(containing: partner.lowerBound)
            if partnerClause > cueClause { return start..<max(cue.upperBound, sentence.clauses[partnerClause - 1].upperBound) }
            let gap = HintSentence.trim(cue.upperBound..<partner.lowerBound, of: scalars) { $0.isLineWhiteSpace }
            return start..<(gap.isEmpty ? cue.upperBound : gap.upperBound)
        }
    }

    private func hull(_ a: Range<Int>, _ b: Range<Int>) -> Range<Int> {
        min(a.lowerBound, b.lowerBound)..<max(a.upperBound, b.upperBound)
    }
}
