import CellWidth
import PingdianCore
import TerminalKit

/// Draws the versions of a note changed in two places: the note as it is, each other version
/// (who wrote it, its kind and the start of its note), and "keep them all", numbered.
struct VersionPickerView {
    let state: AppState
    let theme: Theme

    func draw(into grid: inout CellGrid, picker: VersionPicker) {
        let strings = state.strings
        guard let note = state.readerNote(picker.noteID) else { return }
        let versions = [note] + note.conflicts
        let box = Box.bottom(of: state.size, height: versions.count + 4, theme: theme)
        box.draw(into: &grid, title: strings.conflictTitle, footer: state.keyMap.footer(.pickVersion, in: strings))
        let inner = box.inner
        let rows = versions.map { version -> String in
            let kind = state.annotations.taxonomy?.kind(forKey: version.kind)?.label.text(in: strings.language) ?? version.kind
            let who = version.creator.map { " · " + $0 } ?? ""
            return "■ " + kind + who + "  " + (version.note ?? "").flattened
        } + [strings.conflictKeepAllOption]
        let first = ListWindow.first(selection: picker.selection, count: rows.count, height: max(1, inner.height))
        for (index, row) in rows.enumerated().dropFirst(first).prefix(max(1, inner.height)) {
            let y = inner.y + index - first
            let selected = index == picker.selection
            let x = grid.write("\(index + 1) ", x: inner.x, y: y, style: selected ? theme.selection : theme.keyName, clip: inner)
            grid.write(TextFitting.truncate(row, toColumns: inner.maxX - x), x: x, y: y, style: selected ? theme.selection : theme.text, clip: inner)
        }
    }
}
