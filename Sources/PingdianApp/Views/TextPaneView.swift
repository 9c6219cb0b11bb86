import PingdianCore
import TerminalKit

/// Draws the text pane: the laid-out lines from the top row, the cursor and the highlights.
struct TextPaneView {
    let state: AppState
    let theme: Theme

    func draw(into grid: inout CellGrid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        if state.document.isEmpty {
            let message = state.strings.emptyText
            let x = rect.x + max(0, (rect.width - CellWidth.of(message)) / 2)
            grid.write(message, x: x, y: rect.y + rect.height / 2, style: theme.faint, clip: rect)
            return
        }
        let rows = state.rows
        let left = rect.x + state.regions.textMargin
        var position: RowPosition? = state.top
        for y in rect.y..<rect.maxY {
            guard let current = position else { break }
            switch rows.row(at: current) {
            case .line(let line): drawLine(line, into: &grid, x: left, y: y, clip: rect)
            case .paragraphGap: break
            case .sectionBreak:
                let mark = "＊　＊　＊"
                let x = rect.x + max(0, (rect.width - CellWidth.of(mark)) / 2)
                grid.write(mark, x: x, y: y, style: theme.sectionMark, clip: rect)
            }
            position = rows.next(current)
        }
    }

    private func drawLine(_ line: DisplayLine, into grid: inout CellGrid, x: Int, y: Int, clip: Rect) {
        var column = x
        for glyph in line.glyphs {
            var style = glyph.role == .placeholder ? theme.placeholder : theme.text
            if glyph.offsets.contains(state.cursor) || (glyph.offsets.isEmpty == false && glyph.offsets.lowerBound == state.cursor) {
                style = theme.cursor
            }
            grid.put(glyph.text, width: glyph.width, x: column, y: y, style: style, clip: clip)
            column += glyph.width
        }
    }
}

import CellWidth
