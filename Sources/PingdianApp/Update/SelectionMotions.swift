import PingdianCore

extension AppState {
    /// The selected offsets, from the fixed end to the moving end, both glyphs included.
    public var selection: Range<Int>? {
        guard let anchor = selectionAnchor else { return keptSelection }
        let rows = self.rows
        let low = min(anchor, cursor)
        let high = max(anchor, cursor)
        return low..<glyphEnd(at: high, rows: rows)
    }

    /// The offset just past the glyph that starts at `offset` (combining marks included).
    func glyphEnd(at offset: Int, rows: TextRows) -> Int { rows.glyphEnd(at: offset) }

    /// The word, sentence or paragraph around `offset`, within its paragraph.
    func segment(_ kind: TextBoundaries.Kind?, containing offset: Int) -> Range<Int> {
        rows.segment(kind, containing: offset)
    }

    /// Moves the cursor to the last glyph of the next (or previous) word or sentence, crossing
    /// into the next paragraph at its end, so that a selection grows or shrinks unit by unit.
    mutating func moveToUnitEnd(_ kind: TextBoundaries.Kind?, forward: Bool, times: Int) {
        guard !document.isEmpty else { return }
        moveCursor(to: rows.unitEnd(kind, from: cursor, forward: forward, times: times), jump: false)
    }

    /// `v`: starts a selection at the cursor, or ends the one being made and keeps it for `a`.
    mutating func toggleSelection() {
        if selectionAnchor != nil {
            keptSelection = selection
            selectionAnchor = nil
        } else {
            keptSelection = nil
            selectionAnchor = cursor
        }
    }
}

extension Unicode.Scalar {
    /// White space that a selection by unit should not end on.
    var isLineWhiteSpaceOrNewline: Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x3000: return true
        default: return false
        }
    }
}
