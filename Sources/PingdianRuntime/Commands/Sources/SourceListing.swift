import Foundation
import PingdianCore

/// The passages of a text checked against their source, as `pingdian sources` lists them: in
/// reading order, each with its quote, the source's words, where they are and the verdict.
public struct SourceListing: Sendable {
    /// One passage; its JSON form is documented in Docs/sources.md.
    public struct Entry: Encodable, Sendable {
        public let id: String
        /// The passage's words in the text.
        public let quote: String
        /// Where the passage is now, and its paragraph counted from 1; nil when no longer found.
        public let range: Range<Int>?
        public let paragraph: Int?
        public let url: String?
        public let location: String?
        /// The source's own words, when found.
        public let words: String?
        public let verdict: String
        /// What a translated phrase leaves out, if the passage translates one.
        public let translation: String?
        /// Why the verdict.
        public let note: String?

        private enum CodingKeys: String, CodingKey {
            case id, quote, start, end, paragraph, url, location, words, verdict, translation, note
        }

        /// Every member, `null` when absent, so that the shape never changes.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(quote, forKey: .quote)
            try container.encode(range?.lowerBound, forKey: .start)
            try container.encode(range?.upperBound, forKey: .end)
            try container.encode(paragraph, forKey: .paragraph)
            try container.encode(url, forKey: .url)
            try container.encode(location, forKey: .location)
            try container.encode(words, forKey: .words)
            try container.encode(verdict, forKey: .verdict)
            try container.encode(translation, forKey: .translation)
            try container.encode(note, forKey: .note)
        }
    }

    /// The entries, in reading order, those no longer found last.
    public let entries: [Entry]

    /// The annotations of `annotations` that have a source, found in `document`.
    public init(_ annotations: [Annotation], in document: TextDocument, taxonomy: Taxonomy) {
        let index = AnnotationIndex(annotations: annotations.filter { $0.source != nil }, document: document, taxonomy: taxonomy)
        entries = (index.placed + index.orphans).compactMap { resolved in
            guard let source = resolved.annotation.source else { return nil }
            return Entry(
                id: resolved.id, quote: resolved.range.map { document.text(in: $0) } ?? resolved.annotation.anchor.exact,
                range: resolved.range, paragraph: resolved.range.flatMap { document.paragraphIndex(containing: $0.lowerBound) }.map { $0 + 1 },
                url: source.url, location: source.location, words: source.words, verdict: source.verdict.rawValue,
                translation: source.translation, note: resolved.annotation.note)
        }
    }

    /// The JSON array of the entries, pretty-printed with sorted keys and a final newline.
    public var json: String { CommandJSON.array(entries) }

    /// One block per passage, blocks separated by a blank line: `¶8 distorted src-12`, then
    /// indented the quote in 「」, the source's words in “”, where they are, and the note.
    public var plain: String {
        entries.map { entry in
            var lines = ["¶" + (entry.paragraph.map(String.init) ?? "-") + " " + entry.verdict + " " + entry.id]
            lines.append("  「" + entry.quote + "」")
            if let words = entry.words { lines.append("  “" + words + "”") }
            let place = [entry.location, entry.url].compactMap { $0 }.joined(separator: " · ")
            if !place.isEmpty { lines.append("  " + place) }
            if let translation = entry.translation { lines.append("  " + translation) }
            if let note = entry.note, !note.isEmpty { lines += note.split(separator: "\n").map { "  " + $0 } }
            return lines.map(VisibleText.line).joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }
}
