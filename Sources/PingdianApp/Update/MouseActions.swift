import PingdianCore
import TerminalKit

extension AppState {
    /// The text offset shown at a screen cell of the text pane, if a character is there.
    public func offset(atColumn column: Int, row: Int) -> Int? {
        let region = regions.text
        guard !document.isEmpty, row >= region.y, row < region.maxY, column >= region.x, column < region.maxX else { return nil }
        let rows = self.rows
        let position = rows.advance(top, by: row - region.y)
        guard rows.distance(from: top, to: position, limit: region.height) == row - region.y,
              let line = rows.line(at: position) else { return nil }
        return line.offset(atColumn: max(0, column - region.x - regions.textMargin))
    }

    /// The annotation the pane shows at a screen row (an entry, or a linked quote), if any.
    public func paneTarget(atRow row: Int) -> String? {
        let pane = regions.pane
        guard row >= pane.y, row < pane.maxY, row - pane.y < frame.pane.count else { return nil }
        return frame.pane[row - pane.y].lazy.compactMap(\.target).first
    }

    /// A click moves the cursor (on an entry of the pane: to that annotation, focused); a drag
    /// selects from where the button went down; the wheel scrolls; a double click on a word looks
    /// it up (`K`).
    mutating func handleMouse(_ event: MouseEvent) {
        switch event.kind {
        case .doubleClick:
            guard let offset = offset(atColumn: event.column, row: event.row) else { return }
            selectionAnchor = nil
            keptSelection = nil
            mouseDownOffset = nil
            cursor = offset
            lookUpWord()
        case .wheelUp: scroll(by: -3)
        case .wheelDown: scroll(by: 3)
        case .press, .click:
            if regions.pane.contains(column: event.column, row: event.row) {
                if let id = paneTarget(atRow: event.row), let annotation = annotations.index?.annotation(withID: id) {
                    selectionAnchor = nil
                    keptSelection = nil
                    focus(annotation)
                }
                return
            }
            guard let offset = offset(atColumn: event.column, row: event.row) else { return }
            selectionAnchor = nil
            keptSelection = nil
            cursor = offset
            desiredColumn = nil
            mouseDownOffset = event.kind == .press ? offset : nil
        case .drag:
            guard let start = mouseDownOffset, let offset = offset(atColumn: event.column, row: event.row) else { return }
            selectionAnchor = start
            cursor = offset
            desiredColumn = nil
        case .release:
            if let start = mouseDownOffset, let offset = offset(atColumn: event.column, row: event.row), offset != start {
                selectionAnchor = start
                cursor = offset
            }
            mouseDownOffset = nil
        }
    }
}
