import CellWidth
import PingdianCore
import TerminalKit

/// Renders the whole reader into a grid of cells: the only way the state becomes visible.
public enum Screen {
    /// The screen for the state, at the state's size and colour capability.
    public static func render(_ state: AppState) -> CellGrid {
        var grid = CellGrid(size: state.size)
        let theme = Theme(capability: state.colorCapability)
        let regions = state.regions
        if regions.isTooSmall {
            drawTooSmall(into: &grid, state: state)
            return grid
        }
        let overlay = Rect(x: 0, y: 0, width: state.size.columns, height: state.size.rows - 1)
        switch state.mode {
        case .reading: break
        case .help(let scroll), .legend(let scroll):
            PageView(theme: theme).draw(state.frame.page, into: &grid, in: overlay, scroll: scroll)
        case .card(let card):
            PageView(theme: theme).draw(state.frame.page, into: &grid, in: overlay, scroll: card.scroll)
        case .filter(let selection):
            FilterView(state: state, theme: theme).draw(into: &grid, in: overlay, selection: selection)
        case .outline(let outline):
            OutlineView(state: state, theme: theme).draw(into: &grid, in: overlay, outline: outline)
        case .vocabulary(let selection):
            VocabularyView(state: state, theme: theme).draw(into: &grid, in: overlay, selection: selection)
        case .review(let review):
            ReviewView(state: state, theme: theme).draw(into: &grid, in: overlay, review: review)
        case .pickKind, .editNote, .pickExport, .searching, .source, .pickVerdict, .lookup, .pickVersion:
            break
        }
        if state.mode != .reading && !state.mode.showsText {
            StatusLineView(state: state, theme: theme).draw(into: &grid, in: regions.status)
            return grid
        }
        TextPaneView(state: state, theme: theme).draw(into: &grid, in: regions.text)
        switch regions.placement {
        case .beside:
            for y in regions.divider.y..<regions.divider.maxY {
                grid.put("│", width: 1, x: regions.divider.x, y: y, style: theme.divider)
            }
        case .below:
            for x in regions.divider.x..<regions.divider.maxX {
                grid.put("─", width: 1, x: x, y: regions.divider.y, style: theme.divider)
            }
        case .hidden: break
        }
        AnnotationPaneView(state: state, theme: theme).draw(into: &grid, in: regions.pane)
        switch state.mode {
        case .pickKind(let picker): KindPickerView(state: state, theme: theme).draw(into: &grid, picker: picker)
        case .editNote(let editor): NoteEditorView(state: state, theme: theme).draw(into: &grid, editor: editor)
        case .pickExport(let selection): ExportPickerView(state: state, theme: theme).draw(into: &grid, selection: selection)
        case .pickVerdict(let picker): VerdictPickerView(state: state, theme: theme).draw(into: &grid, picker: picker)
        case .pickVersion(let picker): VersionPickerView(state: state, theme: theme).draw(into: &grid, picker: picker)
        default: break
        }
        StatusLineView(state: state, theme: theme).draw(into: &grid, in: regions.status)
        return grid
    }

    /// The message for a terminal smaller than the reader needs, fitted into whatever there is:
    /// with the sizes when it fits whole, else without them, else as much as one row holds.
    private static func drawTooSmall(into grid: inout CellGrid, state: AppState) {
        let size = state.size
        let width = max(1, size.columns)
        let strings = state.strings
        let full = TextWrapping.lines(strings.tooSmall(
            columns: size.columns, rows: size.rows,
            minimumColumns: ScreenRegions.minimumSize.columns, minimumRows: ScreenRegions.minimumSize.rows), width: width)
        let short = TextWrapping.lines(strings.tooSmallShort, width: width)
        let lines = full.count <= size.rows ? full
            : short.count <= size.rows ? short
            : [TextFitting.truncate(strings.tooSmallShort, toColumns: width)]
        let top = max(0, (size.rows - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < size.rows {
            let x = max(0, (size.columns - CellWidth.of(line)) / 2)
            grid.write(line, x: x, y: top + index, style: CellStyle(attributes: .bold))
        }
    }
}
