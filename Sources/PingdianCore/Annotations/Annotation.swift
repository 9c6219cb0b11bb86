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
    /// Who made it (`--author`, `PINGDIAN_AUTHOR`, git's `user.name` or the login name); nil when
    /// not recorded (curated layers and notes made before pingdian recorded it).
    public var creator: String?
    /// Where it was copied from, when it is a copy of another reader's note.
    public var origin: AnnotationOrigin?
    /// The id of the annotation it answers, in any layer; nil when it is not a reply.
    public var replyTo: String?
    /// Other versions of this note that a merge found changed on both sides (`pingdian
    /// merge-notes`): kept until the reader chooses; empty for nearly all.
    public var conflicts: [Annotation]
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
                source: AnnotationSource? = nil, conversion: AnnotationConversion? = nil, creator: String? = nil,
                origin: AnnotationOrigin? = nil, replyTo: String? = nil, conflicts: [Annotation] = [], created: Date? = nil, modified: Date? = nil) {
        self.id = id
        self.creator = creator
        self.origin = origin
        self.replyTo = replyTo
        self.conflicts = conflicts
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
        case id, kind, anchor, note, links, source, conversion, creator, origin, replyTo, conflicts, created, modified
    }

    /// Reads an annotation; every member but `id`, `kind` and `anchor` may be left out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        kind = try container.decode(String.self, forKey: .kind)
        anchor = try container.decode(TextAnchor.self, forKey: .anchor)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        links = try container.decodeIfPresent([AnnotationLink].self, forKey: .links) ?? []
        source = try container.decodeIfPresent(AnnotationSource.self, forKey: .source)
        conversion = try container.decodeIfPresent(AnnotationConversion.self, forKey: .conversion)
        creator = try container.decodeIfPresent(String.self, forKey: .creator)
        origin = try container.decodeIfPresent(AnnotationOrigin.self, forKey: .origin)
        replyTo = try container.decodeIfPresent(String.self, forKey: .replyTo)
        conflicts = try container.decodeIfPresent([Annotation].self, forKey: .conflicts) ?? []
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
        creator = try field.optionalMember("creator")?.string()
        origin = try field.optionalMember("origin").map { (origin) throws(FileFormatError) in try AnnotationOrigin(json: origin) }
        replyTo = try field.optionalMember("replyTo")?.string()
        conflicts = try field.optionalMember("conflicts")?.elements().map { (version) throws(FileFormatError) in try Annotation(json: version) } ?? []
        created = try field.optionalMember("created")?.iso8601Date()
        modified = try field.optionalMember("modified")?.iso8601Date()
    }

    /// Writes the annotation, leaving out what it does not have (a missing note, creator or date,
    /// an empty list of links or conflicts).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(anchor, forKey: .anchor)
        try container.encodeIfPresent(note, forKey: .note)
        if !links.isEmpty { try container.encode(links, forKey: .links) }
        try container.encodeIfPresent(source, forKey: .source)
        try container.encodeIfPresent(conversion, forKey: .conversion)
        try container.encodeIfPresent(creator, forKey: .creator)
        try container.encodeIfPresent(origin, forKey: .origin)
        try container.encodeIfPresent(replyTo, forKey: .replyTo)
        if !conflicts.isEmpty { try container.encode(conflicts, forKey: .conflicts) }
        try container.encodeIfPresent(created.map(ISO8601Seconds.string), forKey: .created)
        try container.encodeIfPresent(modified.map(ISO8601Seconds.string), forKey: .modified)
    }
}
