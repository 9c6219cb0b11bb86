/// A span of a text that survives edits: the quoted text, some context, and where it was.
///
/// The W3C TextQuoteSelector plus TextPositionSelector, in scalars (Docs/file-formats.md, the
/// anchor of an annotation layer): `exact` is the text of `[start, end)`; `prefix` and `suffix`
/// are up to 32 scalars before and after it.
/// ``resolve(in:)`` finds it again in a text that may have changed.
public struct TextAnchor: Codable, Hashable, Sendable {
    /// The default number of context scalars kept before and after the quote.
    public static let defaultContext = 32

    /// The text of the span when the anchor was made.
    public var exact: String
    /// Up to the context length of scalars just before the span.
    public var prefix: String
    /// Up to the context length of scalars just after the span.
    public var suffix: String
    /// The scalar offset where the span started.
    public var start: Int
    /// The scalar offset just past the span (half-open).
    public var end: Int

    /// Makes an anchor from its parts.
    public init(exact: String, prefix: String = "", suffix: String = "", start: Int, end: Int) {
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
        self.start = start
        self.end = end
    }

    /// The anchor of `range` in `document` (clamped to the text), with `context` scalars of prefix and suffix.
    public static func make(range: Range<Int>, in document: TextDocument, context: Int = defaultContext) -> TextAnchor {
        let range = range.clamped(to: 0..<document.scalarCount)
        let context = max(0, context)
        return TextAnchor(
            exact: document.text(in: range),
            prefix: document.text(in: max(0, range.lowerBound - context)..<range.lowerBound),
            suffix: document.text(in: range.upperBound..<min(document.scalarCount, range.upperBound + context)),
            start: range.lowerBound,
            end: range.upperBound)
    }

    private enum CodingKeys: String, CodingKey {
        case exact, prefix, suffix, start, end
    }

    /// Reads an anchor; `prefix` and `suffix` may be left out (as empty), offsets must be integers.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        exact = try container.decode(String.self, forKey: "exact")
        prefix = try container.decodeIfPresent(String.self, forKey: "prefix") ?? ""
        suffix = try container.decodeIfPresent(String.self, forKey: "suffix") ?? ""
        start = try container.decodeInteger(forKey: "start")
        end = try container.decodeInteger(forKey: "end")
    }

    /// Reads an anchor from a parsed file, as ``init(from:)`` does.
    init(json field: JSONField) throws(FileFormatError) {
        exact = try field.member("exact").string()
        prefix = try field.optionalMember("prefix")?.string() ?? ""
        suffix = try field.optionalMember("suffix")?.string() ?? ""
        start = try field.member("start").integer()
        end = try field.member("end").integer()
    }

    /// Writes all five members.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(exact, forKey: .exact)
        try container.encode(prefix, forKey: .prefix)
        try container.encode(suffix, forKey: .suffix)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
    }
}
