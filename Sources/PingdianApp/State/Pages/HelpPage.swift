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
        let sections = KeyHelpSection.all(keys, strings: strings)
        let keyColumn = min(30, (sections.flatMap(\.rows).map { CellWidth.of($0.keys) }.max() ?? 20) + 2)
        for section in sections {
            rows.append([PagePiece(section.title, .heading)])
            for row in section.rows {
                let padding = String(repeating: " ", count: max(1, keyColumn - CellWidth.of(row.keys)))
                let lines = TextWrapping.lines(row.help, width: max(10, width - keyColumn - 4))
                rows.append([PagePiece("  " + row.keys, .keyName), PagePiece(padding + (lines.first ?? ""), .text)])
                let indent = String(repeating: " ", count: keyColumn + 2)
                for line in lines.dropFirst() { rows.append([PagePiece(indent + line, .text)]) }
            }
            rows.append([])
        }
        rows.append([PagePiece(keys.footer(.help, in: strings), .faint)])
        return rows
    }
}

/// One section of the key help: a title and its keys with what they do — what the help screen
/// shows, `pingdian keys` prints and the man page lists, all from the key maps.
public struct KeyHelpSection: Sendable {
    /// The keys of a row, as the help names them ("j k ↓ ↑"), and what they do.
    public struct Row: Sendable {
        public let keys: String
        public let help: String
    }

    public let title: String
    public let rows: [Row]

    /// Reading's keys by group, then selecting's and linking's, the list keys every overlay
    /// shares, then each other mode's; sections without keys are left out.
    public static func all(_ keys: KeyMap = .standard, strings: UIStrings) -> [KeyHelpSection] {
        let reading = keys.helpEntries(.reading)
        func section(_ title: String, _ entries: [KeyHelpEntry]) -> KeyHelpSection? {
            guard !entries.isEmpty else { return nil }
            return KeyHelpSection(title: title, rows: entries.map { Row(keys: Key.list($0.keys, separator: " "), help: strings[keyPath: $0.help]) })
        }
        var sections = KeyGroup.allCases.compactMap { group in section(strings.groupTitle(group), reading.filter { $0.group == group }) }
        sections += AppState.helpSections.prefix(2).compactMap { section(strings.keySectionTitle($0), keys.helpEntries($0)) }
        sections += [section(strings.listKeysTitle, keys.listHelpEntries)].compactMap { $0 }
        sections += AppState.helpSections.dropFirst(2).compactMap { section(strings.keySectionTitle($0), keys.helpEntries($0)) }
        return sections
    }
}
