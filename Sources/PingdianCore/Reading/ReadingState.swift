import Foundation

/// What pingdian remembers about one text between sessions: which text, where the reader was,
/// and the reader's own annotations.
///
/// Saved as a `pingdian-state` file (Docs/file-formats.md) by ``StateStore``. Members of the file
/// that this version does not know (at the top level and inside `text` and `position`) are kept
/// by the state when it is read and written back unchanged, even when ``text`` or ``position``
/// is replaced by a new value — so a file that gained members loses nothing when this version
/// saves it.
public struct ReadingState: Codable, Hashable, Sendable {
    /// The `format` member of a state file.
    public static let format = "pingdian-state"
    /// The highest state `version` this build reads, and the one it writes. Version 2 added
    /// `annotations` and the locked write of ``StateStore/apply(_:to:document:path:now:)``;
    /// version 3 `vocabulary`. Older files are read as having none of what they lack, and are
    /// written back as version 3.
    public static let supportedVersion = 3

    /// The text the state belongs to.
    public var text: TextIdentity
    /// Where the reader was.
    public var position: ReadingPosition
    /// The reader's own annotations, in the order they were made.
    public var annotations: [Annotation] = []
    /// The words the reader saved from the dictionary, in the order they were saved.
    public var vocabulary: [VocabularyEntry] = []
    /// When the state was last changed, to the second.
    public var updated: Date {
        didSet { updated = ISO8601Seconds.wholeSeconds(updated) }
    }
    /// Top-level members this version does not know, written back unchanged.
    var unknownMembers: [String: JSONValue] = [:]
    /// Members of `text` this version does not know, written back unchanged.
    var unknownTextMembers: [String: JSONValue] = [:]
    /// Members of `position` this version does not know, written back unchanged.
    var unknownPositionMembers: [String: JSONValue] = [:]

    /// Makes a state; `updated` is rounded down to the second, as the file keeps it.
    public init(text: TextIdentity, position: ReadingPosition, updated: Date) {
        self.text = text
        self.position = position
        self.updated = ISO8601Seconds.wholeSeconds(updated)
    }

    /// The state of `document` (opened from `path`, nil when bundled) read up to `offset`.
    public init(document: TextDocument, path: String?, offset: Int, updated: Date = Date()) {
        self.init(
            text: TextIdentity(document: document, path: path),
            position: ReadingPosition(offset: offset, in: document),
            updated: updated)
    }

    private static let knownMembers: Set<String> = ["format", "version", "text", "position", "annotations", "vocabulary", "updated"]

    /// Reads a state, checking `format` and `version` and keeping unknown members.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        let format = try container.decode(String.self, forKey: "format")
        guard format == Self.format else {
            throw DecodingError.dataCorruptedError(
                forKey: "format", in: container, debugDescription: "expected \"\(Self.format)\", found \"\(format)\"")
        }
        let version = try container.decodeInteger(forKey: "version")
        guard (1...Self.supportedVersion).contains(version) else {
            throw DecodingError.dataCorruptedError(
                forKey: "version", in: container,
                debugDescription: "version \(version) is not one this pingdian reads (1…\(Self.supportedVersion))")
        }
        text = try container.decode(TextIdentity.self, forKey: "text")
        unknownTextMembers = text.unknownMembers
        text.unknownMembers = [:]
        position = try container.decode(ReadingPosition.self, forKey: "position")
        unknownPositionMembers = position.unknownMembers
        position.unknownMembers = [:]
        annotations = try container.decodeIfPresent([Annotation].self, forKey: "annotations") ?? []
        vocabulary = try container.decodeIfPresent([VocabularyEntry].self, forKey: "vocabulary") ?? []
        let updatedText = try container.decode(String.self, forKey: "updated")
        guard let updated = ISO8601Seconds.date(from: updatedText) else {
            throw DecodingError.dataCorruptedError(
                forKey: "updated", in: container, debugDescription: "\"\(updatedText)\" is not an ISO 8601 date and time")
        }
        self.updated = updated
        unknownMembers = try container.unknownMembers(excluding: Self.knownMembers)
    }

    /// Reads a state from a file whose `format` and `version` ``JSONFileReader`` checked, as
    /// ``init(from:)`` does, keeping unknown members.
    init(json field: JSONField) throws(FileFormatError) {
        text = try TextIdentity(json: field.member("text"))
        unknownTextMembers = text.unknownMembers
        text.unknownMembers = [:]
        position = try ReadingPosition(json: field.member("position"))
        unknownPositionMembers = position.unknownMembers
        position.unknownMembers = [:]
        annotations = try field.optionalMember("annotations")?.elements()
            .map { (element) throws(FileFormatError) in try Annotation(json: element) } ?? []
        vocabulary = try field.optionalMember("vocabulary")?.elements()
            .map { (element) throws(FileFormatError) in try VocabularyEntry(json: element) } ?? []
        updated = try field.member("updated").iso8601Date()
        unknownMembers = try field.unknownMembers(excluding: Self.knownMembers)
    }

    /// Whether `bytes` are meant as a state file: a JSON object whose `format` is
    /// `pingdian-state`, whether or not this version can read it.
    public static func isStateFile(_ bytes: [UInt8]) -> Bool {
        guard let value = try? JSONParser.parse(bytes) else { return false }
        return value["format"]?.stringValue == format
    }

    /// Reads a state file's bytes: `format` and `version` first, then the state (not yet
    /// ``validate()``d). Errors name the JSON path and the annotation's id.
    static func decode(_ bytes: [UInt8]) throws(FileFormatError) -> ReadingState {
        let reader = JSONFileReader(format: format, supportedVersion: supportedVersion, identifyingMembers: ["annotations": "id"])
        return try ReadingState(json: JSONField(document: reader.checkedDocument(bytes), reader: reader))
    }

    /// Writes the state with `format`, the current `version`, the annotations (always, even
    /// empty), `updated` as ISO 8601 in UTC, and the members kept from the file.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeUnknownMembers(unknownMembers)
        try container.encode(Self.format, forKey: "format")
        try container.encode(Self.supportedVersion, forKey: "version")
        var text = text
        text.unknownMembers.merge(unknownTextMembers) { own, _ in own }
        try container.encode(text, forKey: "text")
        var position = position
        position.unknownMembers.merge(unknownPositionMembers) { own, _ in own }
        try container.encode(position, forKey: "position")
        try container.encode(annotations, forKey: "annotations")
        try container.encode(vocabulary, forKey: "vocabulary")
        try container.encode(ISO8601Seconds.string(from: updated), forKey: "updated")
    }

    /// Checks the annotations beyond their types (``AnnotationChecks``); a link may name an
    /// annotation that is gone, since another running copy may have deleted it.
    func validate() throws(FileFormatError) {
        try AnnotationChecks.check(annotations, linkTargetsMustExist: false)
    }
}
