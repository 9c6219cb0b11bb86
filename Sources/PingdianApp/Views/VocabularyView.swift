import CellWidth
import DictionaryFormat
import PingdianCore
import TerminalKit

/// Draws the vocabulary: each saved word with its reading, its first gloss and how many times the
/// text has it.
struct VocabularyView {
    let state: AppState
    let theme: Theme

    func draw(into grid: inout CellGrid, in rect: Rect, selection: Int) {
        let strings = state.strings
        let rows = state.vocabularyRows
        grid.write(TextFitting.truncate(strings.vocabularyTitle(rows.count), toColumns: rect.width - 2), x: rect.x + 1, y: rect.y,
                   style: theme.heading, clip: rect)
        let listTop = rect.y + 2
        let height = max(1, rect.height - 4)
        let first = ListWindow.first(selection: selection, count: rows.count, height: height)
        for (index, row) in rows.enumerated().dropFirst(first).prefix(height) {
            let y = listTop + index - first
            let selected = index == selection
            var x = grid.write(row.entry.word, x: rect.x + 1, y: y, style: selected ? theme.selection : theme.heading, clip: rect)
            let entry = state.dictionary?.lookUp(phrase: row.entry.word).words.first?.entries.first
            var rest = ""
            if let entry {
                let zhuyin = Pinyin.zhuyin(entry.pinyin)
                let marked = Pinyin.marked(entry.pinyin)
                rest += "  " + (strings.language == .traditionalChinese ? zhuyin + "  " + marked : marked + "  " + zhuyin)
                if let gloss = entry.glosses.first { rest += "  " + gloss }
            }
            let count = row.range == nil ? strings.wordNotFoundShort : "×\(row.occurrences)"
            let countWidth = CellWidth.of(count) + 2
            x = grid.write(TextFitting.truncate(rest, toColumns: max(0, rect.maxX - x - countWidth - 1)), x: x, y: y, style: theme.faint, clip: rect)
            grid.write(count, x: rect.maxX - countWidth, y: y, style: theme.keyName, clip: rect)
        }
        grid.write(state.keyMap.footer(.vocabulary, in: strings), x: rect.x + 1, y: rect.maxY - 1, style: theme.faint, clip: rect)
    }
}
