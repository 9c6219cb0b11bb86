import Foundation

/// A set of annotations of one text, as kept in a `pingdian-layer` file (Docs/file-formats.md).
public struct AnnotationLayer: Codable, Hashable, Sendable {
    /// The `format` member of a layer file.
    public static let format = "pingdian-layer"
    /// The highest layer `version` this build reads, and the one it writes.
    public static let supportedVersion = 1

    /// Identifies the layer (`curated`, `reader`…).
    public var id: String
    /// A name to show for the layer, if any.
    public var name: LocalizedText?
    /// The annotations, in file order.
    public var annotations: [Annotation]

    /// Makes a layer.
    public init(id: String, name: LocalizedText? = nil, annotations: [Annotation]) {
        self.id = id
        self.name = name
        self.annotations = annotations
    }

    /// Whether `bytes` are meant as a layer file: a JSON object whose `format` is `pingdian-layer`.
    public static func isLayerFile(_ bytes: [UInt8]) -> Bool {
        guard let value = try? JSONParser.parse(bytes) else { return false }
        return value["format"]?.stringValue == format
    }

    /// Reads a layer file and checks it: unique non-empty ids, anchors whose quote fills
    /// `[start, end)`, links to annotations of the layer. Errors name the JSON path and the id.
    public static func decode(_ bytes: [UInt8]) throws(FileFormatError) -> AnnotationLayer {
        let reader = JSONFileReader(format: format, supportedVersion: supportedVersion, identifyingMembers: ["annotations": "id"])
        let layer = try AnnotationLayer(json: JSONField(document: reader.checkedDocument(bytes), reader: reader))
        try layer.validate()
        return layer
    }

    /// The layer as a file: pretty-printed JSON with sorted keys and a final newline, so that the
    /// same layer always gives the same bytes.
    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding cannot fail: the layer holds only strings, integers, arrays and objects.
        let data = (try? encoder.encode(self)) ?? Data()
        return Array(data) + [0x0A]
    }

    private enum CodingKeys: String, CodingKey {
        case format, version, id, name, annotations
    }

    /// Reads a layer (checking `format` and `version` when decoded on its own).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let format = try container.decode(String.self, forKey: .format)
        guard format == Self.format else {
            throw DecodingError.dataCorruptedError(forKey: .format, in: container, debugDescription: "expected \"\(Self.format)\", found \"\(format)\"")
        }
        let version = try container.decode(Int.self, forKey: .version)
        guard (1...Self.supportedVersion).contains(version) else {
            throw DecodingError.dataCorruptedError(
                forKey: .version, in: container, debugDescription: "version \(version) is not one this pingdian reads (1…\(Self.supportedVersion))")
        }
        id = try container.decode(String.self, forKey: .id)
        name = try container.decodeIfPresent(LocalizedText.self, forKey: .name)
        annotations = try container.decode([Annotation].self, forKey: .annotations)
    }

    /// Reads a layer from a file whose `format` and `version` ``JSONFileReader`` checked, as
    /// ``init(from:)`` does.
    init(json field: JSONField) throws(FileFormatError) {
        id = try field.member("id").string()
        name = try field.optionalMember("name").map { (name) throws(FileFormatError) in try LocalizedText(json: name) }
        annotations = try field.member("annotations").elements().map { (element) throws(FileFormatError) in try Annotation(json: element) }
    }

    /// Writes the layer with `format` and the current `version`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.format, forKey: .format)
        try container.encode(Self.supportedVersion, forKey: .version)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encode(annotations, forKey: .annotations)
    }

    /// Checks what the types alone cannot: ids, anchor offsets and link targets.
    func validate() throws(FileFormatError) {
        if id.isEmpty { throw FileFormatError(.emptyLayerID, path: "id") }
        try AnnotationChecks.check(annotations, linkTargetsMustExist: true)
    }
}
