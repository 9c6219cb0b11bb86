import Foundation
import PingdianCore
import TerminalKit

/// The matches of a search as `pingdian search` lists them: one line each, like grep, or JSON.
public struct SearchListing: Sendable {
    /// One match with its paragraph and some context; its JSON form is documented in Docs/search.md.
    public struct Entry: Encodable, Sendable {
        /// The paragraph of the match's start, counted from 1.
        public let paragraph: Int
        /// Where the match starts in the text, in scalars.
        public let start: Int
        /// Where it ends (exclusive).
        public let end: Int
        /// The original text of the match (a newline included when it crosses one).
        public let match: String
        /// Up to the context length of the text before the match, within the paragraph.
        public let before: String
        /// The same after it.
        public let after: String
        /// Whether the paragraph goes on before the context shown.
        public let cutBefore: Bool
        /// Whether it goes on after it.
        public let cutAfter: Bool

        private enum CodingKeys: String, CodingKey { case paragraph, start, end, match, before, after }
    }

    /// The matches, in text order.
    public let entries: [Entry]

    /// Every match of `query` in `document`, with `context` scalars on each side.
    public init(_ query: SearchQuery, in document: TextDocument, context: Int) {
        let search = TextSearch(document: document)
        var entries: [Entry] = []
        // A stretch at a time; a match that starts in an earlier stretch was listed there.
        let stretch = 1 << 20
        for start in stride(from: 0, to: document.scalarCount, by: stretch) {
            let range = start..<min(start + stretch, document.scalarCount)
            for match in search.matches(of: query, in: range) where match.lowerBound >= start {
                entries.append(Self.entry(match, in: document, context: context))
            }
        }
        self.entries = entries
    }

    /// The entry of one match.
    static func entry(_ match: Range<Int>, in document: TextDocument, context: Int) -> Entry {
        let scalars = document.scalars
        var before = match.lowerBound
        while before > 0, match.lowerBound - before < context, scalars[before - 1] != "\n" { before -= 1 }
        var after = match.upperBound
        while after < scalars.count, after - match.upperBound < context, scalars[after] != "\n" { after += 1 }
        return Entry(
            paragraph: (document.paragraphIndex(containing: match.lowerBound) ?? 0) + 1,
            start: match.lowerBound, end: match.upperBound,
            match: document.text(in: match),
            before: document.text(in: before..<match.lowerBound),
            after: document.text(in: match.upperBound..<after),
            cutBefore: before > 0 && scalars[before - 1] != "\n",
            cutAfter: after < scalars.count && scalars[after] != "\n")
    }

    /// The JSON array of the entries, pretty-printed with sorted keys and a final newline.
    public var json: String { CommandJSON.array(entries) }

    /// One line per match: `¶12:  …before【match】after…`; with `color`, the match in bold
    /// reverse video instead of 【】. Control characters (a newline inside a match) are shown as
    /// placeholders (␊).
    public func lines(color: Bool) -> [String] {
        entries.map { entry in
            let match = VisibleText.line(entry.match)
            let marked = color ? AnsiStyle.styled(match, CellStyle(attributes: [.bold, .reverse])) : "【" + match + "】"
            return "¶\(entry.paragraph):  " + (entry.cutBefore ? "…" : "") + VisibleText.line(entry.before) + marked
                + VisibleText.line(entry.after) + (entry.cutAfter ? "…" : "")
        }
    }
}
