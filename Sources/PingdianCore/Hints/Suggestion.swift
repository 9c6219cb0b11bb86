/// A move the suggester thinks likely: a kind over a span, and the cues that gave it.
///
/// Weaker than an annotation: it says only that a marker was there. Overlapping suggestions of
/// the same kind are merged, so one suggestion may carry several cues.
public struct Suggestion: Hashable, Sendable {
    /// One cue that fired: the rule and where its marker is.
    public struct Cue: Hashable, Sendable {
        /// The id of the ``CueRule``.
        public var ruleID: String
        /// The offsets of the marker (for a pair, of the first marker).
        public var range: Range<Int>
        /// For a pair, the offsets of the second marker (the 但 of 儘管 … 但); nil otherwise.
        public var partner: Range<Int>?

        /// Makes a cue.
        public init(ruleID: String, range: Range<Int>, partner: Range<Int>? = nil) {
            self.ruleID = ruleID
            self.range = range
            self.partner = partner
        }
    }

    /// The key of the suggested move kind.
    public var kind: String
    /// The offsets it marks (scalars, half-open).
    public var range: Range<Int>
    /// The cues that gave it, by position; never empty.
    public var cues: [Cue]

    /// Makes a suggestion; `cues` must not be empty.
    public init(kind: String, range: Range<Int>, cues: [Cue]) {
        precondition(!cues.isEmpty, "a suggestion needs a cue")
        self.kind = kind
        self.range = range
        self.cues = cues
    }

    /// The rule of its first cue.
    public var ruleID: String { cues[0].ruleID }

    /// The ids of the rules of its cues, each once, in the order of the cues.
    public var ruleIDs: [String] {
        var seen: Set<String> = []
        return cues.map(\.ruleID).filter { seen.insert($0).inserted }
    }
}
