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

    /// Makes an annotation.
    public init(id: String, kind: String, anchor: TextAnchor, note: String? = nil, links: [AnnotationLink] = []) {
        self.id = id
        self.kind = kind
        self.anchor = anchor
        self.note = note
        self.links = links
    }

    private enum CodingKeys: String, CodingKey {
        case id, kind, anchor, note, links
    }

    /// Reads an annotation; `note` and `links` may be left out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        kind = try container.decode(String.self, forKey: .kind)
        anchor = try container.decode(TextAnchor.self, forKey: .anchor)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        links = try container.decodeIfPresent([AnnotationLink].self, forKey: .links) ?? []
    }

    /// Writes the annotation, leaving out a missing note and an empty list of links.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        try container.encode(anchor, forKey: .anchor)
        try container.encodeIfPresent(note, forKey: .note)
        if !links.isEmpty { try container.encode(links, forKey: .links) }
    }
}
