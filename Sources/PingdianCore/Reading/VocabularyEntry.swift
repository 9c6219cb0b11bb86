import Foundation

/// A word the reader saved from the dictionary (`K`, then `a`; Docs/dictionary.md): the word and
/// the occurrence it was saved from, anchored as a note is, kept in the text's state file.
public struct VocabularyEntry: Codable, Hashable, Sendable {
    /// Unique in the file.
    public var id: String
    /// The word as the text has it (檄文).
    public var word: String
    /// The occurrence it was saved from.
    public var anchor: TextAnchor
    /// When it was saved, to the second.
    public var created: Date? {
        didSet { created = created.map(ISO8601Seconds.wholeSeconds) }
    }

    public init(id: String, word: String, anchor: TextAnchor, created: Date? = nil) {
        self.id = id
        self.word = word
        self.anchor = anchor
        self.created = created.map(ISO8601Seconds.wholeSeconds)
    }

    private enum CodingKeys: String, CodingKey { case id, word, anchor, created }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        word = try container.decode(String.self, forKey: .word)
        anchor = try container.decode(TextAnchor.self, forKey: .anchor)
        created = try container.decodeISO8601IfPresent(forKey: .created)
    }

    /// Reads an entry from a parsed file, as ``init(from:)`` does.
    init(json field: JSONField) throws(FileFormatError) {
        id = try field.member("id").string()
        word = try field.member("word").string()
        anchor = try TextAnchor(json: field.member("anchor"))
        created = try field.optionalMember("created")?.iso8601Date()
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(word, forKey: .word)
        try container.encode(anchor, forKey: .anchor)
        try container.encodeIfPresent(created.map(ISO8601Seconds.string), forKey: .created)
    }
}
