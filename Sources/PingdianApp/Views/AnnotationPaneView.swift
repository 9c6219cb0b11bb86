import CellWidth
import PingdianCore
import TerminalKit

/// Draws the annotation pane: the focused annotation in full (kind, quote, note, linked quotes),
/// then one line for each other annotation on screen, beside the row where it starts.
struct AnnotationPaneView {
    let state: AppState
    let theme: Theme

    /// Quote lines shown at most for the focused annotation and for each linked one.
    private let quoteLines = 4
    private let linkedQuoteLines = 3

    func draw(into grid: inout CellGrid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let inner = Rect(x: rect.x + 1, y: rect.y, width: max(0, rect.width - 2), height: rect.height)
        guard inner.width > 0 else { return }
        let strings = state.strings
        var y = inner.y
        var title = strings.paneTitle
        if let index = state.annotations.index {
            title += "  " + strings.paneCount(all: index.placed.count, mine: state.annotations.readerNotes.count)
        }
        grid.write(TextFitting.truncate(title, toColumns: inner.width), x: inner.x, y: y, style: theme.heading, clip: inner)
        y += 1
        guard state.annotations.index != nil else {
            if let hint = state.frame.focusedHint { drawHint(hint, into: &grid, in: inner, y: &y) }
            writeWrapped(strings.noAnnotationsAtAll, style: theme.faint, into: &grid, in: inner, y: &y)
            return
        }
        let focused = state.focusedAnnotation
        if let focused {
            drawFocused(focused, into: &grid, in: inner, y: &y)
        } else if let hint = state.frame.focusedHint {
            drawHint(hint, into: &grid, in: inner, y: &y)
        }
        let onScreen = state.frame.annotations.filter { $0.annotation.id != focused?.id }
        if onScreen.isEmpty, focused == nil {
            writeWrapped(strings.noAnnotationsOnScreen, style: theme.faint, into: &grid, in: inner, y: &y)
            return
        }
        for entry in onScreen {
            let row = state.regions.placement == .beside ? max(y, entry.row) : y
            guard row < inner.maxY else { break }
            drawSummary(entry.annotation, into: &grid, x: inner.x, y: row, clip: inner)
            y = row + 1
        }
    }

    /// The focused annotation: its kind, its quote, its note and the quotes it is linked to.
    private func drawFocused(_ focused: ResolvedAnnotation, into grid: inout CellGrid, in inner: Rect, y: inout Int) {
        let strings = state.strings
        let language = strings.language
        var label = "■ " + (focused.kind?.label.text(in: language) ?? focused.annotation.kind)
        if state.annotations.isReaderNote(focused.id) { label += " · " + strings.readerNoteLabel }
        grid.write(TextFitting.truncate(label, toColumns: inner.width), x: inner.x, y: y, style: theme.kindLabel(focused.kind), clip: inner)
        y += 1
        writeWrapped("「" + quote(of: focused), closing: "」", style: theme.text, into: &grid, in: inner, y: &y, limit: quoteLines)
        if let note = focused.annotation.note, !note.isEmpty {
            writeWrapped(note, style: theme.note, into: &grid, in: inner, y: &y)
        }
        if let index = state.annotations.index {
            let partners = Set(index.contradictionPartners(of: focused.id))
            for linkedID in index.linkedIDs(of: focused.id) {
                guard let linked = index.annotation(withID: linkedID), y < inner.maxY else { continue }
                let heading = partners.contains(linkedID) ? strings.contradictsLabel : strings.linkedTo
                grid.write("↔ " + heading, x: inner.x, y: y, style: theme.kindLabel(linked.kind), clip: inner)
                y += 1
                writeWrapped("「" + quote(of: linked), closing: "」", style: theme.faint, into: &grid, in: inner, y: &y, limit: linkedQuoteLines)
            }
        }
        if y < inner.maxY {
            for x in inner.x..<inner.maxX { grid.put("─", width: 1, x: x, y: y, style: theme.divider, clip: inner) }
            y += 1
        }
    }

    /// A cue hint under the cursor: its suggested kind and the rule's reason, in faint type.
    private func drawHint(_ hint: ResolvedAnnotation, into grid: inout CellGrid, in inner: Rect, y: inout Int) {
        let label = "┊ " + state.strings.hintLabel + " · " + (hint.kind?.label.text(in: state.strings.language) ?? hint.annotation.kind)
        grid.write(TextFitting.truncate(label, toColumns: inner.width), x: inner.x, y: y, style: theme.faint, clip: inner)
        y += 1
        writeWrapped("「" + quote(of: hint), closing: "」", style: theme.faint, into: &grid, in: inner, y: &y, limit: quoteLines)
        if let note = hint.annotation.note, !note.isEmpty {
            writeWrapped(note, style: theme.faint, into: &grid, in: inner, y: &y)
        }
        if y < inner.maxY {
            for x in inner.x..<inner.maxX { grid.put("─", width: 1, x: x, y: y, style: theme.divider, clip: inner) }
            y += 1
        }
    }

    /// One line for an annotation: a bar in its kind's style, its label and the start of its quote.
    private func drawSummary(_ annotation: ResolvedAnnotation, into grid: inout CellGrid, x: Int, y: Int, clip: Rect) {
        let style = theme.kindLabel(annotation.kind)
        let label = annotation.kind?.label.text(in: state.strings.language) ?? annotation.annotation.kind
        let mark = state.annotations.isReaderNote(annotation.id) ? "✎" : "▍"
        var column = grid.write(mark + label + " ", x: x, y: y, style: style, clip: clip)
        column = max(column, x)
        let room = clip.maxX - column
        grid.write(TextFitting.truncate(quote(of: annotation), toColumns: room), x: column, y: y, style: theme.text, clip: clip)
    }

    /// The annotation's text as it is in the document now (or as stored, for an orphan),
    /// with line breaks and controls flattened to spaces.
    private func quote(of annotation: ResolvedAnnotation) -> String {
        (annotation.range.map { state.document.text(in: $0) } ?? annotation.annotation.anchor.exact).flattened
    }

    /// Writes text wrapped to the pane, at most `limit` lines (the last ending in "…" if cut).
    private func writeWrapped(_ text: String, closing: String = "", style: CellStyle, into grid: inout CellGrid, in inner: Rect,
                              y: inout Int, limit: Int = .max) {
        var lines = TextWrapping.lines(text + closing, width: inner.width)
        if lines.count > limit {
            // Cut: the last line shown ends with one "…" and keeps the closing bracket.
            lines = Array(TextWrapping.lines(text, width: inner.width).prefix(limit))
            lines[limit - 1] = TextFitting.cut(lines[limit - 1], toColumns: inner.width, closing: closing)
        }
        for line in lines where y < inner.maxY {
            grid.write(line, x: inner.x, y: y, style: style, clip: inner)
            y += 1
        }
    }
}
