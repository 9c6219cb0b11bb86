import DictionaryFormat
import Foundation
import PingdianCore
import PingdianDictionary

/// The reader's vocabulary as `pingdian vocabulary` prints it (Docs/dictionary.md): each word
/// saved with its reading and gloss from the bundled dictionary and the sentence it was saved
/// from — as TSV for Anki, or JSON.
public struct VocabularyListing: Sendable {
    /// The words, as `pingdian vocabulary` and the exports give them.
    public let rows: [ExportedWord]

    /// The words of `vocabulary`, found in `document`, read with `index`.
    public init(_ vocabulary: [VocabularyEntry], in document: TextDocument, index: DictionaryIndex?) {
        rows = vocabulary.map { entry in
            let range = entry.anchor.resolve(in: document).range
            let entries: [DictionaryEntry] = index.map { index in
                let found = index.lookUp(phrase: entry.word)
                return found.kind == .headwords ? found.words.flatMap(\.entries) : found.words.compactMap(\.entries.first)
            } ?? []
            let sentence: String
            if let range, let paragraph = document.paragraphIndex(containing: range.lowerBound) {
                let bounds = document.paragraphs[paragraph].range
                let around = TextBoundaries.segment(.sentence, containing: range.lowerBound, in: bounds, of: document)
                let start = min(around.lowerBound, range.lowerBound)
                let end = max(around.upperBound, range.upperBound)
                sentence = document.text(in: start..<range.lowerBound) + "<b>" + document.text(in: range) + "</b>"
                    + document.text(in: range.upperBound..<end)
            } else {
                sentence = "<b>" + entry.anchor.exact + "</b>"
            }
            return ExportedWord(
                word: entry.word,
                pinyin: entries.map { Pinyin.marked($0.pinyin) }.uniqued().joined(separator: " / "),
                zhuyin: entries.map { Pinyin.zhuyin($0.pinyin) }.uniqued().joined(separator: " / "),
                glosses: entries.flatMap(\.glosses),
                sentence: sentence.trimmingCharacters(in: .whitespacesAndNewlines),
                start: range?.lowerBound, end: range?.upperBound,
                paragraph: range.flatMap { document.paragraphIndex(containing: $0.lowerBound) }.map { $0 + 1 },
                created: entry.created)
        }
    }

    /// Tab-separated, one word a line — word, pinyin, 注音, glosses, sentence — for Anki's import
    /// (tabs and line breaks inside a field become spaces; the sentence's `<b>` is HTML Anki shows).
    public var tsv: String {
        rows.map { row in
            [row.word, row.pinyin, row.zhuyin, row.glosses.joined(separator: "; "), row.sentence]
                .map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
                .joined(separator: "\t") + "\n"
        }.joined()
    }

    /// A JSON array, one object per word.
    public var json: String { CommandJSON.array(rows) }
}

extension Array where Element: Hashable {
    /// The elements, each once, in order.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
