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
        let layers = state.filterLayers
        let rowCount = state.kinds.count + layers.count
        let first = ListWindow.first(selection: selection, count: rowCount, height: height)
        for (row, kind) in state.kinds.enumerated().dropFirst(first).prefix(height) {
            let y = listTop + row - first
            let shown = !state.annotations.hiddenKinds.contains(kind.key)
            let line = (shown ? "[x] " : "[ ] ")
            var x = grid.write(line, x: rect.x + 1, y: y, style: row == selection ? theme.selection : theme.text, clip: rect)
            x = grid.write("■ ", x: x, y: y, style: theme.kindLabel(kind), clip: rect)
            x = grid.write(kind.label.text(in: language), x: x, y: y, style: row == selection ? theme.selection : theme.highlight(kind), clip: rect)
            grid.write("  \(counts[kind.key] ?? 0)", x: x, y: y, style: theme.faint, clip: rect)
        }
        // Under the kinds, with other readers shown: a row per layer.
        for (offset, layer) in layers.enumerated() {
            let row = state.kinds.count + offset
            guard row >= first, row < first + height else { continue }
            let y = listTop + row - first
            let (shown, label, count): (Bool, String, Int)
            switch layer {
            case .curated:
                (shown, label, count) = (!state.annotations.hidesCurated, "▍" + strings.filterCuratedLayer, state.annotations.layerAnnotations.count)
            case .reader(let position):
                let reader = state.annotations.otherReaders[position]
                (shown, label, count) = (!state.annotations.hiddenReaders.contains(position), strings.otherReaderLabel(reader), reader.annotations.count)
            }
            let style = row == selection ? theme.selection : theme.text
            var x = grid.write(shown ? "[x] " : "[ ] ", x: rect.x + 1, y: y, style: style, clip: rect)
            x = grid.write(label, x: x, y: y, style: style, clip: rect)
            grid.write("  \(count)", x: x, y: y, style: theme.faint, clip: rect)
        }
        // Under them: whether only the reader's own notes are shown.
        let mineRow = listTop + min(height, rowCount - first)
        if mineRow < rect.maxY - 1 {
            let box = state.annotations.onlyReaderNotes ? "[x] " : "[ ] "
            let x = grid.write(box, x: rect.x + 1, y: mineRow, style: theme.text, clip: rect)
            grid.write("✎ " + strings.onlyMyNotes(state.annotations.readerNotes.count), x: x, y: mineRow, style: theme.note, clip: rect)
        }
        grid.write(state.keyMap.footer(.filter, in: strings), x: rect.x + 1, y: rect.maxY - 1, style: theme.faint, clip: rect)
    }
}
