import CellWidth
import PingdianCore
import TerminalKit

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
        let first = ListWindow.first(selection: selection, count: state.kinds.count, height: height)
        for (row, kind) in state.kinds.enumerated().dropFirst(first).prefix(height) {
            let y = listTop + row - first
            let shown = !state.annotations.hiddenKinds.contains(kind.key)
            let line = (shown ? "[x] " : "[ ] ")
            var x = grid.write(line, x: rect.x + 1, y: y, style: row == selection ? theme.selection : theme.text, clip: rect)
            x = grid.write("■ ", x: x, y: y, style: theme.kindLabel(kind), clip: rect)
            x = grid.write(kind.label.text(in: language), x: x, y: y, style: row == selection ? theme.selection : theme.highlight(kind), clip: rect)
            grid.write("  \(counts[kind.key] ?? 0)", x: x, y: y, style: theme.faint, clip: rect)
        }
        // Under the kinds: whether only the reader's own notes are shown.
        let mineRow = listTop + min(height, state.kinds.count - first)
        if mineRow < rect.maxY - 1 {
            let box = state.annotations.onlyReaderNotes ? "[x] " : "[ ] "
            let x = grid.write(box, x: rect.x + 1, y: mineRow, style: theme.text, clip: rect)
            grid.write("✎ " + strings.onlyMyNotes(state.annotations.readerNotes.count), x: x, y: mineRow, style: theme.note, clip: rect)
        }
        grid.write(state.keyMap.footer(.filter, in: strings), x: rect.x + 1, y: rect.maxY - 1, style: theme.faint, clip: rect)
    }
}
