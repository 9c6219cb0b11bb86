import PingdianCore
import TerminalKit

/// Draws the text pane from the state's ``TextFrame``: the lines from the top row, the cursor
/// and the highlights.
struct TextPaneView {
    let state: AppState
    let theme: Theme
    /// The reader's own notes' ids, looked up for every highlighted glyph.
    private let readerIDs: Set<String>

    init(state: AppState, theme: Theme) {
        self.state = state
        self.theme = theme
        readerIDs = state.annotations.readerIDs
    }

    func draw(into grid: inout CellGrid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        if state.document.isEmpty {
            let message = state.strings.emptyText
            let x = rect.x + max(0, (rect.width - CellWidth.of(message)) / 2)
            grid.write(message, x: x, y: rect.y + rect.height / 2, style: theme.faint, clip: rect)
            return
        }
        let frame = state.frame
        let left = rect.x + state.regions.textMargin
        for (index, row) in frame.rows.enumerated() where index < rect.height {
            let y = rect.y + index
            switch row {
            case .line(let line):
                if state.regions.textMargin > 0, let mark = frame.rowAgreement[index] {
                    // The margin: how many readers marked a sentence here; red where they disagree.
                    grid.put(mark.symbol, width: 1, x: rect.x, y: y, style: mark.disagreement ? theme.disagreement : theme.agreement)
                }
                drawLine(line, into: &grid, x: left, y: y, clip: rect, highlights: frame.rowAnnotations[index],
                         hints: frame.rowHints[index], searchMatches: frame.searchMatches)
            case .paragraphGap, nil: break
            case .sectionBreak:
                let mark = "＊　＊　＊"
                let x = rect.x + max(0, (rect.width - CellWidth.of(mark)) / 2)
                grid.write(mark, x: x, y: y, style: theme.sectionMark, clip: rect)
            }
        }
    }

    private func drawLine(_ line: DisplayLine, into grid: inout CellGrid, x: Int, y: Int, clip: Rect,
                          highlights: [ResolvedAnnotation], hints: [ResolvedAnnotation], searchMatches: [Range<Int>]) {
        let focusedRange = state.focusedAnnotation?.range
        // The word looked up (`K`) is drawn as a selection.
        var selection = state.selection
        if case .lookup(let lookup) = state.mode { selection = lookup.range }
        var column = x
        for glyph in line.glyphs {
            var style = glyph.role == .placeholder ? theme.placeholder : theme.text
            if !glyph.offsets.isEmpty {
                let offset = glyph.offsets.lowerBound
                if let highlighted = highlightStyle(for: offset, among: highlights, focusedRange: focusedRange) {
                    style = highlighted
                } else if AnnotationSet.innermost(at: offset, among: hints) != nil {
                    style = theme.hint
                }
                if searchMatches.contains(where: { $0.contains(offset) }) { style = theme.searchMatch }
                // A saved word, while U underlines them.
                if state.frame.vocabularyMatches.contains(where: { $0.contains(offset) }) { style.attributes.insert(.underline) }
                if let selection, selection.contains(offset) { style = theme.selected(over: style) }
                if glyph.offsets.contains(state.cursor) { style = theme.cursor(over: style) }
            }
            grid.put(glyph.text, width: glyph.width, x: column, y: y, style: style, clip: clip)
            column += glyph.width
        }
    }

    /// The style of text at `offset` under the annotations of its line: the innermost one's
    /// highlight; underlined where spans overlap; bold inside the focused annotation.
    private func highlightStyle(for offset: Int, among highlights: [ResolvedAnnotation], focusedRange: Range<Int>?) -> CellStyle? {
        guard let (innermost, covering) = AnnotationSet.innermost(at: offset, among: highlights) else { return nil }
        var style = theme.highlight(innermost.kind)
        if readerIDs.contains(innermost.id) { style = theme.readerNote(over: style) }
        if covering > 1 { style.attributes.insert(.underline) }
        if focusedRange?.contains(offset) == true { style.attributes.insert(.bold) }
        return style
    }
}

import CellWidth
