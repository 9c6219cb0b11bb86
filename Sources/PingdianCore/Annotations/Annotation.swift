import Foundation

/// A rhetorical move marked on a span of the text: its kind, an optional note and links.
public struct Annotation: Codable, Hashable, Sendable {
    /// Unique within its layer; links refer to it.
    public var id: String
    /// The key of a ``MoveKind`` of the taxonomy (`claim`, `contradiction`…).
    public var kind: String
    /// Where in the text it is.
    public var anchor: TextAnchor
    /// The commentary shown in the annotation pane, if any.
    public var note: String?
    /// Links to other annotations of the layer.
    public var links: [AnnotationLink]
    /// What the passage attributes to someone, checked against the source; nil for most.
    public var source: AnnotationSource?
    /// What a machine conversion did here (the conversion layer); nil for most.
    public var conversion: AnnotationConversion?
    /// When it was made, to the second; nil when not recorded (curated layers usually leave it out).
    public var created: Date? {
        didSet { created = created.map(ISO8601Seconds.wholeSeconds) }
    }
    /// When it was last changed (or made), to the second; nil when not recorded.
    public var modified: Date? {
        didSet { modified = modified.map(ISO8601Seconds.wholeSeconds) }
    }

    /// Makes an annotation; dates are rounded down to the second, as a file keeps them.
    public init(id: String, kind: String, anchor: TextAnchor, note: String? = nil, links: [AnnotationLink] = [],
                source: AnnotationSource? = nil, conversion: AnnotationConversion? = nil, created: Date? = nil, modified: Date? = nil) {
        self.id = id
        self.kind = kind
        self.anchor = anchor
        self.note = note
        self.links = links
        self.source = source
        self.conversion = conversion
        self.created = created.map(ISO8601Seconds.wholeSeconds)
        self.modified = modified.map(ISO8601Seconds.wholeSeconds)
    }

    /// The same annotation without its dates, to tell whether an edit changed anything.
    var withoutDates: Annotation {
        var copy = self
        copy.created = nil
        copy.modified = nil
        return copy
    }

    private enum CodingKeys: String, CodingKey {
        case id, kind, anchor, note, links, source, conversion, created, modified
    }

    /// Reads an annotation; `note`, `links`, `created` and `modified` may be left out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        kind = try container.decode(String.self, forKey: .kind)
        anchor = try container.decode(TextAnchor.self, forKey: .anchor)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        links = try container.decodeIfPresent([AnnotationLink].self, forKey: .links) ?? []
        source = try container.decodeIfPresent(AnnotationSource.self, forKey: .source)
        conversion = try container.decodeIfPresent(AnnotationConversion.self, forKey: .conversion)
        created = try container.decodeISO8601IfPresent(forKey: .created)
        modified = try container.decodeISO8601IfPresent(forKey: .modified)
    }

    /// Reads an annotation from a parsed file, as ``init(from:)`` does.
    init(json field: JSONField) throws(FileFormatError) {
        id = try field.member("id").string()
        kind = try field.member("kind").string()
        anchor = try TextAnchor(json: field.member("anchor"))
        note = try field.optionalMember("note")?.string()
        links = try field.optionalMember("links")?.elements().map { (link) throws(FileFormatError) in try AnnotationLink(json: link) } ?? []
        source = try field.optionalMember("source").map { (source) throws(FileFormatError) in try AnnotationSource(json: source) }
        conversion = try field.optionalMember("conversion").map { (conversion) throws(FileFormatError) in try AnnotationConversion(json: conversion) }
        created = try field.optionalMember("created")?.iso8601Date()
        modified = try field.optionalMember("modified")?.iso8601Date()
    }

    /// Writes the annotation, leaving out a missing note, missing dates and an empty list of links.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(anchor, forKey: .anchor)
        try container.encodeIfPresent(note, forKey: .note)
        if !links.isEmpty { try container.encode(links, forKey: .links) }
        try container.encodeIfPresent(source, forKey: .source)
        try container.encodeIfPresent(conversion, forKey: .conversion)
        try container.encodeIfPresent(created.map(ISO8601Seconds.string), forKey: .created)
        try container.encodeIfPresent(modified.map(ISO8601Seconds.string), forKey: .modified)
    }
}
