import CellWidth
import PingdianCore
import TerminalKit

/// Draws the legend: each move kind as it looks in the text, its label, count and definition.
struct LegendView {
    let state: AppState
    let theme: Theme

    /// The rows of the legend, each a list of styled pieces.
    func rows(width: Int) -> [[(String, CellStyle)]] {
        let strings = state.strings
        let language = strings.language
        let counts = state.annotations.countsByKind
        var rows: [[(String, CellStyle)]] = [[(strings.legendTitle, theme.heading)], []]
        let labelColumn = state.kinds.map { CellWidth.of($0.label.text(in: language)) }.max() ?? 8
        for kind in state.kinds {
            let label = kind.label.text(in: language)
            let other = kind.label.text(in: language == .english ? .traditionalChinese : .english)
            let padding = String(repeating: " ", count: max(1, labelColumn - CellWidth.of(label) + 2))
            let count = counts[kind.key] ?? 0
            rows.append([
                ("■ ", theme.kindLabel(kind)), (label, theme.highlight(kind)), (padding, theme.text),
                ("\(count)", theme.heading), ("  \(other) · \(kind.color.hex) · \(strings.styleWords(kind.monochrome))", theme.faint),
            ])
            for line in TextWrapping.lines(kind.description.text(in: language), width: max(1, width - 6)) {
                rows.append([("    " + line, theme.text)])
            }
        }
        rows.append([])
        for line in TextWrapping.lines(strings.contradictionPairExplained, width: max(1, width - 2)) {
            rows.append([(line, theme.text)])
        }
        rows.append([])
        rows.append([(state.keyMap.footer(.legend, in: strings), theme.faint)])
        return rows
    }
}

/// Draws the filter of kinds: a checkbox per kind with its count.
struct FilterView {
    let state: AppState
    let theme: Theme

    func draw(into grid: inout CellGrid, in rect: Rect, selection: Int) {
        let strings = state.strings
        let language = strings.language
        let counts = state.annotations.countsByKind
        grid.write(strings.filterTitle, x: rect.x + 1, y: rect.y, style: theme.heading, clip: rect)
        let listTop = rect.y + 2
        let height = max(1, rect.height - 4)
        let first = max(0, min(selection - height + 1, state.kinds.count - height))
        for (row, kind) in state.kinds.enumerated().dropFirst(max(0, first)).prefix(height) {
            let y = listTop + row - max(0, first)
            let shown = !state.annotations.hiddenKinds.contains(kind.key)
            let line = (shown ? "[x] " : "[ ] ")
            var x = grid.write(line, x: rect.x + 1, y: y, style: row == selection ? theme.selection : theme.text, clip: rect)
            x = grid.write("■ ", x: x, y: y, style: theme.kindLabel(kind), clip: rect)
            x = grid.write(kind.label.text(in: language), x: x, y: y, style: row == selection ? theme.selection : theme.highlight(kind), clip: rect)
            grid.write("  \(counts[kind.key] ?? 0)", x: x, y: y, style: theme.faint, clip: rect)
        }
        grid.write(state.keyMap.footer(.filter, in: strings), x: rect.x + 1, y: rect.maxY - 1, style: theme.faint, clip: rect)
    }
}
