import DictionaryFormat
import PingdianCore
import TerminalKit

extension AppState {
    /// The pane while a word is looked up (`K`): the title, then for each word its entries — the
    /// headword (and its Simplified form when it differs), the reading (注音 first in the Chinese
    /// interface, pinyin with tone marks first in the English), the numbered glosses — and the
    /// words its glosses refer to; scrolled by the lookup's `scroll`.
    func lookupPage(_ lookup: LookupState, width: Int, height: Int) -> [PageRow] {
        var rows: [PageRow] = [[PagePiece(TextFitting.truncate(strings.dictionaryTitle(lookup.result.phrase), toColumns: width), .heading)]]
        var body: [PageRow] = []
        switch lookup.result.kind {
        case .headwords: break
        case .parts: body += wrapped(strings.lookupParts(lookup.result.phrase), .faint, width: width)
        case .characters: body += wrapped(strings.notInDictionary(lookup.result.phrase), .faint, width: width)
        }
        for word in lookup.result.words {
            if word.entries.isEmpty {
                body += wrapped(strings.notInDictionary(word.text), .faint, width: width)
                continue
            }
            for entry in word.entries { body += entryRows(entry, width: width, indent: "") }
            for reference in word.references {
                body += wrapped("→ " + reference.relation + " " + reference.headword, .keyName, width: width)
                for entry in reference.entries.prefix(2) { body += entryRows(entry, width: width, indent: "  ") }
            }
        }
        for other in lookup.result.others {
            body += wrapped("《" + other.dictionary + "》 " + other.headword, .keyName, width: width)
            for definition in other.definitions {
                for line in definition.split(separator: "\n", omittingEmptySubsequences: true) {
                    body += TextWrapping.lines(String(line), width: width).map { [PagePiece($0, .text)] }
                }
            }
        }
        let room = max(0, height - 1)
        let scroll = min(lookup.scroll, max(0, body.count - room))
        rows += body.dropFirst(scroll).prefix(room)
        return rows
    }

    /// One entry: headword, reading, numbered glosses, each wrapped to `width`.
    private func entryRows(_ entry: DictionaryEntry, width: Int, indent: String) -> [PageRow] {
        var rows: [PageRow] = []
        let headword = entry.simplified == entry.traditional ? entry.traditional : entry.traditional + "（" + entry.simplified + "）"
        rows.append([PagePiece(TextFitting.truncate(indent + headword, toColumns: width), .heading)])
        let marked = Pinyin.marked(entry.pinyin)
        let zhuyin = Pinyin.zhuyin(entry.pinyin)
        let reading = strings.language == .traditionalChinese ? zhuyin + "  " + marked : marked + "  " + zhuyin
        rows += TextWrapping.lines(indent + reading, width: width).map { [PagePiece($0, .note)] }
        for (number, gloss) in entry.glosses.enumerated() {
            rows += TextWrapping.lines(indent + "\(number + 1). " + gloss, width: width).map { [PagePiece($0, .text)] }
        }
        return rows
    }
}
