/// What a machine conversion did at a passage of a converted text (Docs/provenance.md): the
/// original's word, its character-level Traditional form and the word the text has — or, for a
/// word the conversion left as the original had it, the form a Taiwanese writer would use.
public struct AnnotationConversion: Codable, Hashable, Sendable {
    /// The original's word, in Simplified characters (人工智能).
    public var original: String
    /// The original's word converted character by character, without regional words (人工智能);
    /// nil when the same as the text's.
    public var characterLevel: String?
    /// The word the text has (人工智慧).
    public var converted: String
    /// The usual Taiwan form of a word the conversion left unlocalised (特朗普 → 川普); nil for
    /// a word the converter put in.
    public var taiwan: String?

    /// A conversion at a passage.
    public init(original: String, characterLevel: String? = nil, converted: String, taiwan: String? = nil) {
        self.original = original
        self.characterLevel = characterLevel
        self.converted = converted
        self.taiwan = taiwan
    }

    /// Reads a conversion from a parsed file, as `Codable` does.
    init(json field: JSONField) throws(FileFormatError) {
        original = try field.member("original").string()
        characterLevel = try field.optionalMember("characterLevel")?.string()
        converted = try field.member("converted").string()
        taiwan = try field.optionalMember("taiwan")?.string()
    }
}
