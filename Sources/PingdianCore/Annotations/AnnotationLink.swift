/// A typed link from one annotation to another of the same layer, by id.
public struct AnnotationLink: Codable, Hashable, Sendable {
    /// What the link means.
    public var type: LinkType
    /// The id of the linked annotation.
    public var target: String

    /// Makes a link to the annotation with id `target`.
    public init(type: LinkType, target: String) {
        self.type = type
        self.target = target
    }

    /// Reads a link from a parsed file, as the synthesized `init(from:)` does.
    init(json field: JSONField) throws(FileFormatError) {
        type = LinkType(rawValue: try field.member("type").string())
        target = try field.member("target").string()
    }
}
