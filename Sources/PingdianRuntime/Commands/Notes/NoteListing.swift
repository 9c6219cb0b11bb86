import Foundation
import PingdianCore

/// The reader's annotations of a text as `pingdian notes` lists them: in reading order (where each
/// anchor is found in the text now), then those whose text is no longer found, in file order.
public struct NoteListing: Sendable {
    /// One annotation as listed; its JSON form is documented in Docs/file-formats.md.
    public struct Entry: Encodable, Sendable {
        /// The annotation's id.
        public let id: String
        /// The key of its kind.
        public let kind: String
        /// The text it was made on.
        public let quote: String
        /// Where the quote is in the text now, or nil when it is no longer found.
        public let range: Range<Int>?
        /// The paragraph of `range`, counted from 1.
        public let paragraph: Int?
        /// The reader's note, if any.
        public let note: String?
        /// Its links to other annotations.
        public let links: [Link]
        /// What it attributes to a source and the verdict (an attribution), if anything.
        public let source: AnnotationSource?
        /// Who made it, where a copy came from, what a reply answers (Docs/together.md).
        public let creator: String?
        public let origin: AnnotationOrigin?
        public let replyTo: String?
        /// The notes of the other versions a merge kept (changed in two places), for `M`.
        public let conflicts: [String]
        /// When it was made and last changed, when known.
        public let created: Date?
        public let modified: Date?

        /// A link and the quote of the annotation it names (nil when that one is gone).
        public struct Link: Encodable, Sendable {
            /// The link's type (`contradicts`, `supports`…).
            public let type: String
            /// The id of the annotation it names.
            public let target: String
            /// That annotation's quote.
            public let quote: String?

            /// Every member, `quote` as `null` when that annotation is gone.
            public func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(type, forKey: .type)
                try container.encode(target, forKey: .target)
                try container.encode(quote, forKey: .quote)
            }

            private enum CodingKeys: String, CodingKey { case type, target, quote }
        }

        private enum CodingKeys: String, CodingKey {
            case id, kind, quote, start, end, paragraph, note, links, source, creator, origin, replyTo, conflicts, created, modified
        }

        /// Every member, `null` when absent, so that the shape never changes.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(kind, forKey: .kind)
            try container.encode(quote, forKey: .quote)
            try container.encode(range?.lowerBound, forKey: .start)
            try container.encode(range?.upperBound, forKey: .end)
            try container.encode(paragraph, forKey: .paragraph)
            try container.encode(note, forKey: .note)
            try container.encode(links, forKey: .links)
            try container.encode(source, forKey: .source)
            try container.encode(creator, forKey: .creator)
            try container.encode(origin, forKey: .origin)
            try container.encode(replyTo, forKey: .replyTo)
            try container.encode(conflicts, forKey: .conflicts)
            try container.encode(created.map(Self.iso8601), forKey: .created)
            try container.encode(modified.map(Self.iso8601), forKey: .modified)
        }

        private static func iso8601(_ date: Date) -> String { date.formatted(.iso8601) }
    }

    /// The entries, in listing order.
    public let entries: [Entry]

    /// Finds each annotation in `document` and orders them for listing.
    public init(_ annotations: [Annotation], in document: TextDocument) {
        let quoteByID = Dictionary(annotations.map { ($0.id, $0.anchor.exact) }) { first, _ in first }
        let found = annotations.enumerated().map { order, annotation in
            (order: order, annotation: annotation, range: annotation.anchor.resolve(in: document).range)
        }
        let sorted = found.sorted { a, b in
            switch (a.range, b.range) {
            case (let x?, let y?):
                if x.lowerBound != y.lowerBound { return x.lowerBound < y.lowerBound }
                if x.upperBound != y.upperBound { return x.upperBound > y.upperBound }
                return a.order < b.order
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.order < b.order
            }
        }
        entries = sorted.map { item in
            let annotation = item.annotation
            return Entry(
                id: annotation.id, kind: annotation.kind, quote: annotation.anchor.exact, range: item.range,
                paragraph: item.range.flatMap { document.paragraphIndex(containing: $0.lowerBound) }.map { $0 + 1 },
                note: annotation.note,
                links: annotation.links.map { Entry.Link(type: $0.type.rawValue, target: $0.target, quote: quoteByID[$0.target]) },
                source: annotation.source, creator: annotation.creator, origin: annotation.origin, replyTo: annotation.replyTo,
                conflicts: annotation.conflicts.map { $0.note ?? "" }, created: annotation.created, modified: annotation.modified)
        }
    }

    /// The JSON array of the entries, pretty-printed with sorted keys and a final newline.
    public var json: String { CommandJSON.array(entries) }

    /// One block per annotation, blocks separated by a blank line: `¶3 claim r1` (or `¶- claim r1
    /// (not found)`), then indented the quote in 「」, the source of an attribution (`source:
    /// selective “words” (where · URL)`), the note's lines, and one line per link
    /// (`→ contradicts 「…」`, or `→ contradicts a note since deleted (m1)`); who made it, a copy's
    /// origin, what a reply answers and the versions a merge kept, each on a line of its own. Control characters are shown as placeholders. Empty when
    /// there are no annotations.
    public var plain: String {
        entries.map { entry in
            var lines = ["¶" + (entry.paragraph.map(String.init) ?? "-") + " " + entry.kind + " " + entry.id
                         + (entry.range == nil ? " (not found)" : "")]
            lines.append("  「" + entry.quote + "」")
            if let source = entry.source {
                let place = [source.location, source.url].compactMap { $0 }.joined(separator: " · ")
                lines.append("  source: " + source.verdict.rawValue + (source.words.map { " “\($0)”" } ?? "")
                             + (place.isEmpty ? "" : " (\(place))"))
            }
            if let creator = entry.creator { lines.append("  by " + creator) }
            if let origin = entry.origin { lines.append("  copied from \(origin.creator ?? "?") (\(origin.file), \(origin.id))") }
            if let replyTo = entry.replyTo { lines.append("  ↳ reply to " + replyTo) }
            if let note = entry.note, !note.isEmpty {
                lines += note.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
            }
            for other in entry.conflicts {
                lines.append("  ⚠ changed in two places, other version: " + other.split(separator: "\n").joined(separator: " "))
            }
            for link in entry.links {
                lines.append("  → \(link.type) " + (link.quote.map { "「\($0)」" } ?? "a note since deleted (\(link.target))"))
            }
            return lines.map(VisibleText.line).joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }
}
