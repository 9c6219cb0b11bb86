import CellWidth
import PingdianCore
import TerminalKit

/// Draws the outline: every annotation in reading order with its paragraph, kind and first words.
struct OutlineView {
    let state: AppState
    let theme: Theme

    func draw(into grid: inout CellGrid, in rect: Rect, outline: OutlineState) {
        let strings = state.strings
        let language = strings.language
        let entries = state.frame.listEntries
        let total = state.frame.listTotal
        var title = strings.outlineTitle + "  " + strings.outlineCount(entries.count, of: total)
        if state.annotations.isFiltered { title += "  (" + strings.filterOn + ")" }
        grid.write(title, x: rect.x + 1, y: rect.y, style: theme.heading, clip: rect)
        let listTop = rect.y + 1
        let height = max(1, rect.height - 2)
        let labelColumn = (state.kinds.map { CellWidth.of($0.label.text(in: language)) }.max() ?? 8) + 2
        if entries.isEmpty {
            grid.write(strings.outlineEmpty, x: rect.x + 1, y: listTop, style: theme.faint, clip: rect)
        }
        for (row, entry) in entries.enumerated().dropFirst(outline.scroll).prefix(height) {
            let y = listTop + row - outline.scroll
            let selected = row == outline.selection
            let base = selected ? theme.selection : theme.text
            if selected { grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: base) }
            var x = grid.write(state.place(of: entry).padding(toColumns: 6), x: rect.x + 1, y: y, style: selected ? base : theme.faint, clip: rect)
            // ✎ the reader's own, another reader's letter, ↳ a reply.
            let mine = entry.annotation.replyTo != nil ? "↳" : state.annotations.isReaderNote(entry.id) ? "✎"
                : state.annotations.otherReader(of: entry.id)?.marker ?? " "
            x = grid.write(mine, x: x, y: y, style: selected ? base : theme.note, clip: rect)
            let label = entry.kind?.label.text(in: language) ?? entry.annotation.kind
            x = grid.write(label.padding(toColumns: labelColumn), x: x, y: y, style: selected ? base : theme.highlight(entry.kind), clip: rect)
            grid.write(TextFitting.truncate(state.quote(of: entry), toColumns: rect.maxX - x - 1), x: x, y: y, style: base, clip: rect)
        }
        // The query, while it is typed or narrows the list, then the keys of the mode.
        var x = rect.x + 1
        if outline.isEditingQuery || !outline.query.isEmpty {
            let query = "/" + outline.query + (outline.isEditingQuery ? "▏" : "")
            x = grid.write(TextFitting.truncate(query, toColumns: rect.width - 2), x: x, y: rect.maxY - 1,
                           style: outline.isEditingQuery ? theme.heading : theme.faint, clip: rect) + 3
        }
        let footer = state.keyMap.footer(outline.isEditingQuery ? .outlineQuery : .outline, in: strings)
        grid.write(TextFitting.truncate(footer, toColumns: max(0, rect.maxX - 1 - x)), x: x, y: rect.maxY - 1, style: theme.faint, clip: rect)
    }
}

extension String {
    /// The string padded with spaces to `columns` display columns.
    func padding(toColumns columns: Int) -> String {
        self + String(repeating: " ", count: max(1, columns - CellWidth.of(self)))
    }

    /// The string on one line: line breaks and other controls turned into spaces.
    var flattened: String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }
}
