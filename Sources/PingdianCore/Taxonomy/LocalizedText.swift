/// A short text in both interface languages, written in JSON as `{"zh-Hant": "…", "en": "…"}`.
///
/// One language may be missing (or empty); ``text(in:)`` then falls back to the other. At least
/// one must be present when decoding. Members for other languages are ignored.
public struct LocalizedText: Codable, Hashable, Sendable {
    /// The Traditional Chinese text, if any.
    public var traditionalChinese: String?
    /// The English text, if any.
    public var english: String?

    /// Makes a text from its two versions; either may be nil.
    public init(traditionalChinese: String?, english: String?) {
        self.traditionalChinese = traditionalChinese
        self.english = english
    }

    /// The text in `language`, else in the other language, else the empty string.
    public func text(in language: UILanguage) -> String {
        if let text = self[language] { return text }
        return self[language.other] ?? ""
    }

    /// The text written in exactly this language; nil when it is missing or empty.
    public subscript(language: UILanguage) -> String? {
        let text: String?
        switch language {
        case .traditionalChinese: text = traditionalChinese
        case .english: text = english
        }
        guard let text, !text.isEmpty else { return nil }
        return text
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ language: UILanguage) { stringValue = language.rawValue }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Reads `{"zh-Hant": …, "en": …}`; fails when neither language has a text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        traditionalChinese = try container.decodeIfPresent(String.self, forKey: Key(.traditionalChinese))
        english = try container.decodeIfPresent(String.self, forKey: Key(.english))
        if self[.traditionalChinese] == nil && self[.english] == nil {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: "needs a text for \"zh-Hant\" or \"en\" (or both)"))
        }
    }

    /// Reads a text from a parsed file, as ``init(from:)`` does.
    init(json field: JSONField) throws(FileFormatError) {
        traditionalChinese = try field.optionalMember(UILanguage.traditionalChinese.rawValue)?.string()
        english = try field.optionalMember(UILanguage.english.rawValue)?.string()
        if self[.traditionalChinese] == nil && self[.english] == nil {
            throw field.failure(.needsALocalizedText)
        }
    }

    /// Writes the languages that are present.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encodeIfPresent(traditionalChinese, forKey: Key(.traditionalChinese))
        try container.encodeIfPresent(english, forKey: Key(.english))
    }
}
