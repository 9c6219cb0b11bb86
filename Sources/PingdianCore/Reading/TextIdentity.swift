import Foundation

/// Which text a state file belongs to, and a fingerprint to tell whether it has changed.
public struct TextIdentity: Codable, Hashable, Sendable {
    /// The text's title (its file name, or the bundled essay's name).
    public var title: String
    /// The absolute path of the text file; nil for the bundled essay.
    public var path: String?
    /// The number of scalars of the canonical text.
    public var scalarCount: Int
    /// SHA-256 of the canonical text's UTF-8, as 64 lower-case hex digits.
    public var sha256: String
    /// Members of the JSON object this version does not know, written back unchanged.
    var unknownMembers: [String: JSONValue] = [:]

    /// Makes an identity from its parts.
    public init(title: String, path: String?, scalarCount: Int, sha256: String) {
        self.title = title
        self.path = path
        self.scalarCount = scalarCount
        self.sha256 = sha256
    }

    /// The identity of `document`, opened from `path` (made absolute and standardized) or bundled (nil).
    public init(document: TextDocument, path: String?) {
        self.init(
            title: document.title,
            path: path.map { URL(fileURLWithPath: $0).standardizedFileURL.path },
            scalarCount: document.scalarCount,
            sha256: Self.fingerprint(of: document))
    }

    /// Whether `document` is, scalar for scalar, the text this identity was made from.
    public func matches(_ document: TextDocument) -> Bool {
        document.scalarCount == scalarCount && Self.fingerprint(of: document) == sha256
    }

    /// SHA-256 hex of the UTF-8 of a document's canonical scalars, encoded and hashed 64 KB at a
    /// time: a copy of a 50 MB text as a String and again as bytes made saving the position of a
    /// new text cost a second and 300 MB. Computed once per document (its copies share it), so
    /// the reader can compute it in the background before the first save needs it.
    public static func fingerprint(of document: TextDocument) -> String {
        document.memo.fingerprint { computeFingerprint(of: document) }
    }

    /// The fingerprint, computed.
    private static func computeFingerprint(of document: TextDocument) -> String {
        var hasher = SHA256.Hasher()
        let chunk = 1 << 16
        var buffer: [UInt8] = []
        buffer.reserveCapacity(chunk + 4)
        for scalar in document.scalars {
            UTF8.encode(scalar) { buffer.append($0) }
            if buffer.count >= chunk {
                buffer.withUnsafeBufferPointer { hasher.update($0) }
                buffer.removeAll(keepingCapacity: true)
            }
        }
        buffer.withUnsafeBufferPointer { hasher.update($0) }
        return SHA256.hex(hasher.finalize())
    }

    /// Reads the identity, keeping members this version does not know.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        title = try container.decode(String.self, forKey: "title")
        path = try container.decodeIfPresent(String.self, forKey: "path")
        scalarCount = try container.decodeInteger(forKey: "scalarCount")
        sha256 = try container.decode(String.self, forKey: "sha256")
        unknownMembers = try container.unknownMembers(excluding: ["title", "path", "scalarCount", "sha256"])
    }

    /// Reads the identity from a parsed file, as ``init(from:)`` does.
    init(json field: JSONField) throws(FileFormatError) {
        title = try field.member("title").string()
        path = try field.optionalMember("path")?.string()
        scalarCount = try field.member("scalarCount").integer()
        sha256 = try field.member("sha256").string()
        unknownMembers = try field.unknownMembers(excluding: ["title", "path", "scalarCount", "sha256"])
    }

    /// Writes the identity (without `path` for the bundled essay) and the kept members.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeUnknownMembers(unknownMembers)
        try container.encode(title, forKey: "title")
        try container.encodeIfPresent(path, forKey: "path")
        try container.encode(scalarCount, forKey: "scalarCount")
        try container.encode(sha256, forKey: "sha256")
    }
}
