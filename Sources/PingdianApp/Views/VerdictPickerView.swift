import CellWidth
import PingdianCore
import TerminalKit

/// Draws the verdict list of an attribution: the essay's passage in the title, the numbered
/// verdicts in their styles with what each means, and the source's words chosen under them.
struct VerdictPickerView {
    let state: AppState
    let theme: Theme

    func draw(into grid: inout CellGrid, picker: VerdictPicker) {
        let strings = state.strings
        let verdicts = AnnotationSource.Verdict.allCases
        let box = Box.bottom(of: state.size, height: verdicts.count + 3, theme: theme)
        let quote = state.punctuation.shown(state.document.text(in: picker.draft.range).flattened)
        let titleStart = strings.verdictPickerTitle + " 「"
        box.draw(into: &grid, title: titleStart + TextFitting.fit(quote, toColumns: box.titleRoom - CellWidth.of(titleStart), closing: "」"),
                 footer: state.keyMap.footer(.pickVerdict, in: strings))
        let inner = box.inner
        let listRows = max(1, inner.height - 1)
        let first = ListWindow.first(selection: picker.selection, count: verdicts.count, height: listRows)
        for (index, verdict) in verdicts.enumerated().dropFirst(first).prefix(listRows) {
            let y = inner.y + index - first
            let selected = index == picker.selection
            var x = grid.write("\(index + 1) ", x: inner.x, y: y, style: selected ? theme.selection : theme.keyName, clip: inner)
            x = grid.write(strings.verdictLabel(verdict), x: x, y: y, style: selected ? theme.selection : theme.verdict(verdict), clip: inner)
            grid.write(TextFitting.truncate("  " + strings.verdictMeaning(verdict), toColumns: inner.maxX - x), x: x, y: y, style: theme.faint, clip: inner)
        }
        if inner.height > verdicts.count, let words = picker.draft.source?.words {
            let line = "“" + words.flattened + "”"
            grid.write(TextFitting.fit(line, toColumns: inner.width, closing: "”"), x: inner.x, y: inner.maxY - 1, style: theme.faint, clip: inner)
        }
    }
}
