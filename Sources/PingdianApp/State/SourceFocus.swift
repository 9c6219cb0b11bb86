import PingdianCore

/// The source text with a cursor of its own (`@`, Docs/sources.md): the pane shows the source,
/// the reader moves and selects in it as in the essay, and an attribution is made from the
/// essay's passage (``claim``) and the source's words selected here.
public struct SourceFocus: Hashable, Sendable {
    /// The cursor: a scalar offset in the source text, at the start of a glyph.
    public var cursor: Int
    /// While a selection is being made: its fixed end (the cursor is the moving end).
    public var anchor: Int?
    /// A selection ended with `v`: kept for Enter until Esc or a new selection.
    public var kept: Range<Int>?
    /// The first row the pane shows.
    public var top = RowPosition(paragraph: 0, row: 0)
    /// The column kept while moving by lines.
    public var desiredColumn: Int?
    /// The essay's passage an attribution is being made for (selected before `@`); nil: the
    /// sentence under the essay's cursor.
    public var claim: Range<Int>?
    /// A search being typed (`/`); nil when none is.
    public var query: String?
    /// The last search, for `n` and `N`.
    public var lastQuery: String?

    /// A cursor at `offset` of the source, for an attribution of `claim`.
    public init(cursor: Int, claim: Range<Int>?) {
        self.cursor = cursor
        self.claim = claim
    }

    /// The selected offsets, both end glyphs included; nil while nothing is selected.
    func selection(rows: TextRows) -> Range<Int>? {
        guard let anchor else { return kept }
        return min(anchor, cursor)..<rows.glyphEnd(at: max(anchor, cursor))
    }

    /// Scrolls so that the cursor's row is among the `height` rows shown: minimally, or a third
    /// down for a jump.
    mutating func reveal(rows: TextRows, height: Int, asJump: Bool) {
        let height = max(1, height)
        let cursorRow = rows.position(of: cursor)
        let below = rows.distance(from: top, to: cursorRow, limit: height + 1)
        guard below < 0 || below >= height else { return }
        if asJump {
            top = rows.advance(cursorRow, by: -(height / 3))
        } else {
            top = below < 0 ? cursorRow : rows.advance(cursorRow, by: -(height - 1))
        }
    }
}

/// The list of verdicts shown when the reader attributes a passage to its source, or edits
/// such a note (Docs/sources.md).
public struct VerdictPicker: Hashable, Sendable {
    /// The note being made: its ``NoteDraft/source`` holds the source's words.
    public var draft: NoteDraft
    /// The highlighted row (an index into ``AnnotationSource/Verdict/allCases``).
    public var selection: Int
    /// The source text as it was when its words were chosen, where closing the list goes back
    /// to; nil when an attribution is edited (closing goes back to reading).
    public var returnTo: SourceFocus?
}
