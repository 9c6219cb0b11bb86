/// Which stretch of the text a ``CueRule`` marks around its cue.
///
/// A sentence ends after 。！？!? (with the closing quotes and brackets that follow); a clause
/// ends at ，,；;：:, a dash — or a bracket. Spans never hold the punctuation around a clause.
public enum CueSpan: String, Hashable, Sendable, CaseIterable {
    /// The whole sentence holding the cue, its end mark included.
    case sentence
    /// The clause holding the cue; for a pair, from the first marker's clause to the second's.
    case clause
    /// The rest of the cue's clause after the cue, or the next clause when nothing is left
    /// (相信我, … marks what follows); for a pair, what follows the second marker.
    case clauseAfter
    /// For a pair, from the first marker to the end of the clause before the second (the part a
    /// 儘管 … 但 concedes), or up to the second when both share a clause; for other cues, the
    /// clause holding the cue.
    case beforeTurn
    /// The clause before the cue's clause: what an afterthought (——他忘了…) comments on; the
    /// cue's own clause when it is the first. The only span that need not hold its cue.
    case clauseBefore
    /// Only the cue itself (a quotation, a stock phrase).
    case cue
}
