import Foundation

/// One annotation of a `pingdian-export` file (Docs/file-formats.md): written by
/// ``JSONExporter`` with every member (null when it has no value), read back by the importer.
struct ExportRecord: Codable, Hashable, Sendable {
    var id: String
    var layer: String?
    var kind: String
    var quote: String
    var prefix: String?
    var suffix: String?
    /// Scalar offsets, half-open; null for an orphan.
    var start: Int?
    var end: Int?
    /// The paragraph of `start`, counted from 1; null for an orphan.
    var paragraph: Int?
    var note: String?
    var links: [AnnotationLink]
    /// The passage's source and verdict; null for most.
    var source: AnnotationSource?
    /// What a machine conversion did at the passage; null for most.
    var conversion: AnnotationConversion?
    /// Who made it; null when not recorded.
    var creator: String?
    /// Where a copied note came from; null for most.
    var origin: AnnotationOrigin?
    /// The id of the annotation it answers; null when it is not a reply.
    var replyTo: String?
    var created: Date?
    var modified: Date?

    /// The record of an exported annotation.
    init(_ annotation: ExportedAnnotation) {
        id = annotation.id
        layer = annotation.layer.rawValue
        kind = annotation.kindKey
        quote = annotation.quote
        prefix = annotation.prefix
        suffix = annotation.suffix
        start = annotation.range?.lowerBound
        end = annotation.range?.upperBound
        paragraph = annotation.paragraph.map { $0 + 1 }
        note = annotation.note
        links = annotation.links
        source = annotation.source
        conversion = annotation.conversion
        creator = annotation.creator
        origin = annotation.origin
        replyTo = annotation.replyTo
        created = annotation.created
        modified = annotation.modified
    }

    private enum CodingKeys: String, CodingKey {
        case id, layer, kind, quote, prefix, suffix, start, end, paragraph, note, links, source, conversion, creator, origin, replyTo, created, modified
    }

    /// Reads a record: `id`, `kind` and `quote` are required, the rest may be missing or null.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        layer = try container.decodeIfPresent(String.self, forKey: .layer)
        kind = try container.decode(String.self, forKey: .kind)
        quote = try container.decode(String.self, forKey: .quote)
        prefix = try container.decodeIfPresent(String.self, forKey: .prefix)
        suffix = try container.decodeIfPresent(String.self, forKey: .suffix)
        start = try container.decodeIfPresent(Int.self, forKey: .start)
        end = try container.decodeIfPresent(Int.self, forKey: .end)
        paragraph = try container.decodeIfPresent(Int.self, forKey: .paragraph)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        links = try container.decodeIfPresent([AnnotationLink].self, forKey: .links) ?? []
        source = try container.decodeIfPresent(AnnotationSource.self, forKey: .source)
        conversion = try container.decodeIfPresent(AnnotationConversion.self, forKey: .conversion)
        creator = try container.decodeIfPresent(String.self, forKey: .creator)
        origin = try container.decodeIfPresent(AnnotationOrigin.self, forKey: .origin)
        replyTo = try container.decodeIfPresent(String.self, forKey: .replyTo)
        created = try container.decodeISO8601IfPresent(forKey: .created)
        modified = try container.decodeISO8601IfPresent(forKey: .modified)
    }

    /// Writes every member, null when it has no value, so that the shape never changes.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(layer, forKey: .layer)
        try container.encode(kind, forKey: .kind)
        try container.encode(quote, forKey: .quote)
        try container.encode(prefix, forKey: .prefix)
        try container.encode(suffix, forKey: .suffix)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(paragraph, forKey: .paragraph)
        try container.encode(note, forKey: .note)
        try container.encode(links, forKey: .links)
        try container.encode(source, forKey: .source)
        try container.encode(conversion, forKey: .conversion)
        try container.encode(creator, forKey: .creator)
        try container.encode(origin, forKey: .origin)
        try container.encode(replyTo, forKey: .replyTo)
        try container.encode(created.map(ISO8601Seconds.string), forKey: .created)
        try container.encode(modified.map(ISO8601Seconds.string), forKey: .modified)
    }
}
