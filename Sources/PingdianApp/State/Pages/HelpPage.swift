import CellWidth
import PingdianCore
import TerminalKit

extension AppState {
    /// The modes with a section of their own in help after reading's keys, in the order they are listed.
    static let helpSections: [KeyMode] = [.selection, .linking, .help, .legend, .card, .filter, .outline, .outlineQuery, .review,
                                          .pickKind, .editNote, .search, .pickExport, .source, .sourceQuery, .pickVerdict, .lookup, .vocabulary, .pickVersion]

    /// The key help, built from the key maps so that it always says what the keys do: reading's
    /// keys by group, then a section for each other mode (selecting and linking list the keys they
    /// change; the list keys every overlay shares are listed once), then the help's own footer.
    /// A long explanation wraps under itself in a screen `width` columns wide.
    func helpPage(width: Int) -> [PageRow] {
        let keys = keyMap
        var rows: [PageRow] = [[PagePiece(strings.helpTitle, .heading)]]
        for line in TextWrapping.lines(strings.paragraphConvention(document.paragraphConvention), width: max(10, width - 2)) {
            rows.append([PagePiece(line, .faint)])
        }
        rows.append([])
        let reading = keys.helpEntries(.reading)
        var all = reading + keys.listHelpEntries
        for mode in Self.helpSections { all += keys.helpEntries(mode) }
        let keyColumn = min(30, (all.map { CellWidth.of(Key.list($0.keys, separator: " ")) }.max() ?? 20) + 2)
        func section(_ title: String, _ entries: [KeyHelpEntry]) {
            guard !entries.isEmpty else { return }
            rows.append([PagePiece(title, .heading)])
            for entry in entries {
                let names = Key.list(entry.keys, separator: " ")
                let padding = String(repeating: " ", count: max(1, keyColumn - CellWidth.of(names)))
                let lines = TextWrapping.lines(strings[keyPath: entry.help], width: max(10, width - keyColumn - 4))
                rows.append([PagePiece("  " + names, .keyName), PagePiece(padding + (lines.first ?? ""), .text)])
                let indent = String(repeating: " ", count: keyColumn + 2)
                for line in lines.dropFirst() { rows.append([PagePiece(indent + line, .text)]) }
            }
            rows.append([])
        }
        for group in KeyGroup.allCases {
            section(strings.groupTitle(group), reading.filter { $0.group == group })
        }
        for mode in Self.helpSections.prefix(2) { section(strings.keySectionTitle(mode), keys.helpEntries(mode)) }
        section(strings.listKeysTitle, keys.listHelpEntries)
        for mode in Self.helpSections.dropFirst(2) { section(strings.keySectionTitle(mode), keys.helpEntries(mode)) }
        rows.append([PagePiece(keys.footer(.help, in: strings), .faint)])
        return rows
    }
}
