/// A discourse marker a cue looks for: one or more spellings, and where they do not count.
///
/// `CueMarker(["可能", "也許"], notAfter: ["不"])` matches 可能 or 也許 anywhere except in 不可能.
/// At one position the longest spelling that matches wins.
public struct CueMarker: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The spellings, any of which is the marker (可能, 也許…).
    public var spellings: [String]
    /// Texts that, ending just before the marker, keep it from counting (不 before 可能).
    public var notAfter: [String]
    /// Texts that, starting just after the marker, keep it from counting (是 after 但: 但是 is another marker).
    public var notBefore: [String]
    /// Whether the marker counts only at the start of a clause (然而, 可是 as connectives).
    public var clauseInitial: Bool
    /// Whether the marker counts only as a clause of its own (你看， but not 你看過).
    public var wholeClause: Bool

    /// Makes a marker of these spellings with the places where it does not count.
    public init(_ spellings: [String], notAfter: [String] = [], notBefore: [String] = [], clauseInitial: Bool = false, wholeClause: Bool = false) {
        self.spellings = spellings
        self.notAfter = notAfter
        self.notBefore = notBefore
        self.clauseInitial = clauseInitial
        self.wholeClause = wholeClause
    }

    /// A marker of one spelling that counts anywhere.
    public init(stringLiteral value: String) {
        self.init([value])
    }
}
