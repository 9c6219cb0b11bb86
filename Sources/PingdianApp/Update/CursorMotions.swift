import PingdianCore

extension AppState {
    /// The offset of the first paragraph's start.
    var textStart: Int { document.paragraphs.first?.range.lowerBound ?? 0 }

    /// The start of paragraph `index`, clamped to the paragraphs there are.
    func paragraphStart(_ index: Int) -> Int {
        guard !document.paragraphs.isEmpty else { return 0 }
        return document.paragraphs[max(0, min(index, document.paragraphs.count - 1))].range.lowerBound
    }

    /// The offset `percent` per cent into the text.
    func offset(atPercent percent: Int) -> Int {
        document.scalarCount * max(0, min(100, percent)) / 100
    }

    /// The start of the glyph that shows `offset`, so that the cursor always sits on something visible.
    func glyphStart(for offset: Int, rows: TextRows) -> Int { rows.glyphStart(for: offset) }

    /// The column of the cursor within its line.
    func cursorColumn(rows: TextRows) -> Int { rows.column(of: cursor) }

    /// Moves the cursor `count` lines down (negative: up), keeping its column.
    mutating func moveCursorByLines(_ count: Int) {
        let rows = self.rows
        let column = desiredColumn ?? cursorColumn(rows: rows)
        if let offset = rows.offset(lines: count, from: cursor, column: column) {
            cursor = offset
        } else {
            message = count > 0 ? strings.endOfText : strings.topOfText
        }
        desiredColumn = column
        revealCursor(rows: rows, asJump: false)
    }

    /// Scrolls the view `count` rows and moves the cursor as many rows (Ctrl-D, Ctrl-U, as in vim).
    mutating func halfPage(by count: Int) {
        let rows = self.rows
        let column = desiredColumn ?? cursorColumn(rows: rows)
        let target = rows.lineRow(from: rows.advance(rows.position(of: cursor), by: count), forward: count > 0)
        top = clampedTop(rows.advance(top, by: count), rows: rows)
        if let line = rows.line(at: target) { cursor = line.offset(atColumn: column) }
        desiredColumn = column
        revealCursor(rows: rows, asJump: false)
    }

    /// Moves the cursor `count` glyphs right (negative: left), across lines.
    mutating func moveCursorByGlyphs(_ count: Int) {
        let rows = self.rows
        let (offset, complete) = rows.offset(glyphs: count, from: cursor)
        if !complete { message = count > 0 ? strings.endOfText : strings.topOfText }
        cursor = offset
        desiredColumn = nil
        revealCursor(rows: rows, asJump: false)
    }

    /// Scrolls the view `count` rows (negative: up) and keeps the cursor on screen.
    mutating func scroll(by count: Int) {
        let rows = self.rows
        top = clampedTop(rows.advance(top, by: count), rows: rows)
        keepCursorOnScreen(rows: rows)
    }

    /// Turns pages: scrolls the view by `count` rows; the cursor keeps its row on the screen.
    mutating func page(by count: Int) {
        let rows = self.rows
        let cursorRow = rows.position(of: cursor)
        let screenRow = max(0, rows.distance(from: top, to: cursorRow, limit: textHeight))
        let newTop = clampedTop(rows.advance(top, by: count), rows: rows)
        if newTop == top {
            // Nothing left to scroll: go to the first or last line, as less does at its ends.
            let target = count > 0 ? rows.last : rows.first
            if let line = rows.line(at: target) { cursor = glyphStart(for: line.range.lowerBound, rows: rows) }
            message = count > 0 ? strings.endOfText : strings.topOfText
            return
        }
        top = newTop
        let column = desiredColumn ?? cursorColumn(rows: rows)
        let row = rows.lineRow(from: rows.advance(top, by: screenRow), forward: true)
        if let line = rows.line(at: row) { cursor = line.offset(atColumn: column) }
        desiredColumn = column
        keepCursorOnScreen(rows: rows)
    }

    /// Moves the cursor to the start of the paragraph `count` paragraphs away; `{` first goes to
    /// the start of the current paragraph.
    mutating func moveToParagraph(by count: Int) {
        let current = cursorParagraph
        var target = current + count
        if count < 0, cursor > document.paragraphs[current].range.lowerBound { target += 1 }
        target = max(0, min(document.paragraphs.count - 1, target))
        if target == current, count > 0 {
            message = strings.endOfText
            return
        }
        jump(to: document.paragraphs[target].range.lowerBound)
    }

