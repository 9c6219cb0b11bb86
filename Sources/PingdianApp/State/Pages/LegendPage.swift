import CellWidth
import PingdianCore

extension AppState {
    /// The legend: each move kind as it looks in the text, its label, count and definition, then
    /// what a contradiction pair is, then the legend's footer.
    func legendPage(width: Int) -> [PageRow] {
        let language = strings.language
        let counts = annotations.countsByKind
        var rows: [PageRow] = [[PagePiece(strings.legendTitle, .heading)], []]
        let labelColumn = kinds.map { CellWidth.of($0.label.text(in: language)) }.max() ?? 8
        for kind in kinds {
            let label = kind.label.text(in: language)
            let other = kind.label.text(in: language == .english ? .traditionalChinese : .english)
            let padding = String(repeating: " ", count: max(1, labelColumn - CellWidth.of(label) + 2))
            let count = counts[kind.key] ?? 0
            rows.append([
                PagePiece("■ ", .kindLabel(kind)), PagePiece(label, .kindText(kind)), PagePiece(padding, .text),
                PagePiece("\(count)", .heading), PagePiece("  \(other) · \(kind.color.hex) · \(strings.styleWords(kind.monochrome))", .faint),
            ])
            for line in TextWrapping.lines(kind.description.text(in: language), width: max(1, width - 6)) {
                rows.append([PagePiece("    " + line, .text)])
            }
        }
        rows.append([])
        for line in TextWrapping.lines(strings.contradictionPairExplained, width: max(1, width - 2)) {
            rows.append([PagePiece(line, .text)])
        }
        rows.append([])
        rows.append([PagePiece(keyMap.footer(.legend, in: strings), .faint)])
        return rows
    }
}
