import TerminalKit

/// Draws the annotation pane: the rows the frame made for it (``AppState/panePage(_:width:height:)``),
/// a column in from its left edge.
struct AnnotationPaneView {
    let state: AppState
    let theme: Theme

    func draw(into grid: inout CellGrid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        PageView(theme: theme).draw(state.frame.pane, into: &grid, in: rect, scroll: 0)
    }
}
