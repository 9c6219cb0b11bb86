import TerminalKit

/// Draws a page (help, the legend, an annotation read in full) into a rectangle, scrolled down
/// by `scroll` rows, each piece in the style the theme gives its role.
struct PageView {
    let theme: Theme

    func draw(_ rows: [PageRow], into grid: inout CellGrid, in rect: Rect, scroll: Int) {
        let start = max(0, min(scroll, rows.count - rect.height))
        for (index, row) in rows.dropFirst(start).prefix(rect.height).enumerated() {
            var x = rect.x + 1
            for piece in row {
                x = grid.write(piece.text, x: x, y: rect.y + index, style: style(piece.role), clip: rect)
            }
        }
    }

    /// The style of a role in this theme.
    func style(_ role: PageRole) -> CellStyle {
        switch role {
        case .heading: return theme.heading
        case .keyName: return theme.keyName
        case .text: return theme.text
        case .faint: return theme.faint
        case .note: return theme.note
        case .divider: return theme.divider
        case .kindLabel(let kind): return theme.kindLabel(kind)
        case .kindText(let kind): return theme.highlight(kind)
        case .readerNote(let kind): return theme.readerNote(over: theme.highlight(kind))
        case .overlap(let kind): return theme.highlight(kind).adding(.underline)
        case .selected: return theme.selected(over: theme.text)
        case .searchMatch: return theme.searchMatch
        case .hint: return theme.hint
        case .cursor: return theme.cursor
        case .verdict(let verdict): return theme.verdict(verdict)
        case .agreement: return theme.agreement
        case .disagreement: return theme.disagreement
        }
    }
}
