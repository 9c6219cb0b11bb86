import CellWidth
import PingdianCore
import TerminalKit

/// A box drawn over the bottom of the text: a border, a title, a footer.
struct Box {
    let rect: Rect
    let theme: Theme

    /// The inside of the box.
    var inner: Rect { Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2) }

    /// The columns the title has on the top border.
    var titleRoom: Int { max(1, rect.width - 6) }

    func draw(into grid: inout CellGrid, title: String, footer: String) {
        grid.fill(rect)
        let style = theme.divider
        for x in rect.x..<rect.maxX {
            grid.put("─", width: 1, x: x, y: rect.y, style: style)
            grid.put("─", width: 1, x: x, y: rect.maxY - 1, style: style)
        }
        for y in rect.y..<rect.maxY {
            grid.put("│", width: 1, x: rect.x, y: y, style: style)
            grid.put("│", width: 1, x: rect.maxX - 1, y: y, style: style)
        }
        grid.put("┌", width: 1, x: rect.x, y: rect.y, style: style)
        grid.put("┐", width: 1, x: rect.maxX - 1, y: rect.y, style: style)
        grid.put("└", width: 1, x: rect.x, y: rect.maxY - 1, style: style)
        grid.put("┘", width: 1, x: rect.maxX - 1, y: rect.maxY - 1, style: style)
        grid.write(" " + TextFitting.truncate(title, toColumns: titleRoom) + " ", x: rect.x + 2, y: rect.y, style: theme.heading)
        grid.write(" " + TextFitting.truncate(footer, toColumns: rect.width - 6) + " ", x: rect.x + 2, y: rect.maxY - 1, style: theme.faint)
    }

    /// A box `height` rows tall at the bottom of the screen, above the status line.
    static func bottom(of size: TerminalSize, height: Int, theme: Theme) -> Box {
        let rows = max(3, min(height, size.rows - 1))
        return Box(rect: Rect(x: 0, y: max(0, size.rows - 1 - rows), width: size.columns, height: rows), theme: theme)
    }
}

/// Draws the kind picker: numbered kinds in their styles, the annotated text in the title.
struct KindPickerView {
    let state: AppState
    let theme: Theme

    func draw(into grid: inout CellGrid, picker: KindPicker) {
        let strings = state.strings
        let kinds = state.kinds
        let box = Box.bottom(of: state.size, height: kinds.count + 3, theme: theme)
        let quote = state.punctuation.shown(state.document.text(in: picker.draft.range).flattened)
        let titleStart = strings.pickerTitle + " 「"
        box.draw(into: &grid, title: titleStart + TextFitting.fit(quote, toColumns: box.titleRoom - CellWidth.of(titleStart), closing: "」"),
                 footer: state.keyMap.footer(.pickKind, in: strings))
        let inner = box.inner
        let rows = inner.height
        let first = ListWindow.first(selection: picker.selection, count: kinds.count, height: rows)
        for (index, kind) in kinds.enumerated().dropFirst(first).prefix(rows) {
            let y = inner.y + index - first
            let number = index < 9 ? "\(index + 1)" : index == 9 ? "0" : " "
            let selected = index == picker.selection
            var x = grid.write(number + " ", x: inner.x, y: y, style: selected ? theme.selection : theme.keyName, clip: inner)
            x = grid.write("■ ", x: x, y: y, style: theme.kindLabel(kind), clip: inner)
            x = grid.write(kind.label.text(in: strings.language), x: x, y: y, style: selected ? theme.selection : theme.highlight(kind), clip: inner)
            grid.write(TextFitting.truncate("  " + kind.description.text(in: strings.language), toColumns: inner.maxX - x),
                       x: x, y: y, style: theme.faint, clip: inner)
        }
    }
}

/// Draws the note editor: the kind and quote, then the note wrapped as Chinese with the caret.
struct NoteEditorView {
    let state: AppState
    let theme: Theme

    func draw(into grid: inout CellGrid, editor: NoteEditor) {
        let strings = state.strings
        let kind = state.annotations.taxonomy?.kind(forKey: editor.draft.kind)
        let label = kind?.label.text(in: strings.language) ?? editor.draft.kind
        let box = Box.bottom(of: state.size, height: max(6, min(12, state.size.rows / 2)), theme: theme)
        let quote = state.punctuation.shown(state.document.text(in: editor.draft.range).flattened)
        let titleStart = (editor.draft.replyTo == nil ? strings.editorTitle : strings.replyLabel) + " · " + label + " 「"
        box.draw(into: &grid, title: titleStart + TextFitting.fit(quote, toColumns: box.titleRoom - CellWidth.of(titleStart), closing: "」"),
                 footer: state.keyMap.footer(.editNote, in: strings))
        let inner = box.inner
        let (rows, caretRow, caretColumn) = Self.layout(editor, width: max(1, inner.width - 1))
        let first = max(0, caretRow - inner.height + 1)
        for (index, row) in rows.enumerated().dropFirst(first).prefix(inner.height) {
            grid.write(row, x: inner.x, y: inner.y + index - first, style: theme.text, clip: inner)
        }
        let y = inner.y + caretRow - first
        let x = inner.x + caretColumn
        if y < inner.maxY, x < inner.maxX {
            let cell = grid[x, y]
            let text = cell.isContinuation || cell.text.isEmpty ? " " : cell.text
            grid.put(text, width: max(1, Int(cell.width)), x: x, y: y, style: theme.cursor(over: cell.style))
        }
    }

