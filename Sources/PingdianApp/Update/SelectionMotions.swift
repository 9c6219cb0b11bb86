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
    func glyphEnd(at offset: Int, rows: TextRows) -> Int {
        guard let line = rows.line(at: rows.position(of: offset)) else { return offset + 1 }
        return line.glyphs.first { $0.offsets.lowerBound == offset }?.offsets.upperBound ?? offset + 1
    }

    /// The word, sentence or paragraph around `offset`, within its paragraph.
    func segment(_ kind: TextBoundaries.Kind?, containing offset: Int) -> Range<Int> {
        let paragraph = document.paragraphs[document.paragraphIndex(containing: offset) ?? 0].range
        guard let kind else { return paragraph }
        return TextBoundaries.segment(kind, containing: max(paragraph.lowerBound, min(offset, paragraph.upperBound - 1)),
                                      in: paragraph, of: document)
    }

    /// Moves the cursor to the last glyph of the next (or previous) word or sentence, crossing
    /// into the next paragraph at its end, so that a selection grows or shrinks unit by unit.
    mutating func moveToUnitEnd(_ kind: TextBoundaries.Kind?, forward: Bool, times: Int) {
        guard !document.isEmpty else { return }
        var offset = cursor
        for _ in 0..<times {
            let current = segment(kind, containing: offset)
            let probe = forward ? glyphEnd(at: offset, rows: rows) : current.lowerBound - 1
            guard probe >= 0, probe < document.scalarCount else { break }
            var target = segment(kind, containing: probe)
            if target.lowerBound > probe || target.upperBound <= probe {
                // The probe was on a newline between paragraphs: take the next or previous one.
                target = segment(kind, containing: forward ? probe + 1 : probe - 1)
            }
            // A unit of only white space (between Latin words) is not one to stop at.
            var guardSteps = 0
            while document.scalars[target].allSatisfy(\.isLineWhiteSpaceOrNewline), guardSteps < 4 {
                let next = forward ? target.upperBound : target.lowerBound - 1
                guard next >= 0, next < document.scalarCount else { break }
                target = segment(kind, containing: next)
                guardSteps += 1
            }
            offset = lastGlyphStart(in: target)
        }
        moveCursor(to: offset, jump: false)
    }

    /// The start of the last glyph inside `range` that is not white space.
    func lastGlyphStart(in range: Range<Int>) -> Int {
        var end = range.upperBound - 1
        while end > range.lowerBound, document.scalars[end].isLineWhiteSpaceOrNewline { end -= 1 }
        return glyphStart(for: max(range.lowerBound, end), rows: rows)
    }

    /// Starts a selection at the cursor, or ends the one being made.
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