    /// A jump: remembered for Ctrl-O, then the cursor goes to `offset`, shown a third down the pane.
    mutating func jump(to offset: Int, placeAtTop: Bool = false) {
        jumps.record(cursor)
        moveCursor(to: offset, jump: true)
        if placeAtTop { top = rows.first }
    }

    /// Jumps to the last line of the text with the view at the end.
    mutating func jumpToEnd() {
        jumps.record(cursor)
        let rows = self.rows
        top = clampedTop(rows.last, rows: rows)
        if let line = rows.line(at: rows.last) { cursor = glyphStart(for: line.range.lowerBound, rows: rows) }
        desiredColumn = nil
    }

    /// Puts the cursor at `offset` and scrolls it into view.
    mutating func moveCursor(to offset: Int, jump: Bool) {
        let rows = self.rows
        cursor = glyphStart(for: offset, rows: rows)
        desiredColumn = nil
        revealCursor(rows: rows, asJump: jump)
    }

    /// The last row that may be at the top: the screen stays full at the end of the text.
    func maximumTop(rows: TextRows) -> RowPosition {
        rows.advance(rows.last, by: -(textHeight - 1))
    }

    /// `top` kept between the first row and the last row that may be at the top.
    func clampedTop(_ candidate: RowPosition, rows: TextRows) -> RowPosition {
        min(candidate, maximumTop(rows: rows))
    }

    /// Scrolls so that the cursor's row is on screen: minimally for small moves, a third
    /// down the pane for jumps.
    mutating func revealCursor(rows: TextRows, asJump: Bool) {
        let cursorRow = rows.position(of: cursor)
        let below = rows.distance(from: top, to: cursorRow, limit: textHeight + 1)
        if below < 0 || below >= textHeight {
            if asJump {
                top = rows.advance(cursorRow, by: -(textHeight / 3))
            } else {
                top = below < 0 ? cursorRow : rows.advance(cursorRow, by: -(textHeight - 1))
            }
        }
        top = clampedTop(top, rows: rows)
    }

    /// Moves the cursor onto the nearest visible line when scrolling left it off screen.
    mutating func keepCursorOnScreen(rows: TextRows) {
        let cursorRow = rows.position(of: cursor)
        let below = rows.distance(from: top, to: cursorRow, limit: textHeight + 1)
        guard below < 0 || below >= textHeight else { return }
        let column = desiredColumn ?? cursorColumn(rows: rows)
        let target = below < 0
            ? rows.lineRow(from: top, forward: true)
            : rows.lineRow(from: rows.advance(top, by: textHeight - 1), forward: false)
        if let line = rows.line(at: target) { cursor = line.offset(atColumn: column) }
        desiredColumn = column
    }

    /// Applies a change that alters the layout (size, pane), keeping the reading position:
    /// the text that was at the top stays at the top, and the cursor stays on its character.
    mutating func relayout(_ change: (inout AppState) -> Void) {
        let before = rows
        let anchor: Int
        if let sticky = layoutAnchor, sticky.top == top {
            anchor = sticky.offset
        } else {
            anchor = before.line(at: before.lineRow(from: top, forward: true))?.range.lowerBound ?? textStart
        }
        let topWasGap = before.line(at: top) == nil
        change(&self)
        guard !document.isEmpty else { return }
        let after = rows
        var newTop = after.position(of: anchor)
        if topWasGap, newTop.row > 0, after.line(at: RowPosition(paragraph: newTop.paragraph, row: 0)) == nil,
           after.layout(newTop.paragraph).lines.first?.range.lowerBound == anchor {
            newTop.row = 0
        }
        top = clampedTop(newTop, rows: after)
        cursor = glyphStart(for: cursor, rows: after)
        revealCursor(rows: after, asJump: false)
        layoutAnchor = (anchor, top)
    }

    /// Makes the pane wider or narrower (taller or shorter when it is under the text).
    mutating func resizePane(by steps: Int) {
        relayout { state in
            switch state.regions.placement {
            case .beside:
                state.paneColumns = max(20, min(state.size.columns - 41, state.regions.pane.width + 4 * steps))
                state.paneColumnsAdjustment = state.paneColumns - AppState.defaultPaneColumns(for: state.size)
            case .below: state.paneRows = max(3, min(state.size.rows - 6, state.regions.pane.height + 2 * steps))
            case .hidden: break
            }
        }
    }
}

extension AppState {
    /// Opens the reader at a saved offset: the cursor there, a third down the pane.
    mutating func restore(offset: Int) {
        guard !document.isEmpty else { return }
        moveCursor(to: max(0, min(offset, document.scalarCount)), jump: true)
    }
}