    /// The editor's text as display rows (wrapped with the Chinese line breaker), and the row and
    /// column of the caret.
    static func layout(_ editor: NoteEditor, width: Int) -> (rows: [String], caretRow: Int, caretColumn: Int) {
        var rows: [String] = []
        var caret = (row: 0, column: 0)
        var index = 0
        let characters = editor.characters
        let lines = characters.split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines {
            let lineStart = index
            let text = String(line)
            let caretInLine = editor.caret >= lineStart && editor.caret <= lineStart + line.count
            // The caret's offset within the line, in scalars (what layout offsets count).
            let caretScalar = caretInLine ? String(line.prefix(editor.caret - lineStart)).unicodeScalars.count : -1
            if text.isEmpty {
                if caretInLine { caret = (rows.count, 0) }
                rows.append("")
            } else {
                let document = TextDocument(title: "", text: text)
                let layout = LineLayout.layout(paragraph: 0, of: document, options: LayoutOptions(width: width))
                for (lineIndex, displayLine) in layout.lines.enumerated() {
                    if caretInLine {
                        var column = 0
                        var found = false
                        for glyph in displayLine.glyphs {
                            if glyph.offsets.contains(caretScalar) { found = true; break }
                            column += glyph.width
                        }
                        let isLast = lineIndex == layout.lines.count - 1
                        if found || (isLast && caretScalar >= displayLine.range.upperBound) {
                            caret = (rows.count, column)
                        }
                    }
                    rows.append(displayLine.displayText)
                }
            }
            index = lineStart + line.count + 1
        }
        if caret.column >= width {
            rows.append("")
            caret = (rows.count - 1, 0)
        }
        return (rows, caret.row, caret.column)
    }
}

/// Draws the review of annotations that moved or were lost when the text changed.
struct ReviewView {
    let state: AppState
    let theme: Theme

    func draw(into grid: inout CellGrid, in rect: Rect, review: ReviewState) {
        let strings = state.strings
        grid.write(strings.reviewTitle, x: rect.x + 1, y: rect.y, style: theme.heading, clip: rect)
        let entries = state.frame.listEntries
        let shifts = state.frame.listTotal
        let height = max(1, rect.height - 2 - (shifts > 0 ? 1 : 0))
        let first = ListWindow.first(selection: review.selection, count: entries.count, height: height)
        if shifts > 0 {
            // The shifts, folded into one line under the entries.
            let y = rect.y + 1 + min(height, entries.count - first)
            grid.write(TextFitting.truncate(strings.reviewShiftsLine(shifts), toColumns: rect.width - 2), x: rect.x + 1, y: y,
                       style: theme.faint, clip: rect)
        }
        for (index, entry) in entries.enumerated().dropFirst(first).prefix(height) {
            let y = rect.y + 1 + index - first
            let selected = index == review.selection
            if selected { grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: theme.selection) }
            let status: String
            switch entry.match {
            case .orphaned: status = strings.orphanShort
            case .exact: status = ""
            default: status = strings.moved(score: entry.match.score)
            }
            var x = grid.write(status.padding(toColumns: 12), x: rect.x + 1, y: y, style: selected ? theme.selection : theme.heading, clip: rect)
            let mine = state.annotations.isReaderNote(entry.id) ? "✎ " : ""
            let label = mine + (entry.kind?.label.text(in: strings.language) ?? entry.annotation.kind)
            x = grid.write(label.padding(toColumns: 16), x: x, y: y, style: selected ? theme.selection : theme.highlight(entry.kind), clip: rect)
            // The quote as the note stored it: what it was attached to before the text changed.
            let quote = "「" + state.punctuation.shown(entry.annotation.anchor.exact.flattened) + "」" + (entry.annotation.note.map { " " + $0.flattened } ?? "")
            grid.write(TextFitting.truncate(quote, toColumns: rect.maxX - x - 1), x: x, y: y, style: selected ? theme.selection : theme.text, clip: rect)
        }
        grid.write(state.keyMap.footer(.review, in: strings), x: rect.x + 1, y: rect.maxY - 1, style: theme.faint, clip: rect)
    }
}

extension AnchorMatch {
    /// How sure a moved match is, 0…1, when the core says; nil for exact and orphaned ones.
    var score: Double? {
        switch self {
        case .relocated: return 1
        case .approximate(_, let score): return score
        case .exact, .orphaned: return nil
        }
    }
}

/// Draws the export picker: numbered formats with a line about each.
struct ExportPickerView {
    let state: AppState
    let theme: Theme

    func draw(into grid: inout CellGrid, selection: Int) {
        let strings = state.strings
        let formats = state.exportFormats
        let box = Box.bottom(of: state.size, height: formats.count + 3, theme: theme)
        box.draw(into: &grid, title: strings.exportTitle, footer: state.keyMap.footer(.pickExport, in: strings))
        let inner = box.inner
        for (index, format) in formats.enumerated().prefix(inner.height) {
            let y = inner.y + index
            let selected = index == selection
            var x = grid.write("\(index + 1) ", x: inner.x, y: y, style: selected ? theme.selection : theme.keyName, clip: inner)
            x = grid.write(format.rawValue.padding(toColumns: 12), x: x, y: y, style: selected ? theme.selection : theme.heading, clip: inner)
            grid.write(TextFitting.truncate(strings.exportFormatSummary(format), toColumns: inner.maxX - x), x: x, y: y, style: theme.faint, clip: inner)
        }
    }
}
