import CellWidth
import PingdianCore
import TerminalKit

/// Draws the key help, built from the key map so that it always says what the keys do.
struct HelpView {
    let state: AppState
    let theme: Theme

    /// The rows of the help text for a screen `width` columns wide, each a list of styled pieces;
    /// a long explanation wraps under itself.
    func rows(width: Int) -> [[(String, CellStyle)]] {
        let strings = state.strings
        var rows: [[(String, CellStyle)]] = [[(strings.helpTitle, theme.heading)], []]
        let keyColumn = min(30, (state.keyMap.bindings.map { CellWidth.of($0.keys.map(\.displayName).joined(separator: " ")) }.max() ?? 20) + 2)
        for group in KeyGroup.allCases {
            let bindings = state.keyMap.bindings.filter { $0.group == group }
            guard !bindings.isEmpty else { continue }
            rows.append([(strings.groupTitle(group), theme.heading)])
            for binding in bindings {
                let keys = binding.keys.map(\.displayName).joined(separator: " ")
                let padding = String(repeating: " ", count: max(1, keyColumn - CellWidth.of(keys)))
                let lines = TextWrapping.lines(binding.help(in: strings.language), width: max(10, width - keyColumn - 4))
                rows.append([("  " + keys, theme.keyName), (padding + (lines.first ?? ""), theme.text)])
                let indent = String(repeating: " ", count: keyColumn + 2)
                for line in lines.dropFirst() { rows.append([(indent + line, theme.text)]) }
            }
            rows.append([])
        }
        rows.append([(strings.helpFooter, theme.faint)])
        return rows
    }
}

/// Draws rows of styled pieces (help, legend) into a rectangle, scrolled down by `scroll` rows.
enum StyledRows {
    static func draw(_ rows: [[(String, CellStyle)]], into grid: inout CellGrid, in rect: Rect, scroll: Int) {
        let start = max(0, min(scroll, rows.count - rect.height))
        for (index, row) in rows.dropFirst(start).prefix(rect.height).enumerated() {
            var x = rect.x + 1
            for (text, style) in row {
                x = grid.write(text, x: x, y: rect.y + index, style: style, clip: rect)
            }
        }
    }
}
