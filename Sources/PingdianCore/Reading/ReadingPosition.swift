/// Where the reader stopped: a scalar offset and a short quote from there (Docs/reading.md, "The
/// reading position and your notes"; the format in Docs/file-formats.md, "Reading state").
///
/// Not a line number: it survives a change of terminal width, and the quote finds the place
/// again after an edit of the text.
public struct ReadingPosition: Codable, Hashable, Sendable {
    /// How many scalars the quote keeps.
    public static let quoteLength = 16

    /// The scalar offset of the reading position.
    public var offset: Int
    /// Up to ``quoteLength`` scalars of the text from ``offset``.
    public var quote: String
    /// Members of the JSON object this version does not know, written back unchanged.
    var unknownMembers: [String: JSONValue] = [:]

    /// Makes a position from its parts.
    public init(offset: Int, quote: String) {
        self.offset = offset
        self.quote = quote
    }

    /// The position at `offset` (clamped to the text) in `document`, quoting the text from there.
    public init(offset: Int, in document: TextDocument) {
        let offset = min(max(0, offset), document.scalarCount)
        self.init(offset: offset, quote: document.text(in: offset..<offset + Self.quoteLength))
    }

    /// The offset to open `document` at: the stored offset when the quote is still there; else
    /// the occurrence of the quote nearest to it (the earlier on a tie); else the stored offset
    /// clamped to the text. A provisional document (``TextDocument/isProvisional``) is not
    /// searched: the stored offset, clamped, is the answer when the quote is not there.
    public func resolve(in document: TextDocument) -> Int {
        let quote = Array(quote.unicodeScalars)
        let clamped = min(max(0, offset), document.scalarCount)
        guard !quote.isEmpty else { return clamped }
        let nearby = document.scalars(readyFor: clamped..<min(document.scalarCount, clamped + quote.count))
        if ScalarSearch.matches(quote, in: nearby, at: offset) { return offset }
        if document.isProvisional { return clamped }
        return ScalarSearch.nearestOccurrence(of: quote, in: document.scalars, to: offset) ?? clamped
    }

    /// Reads `offset` and `quote`, keeping other members.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        offset = try container.decodeInteger(forKey: "offset")
        quote = try container.decode(String.self, forKey: "quote")
        unknownMembers = try container.unknownMembers(excluding: ["offset", "quote"])
    }

    /// Reads a position from a parsed file, as ``init(from:)`` does.
    init(json field: JSONField) throws(FileFormatError) {
        offset = try field.member("offset").integer()
        quote = try field.member("quote").string()
        unknownMembers = try field.unknownMembers(excluding: ["offset", "quote"])
    }

    /// Writes `offset`, `quote` and the members kept from the file.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeUnknownMembers(unknownMembers)
        try container.encode(offset, forKey: "offset")
        try container.encode(quote, forKey: "quote")
    }
}
