/// One line of the rule table: a cue, the move it suggests, the span it marks, and why.
public struct CueRule: Hashable, Sendable, Identifiable {
    /// A stable identifier, `<kind>-<cue>` in ASCII (`concession-jinguan-dan`).
    public var id: String
    /// The key of the ``MoveKind`` it suggests (`concession`).
    public var kind: String
    /// What it looks for.
    public var cue: CuePattern
    /// What it marks around the cue.
    public var span: CueSpan
    /// Why the cue suggests the move, in one line of each language.
    public var rationale: LocalizedText

    /// Makes a rule; `english` and `chinese` are the one-line rationale.
    public init(id: String, kind: String, cue: CuePattern, span: CueSpan, english: String, chinese: String) {
        self.id = id
        self.kind = kind
        self.cue = cue
        self.span = span
        self.rationale = LocalizedText(traditionalChinese: chinese, english: english)
    }
}
