import CellWidth
import PingdianCore
import TerminalKit

/// Draws the annotation pane: the focused annotation in full, then the others on screen.
struct AnnotationPaneView {
    let state: AppState
    let theme: Theme

    func draw(into grid: inout CellGrid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        let inner = Rect(x: rect.x + 1, y: rect.y, width: max(0, rect.width - 2), height: rect.height)
        grid.write(state.strings.paneTitle, x: inner.x, y: inner.y, style: theme.heading, clip: inner)
        var y = inner.y + 1
        for line in TextFitting.wrap(state.strings.noAnnotationsAtAll, toColumns: inner.width) where y < inner.maxY {
            grid.write(line, x: inner.x, y: y, style: theme.faint, clip: inner)
            y += 1
        }
    }
}
