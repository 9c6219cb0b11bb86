/// How freely a line may break before a cluster, from best to worst.
///
/// The filler breaks only at ``allowed``; the weaker ones are its fallback, tried in order, when a
/// unit is wider than a whole line.
enum BreakStrength: UInt8, Comparable {
    /// Splits `——` or `……`: the last resort.
    case forced
    /// Breaks a rule at the edge of a line (a line starts with `，` or ends with `「`) but keeps
    /// `——` and `……` whole.
    case breaksEdgeRule
    /// Keeps every clreq rule but is no opportunity: it splits a Latin word or number, or a unit
    /// glued by the rules. Never before a space (a line would start with it).
    case keepsClreq
    /// An ICU opportunity that clreq allows but that splits a word at a hyphen (`DeepSeek-|V3`).
    case afterHyphen
    /// A break the layout may take.
    case allowed

    static func < (lhs: BreakStrength, rhs: BreakStrength) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Where a paragraph may break: ICU's opportunities (one call per paragraph), tailored for clreq.
///
/// Tailoring (Docs/layout.md §2): a break is added before an opening `“ ‘` after a CJK character
/// and after a closing `” ’` before one (ICU's LB19 glues quotes to both sides), and after an ASCII `,.:;?!`
/// used as Chinese punctuation, after a CJK character (ICU's LB29 glues `,` `:` to a following
/// Latin letter, as in `中,Dario`, a unit too wide for a narrow pane); a break is removed before
/// a character that must not start a line (so `——` and `……` are never split and never start a
/// line), after one that must not end a line (spaces skipped, as they hang), and after a hyphen
/// between letters or digits (`DeepSeek-V3`). A removed break glues two units into one, which is
/// clreq's remedy of pushing the previous unit down to the next line.
enum BreakOpportunities {
    /// The strength of the boundary before each cluster, `clusters.count + 1` values; the first
    /// and the last (the paragraph's edges) are ``BreakStrength/allowed``.
    static func strengths(of paragraph: MappedParagraph) -> [BreakStrength] {
        let clusters = paragraph.clusters
        let count = clusters.count
        var strengths = [BreakStrength](repeating: .forced, count: count + 1)
        strengths[0] = .allowed
        strengths[count] = .allowed
        guard count > 1 else { return strengths }

        // ICU's opportunities, as cluster boundaries (one inside a cluster, before a mark, is dropped).
        var icu = [Bool](repeating: false, count: count + 1)
        var cluster = 0
        for position in ICUBoundaries.run(.line, on: paragraph.utf16) {
            while cluster < count, paragraph.utf16Starts[cluster] < position { cluster += 1 }
            if cluster < count, paragraph.utf16Starts[cluster] == position { icu[cluster] = true }
        }

        var lastNonSpace: Unicode.Scalar? = clusters[0].mayHang ? nil : clusters[0].shown
        for index in 1..<count {
            let previous = clusters[index - 1].shown
            let current = clusters[index].shown
            let opportunity = icu[index]
                || (ClreqRules.isOpeningQuote(current) && ClreqRules.isCJK(previous))
                || (ClreqRules.isClosingQuote(previous) && ClreqRules.isCJK(current))
                || (index >= 2 && ClreqRules.isASCIIStop(previous) && ClreqRules.isCJK(clusters[index - 2].shown))
            // ICU never breaks before a space or tab (UAX #14 LB7, LB21); neither do we.
            let keepsClreq = !clusters[index].mayHang && !ClreqRules.mayNotStartLine(current)
                && !(lastNonSpace.map(ClreqRules.mayNotEndLine) ?? false)
            let splitsWord = index >= 2 && ClreqRules.isHyphen(previous)
                && ClreqRules.isWordCharacter(clusters[index - 2].shown)
                && ClreqRules.isWordCharacter(current)
            if keepsClreq {
                strengths[index] = opportunity ? (splitsWord ? .afterHyphen : .allowed) : .keepsClreq
            } else if !(previous == current && (current == "\u{2014}" || current == "\u{2026}")) {
                strengths[index] = .breaksEdgeRule
            }
            if !clusters[index].mayHang { lastNonSpace = current }
        }
        return strengths
    }
}
