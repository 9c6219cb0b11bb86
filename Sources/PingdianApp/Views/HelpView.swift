import CellWidth
import PingdianCore
import TerminalKit

/// Draws the key help, built from the key maps so that it always says what the keys do: reading's
/// keys by group, then a section for each other mode (selecting and linking list the keys they
/// change; the list keys every overlay shares are listed once), then the help's own footer.
struct HelpView {
    let state: AppState
    let theme: Theme

    /// The modes with a section of their own after reading's keys, in the order they are listed.
    static let sections: [KeyMode] = [.selection, .linking, .help, .legend, .filter, .outline, .outlineQuery, .review,
                                      .pickKind, .editNote, .search, .pickExport]

    /// The rows of the help text for a screen `width` columns wide, each a list of styled pieces;
    /// a long explanation wraps under itself.
    func rows(width: Int) -> [[(String, CellStyle)]] {
        let strings = state.strings
        let keys = state.keyMap
        var rows: [[(String, CellStyle)]] = [[(strings.helpTitle, theme.heading)], []]
        let reading = keys.helpEntries(.reading)
        var all = reading + keys.listHelpEntries
        for mode in Self.sections { all += keys.helpEntries(mode) }
        let keyColumn = min(30, (all.map { CellWidth.of(Key.list($0.keys, separator: " ")) }.max() ?? 20) + 2)
        func section(_ title: String, _ entries: [KeyHelpEntry]) {
            guard !entries.isEmpty else { return }
            rows.append([(title, theme.heading)])
            for entry in entries {
                let names = Key.list(entry.keys, separator: " ")
                let padding = String(repeating: " ", count: max(1, keyColumn - CellWidth.of(names)))
                let lines = TextWrapping.lines(strings[keyPath: entry.help], width: max(10, width - keyColumn - 4))
                rows.append([("  " + names, theme.keyName), (padding + (lines.first ?? ""), theme.text)])
                let indent = String(repeating: " ", count: keyColumn + 2)
                for line in lines.dropFirst() { rows.append([(indent + line, theme.text)]) }
            }
            rows.append([])
        }
        for group in KeyGroup.allCases {
            section(strings.groupTitle(group), reading.filter { $0.group == group })
        }
        for mode in Self.sections.prefix(2) { section(strings.keySectionTitle(mode), keys.helpEntries(mode)) }
        section(strings.listKeysTitle, keys.listHelpEntries)
        for mode in Self.sections.dropFirst(2) { section(strings.keySectionTitle(mode), keys.helpEntries(mode)) }
        rows.append([(keys.footer(.help, in: strings), theme.faint)])
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

extension AppState {
    /// How far help or the legend can scroll: their rows less the rows the screen shows of them.
    var overlayScrollLimit: Int {
        let theme = Theme(capability: colorCapability)
        let rows: Int
        switch mode {
        case .help: rows = HelpView(state: self, theme: theme).rows(width: size.columns).count
        case .legend: rows = LegendView(state: self, theme: theme).rows(width: size.columns).count
        default: return 0
        }
        return max(0, rows - (size.rows - 1))
    }
}
