import Foundation

/// What pingdian remembers about one text between sessions: which text, and where the reader was.
///
/// Saved as a `pingdian-state` file (Docs/file-formats.md) by ``StateStore``. Members of the file
/// that this version does not know (at the top level and inside `text` and `position`) are kept
/// by the state when it is read and written back unchanged, even when ``text`` or ``position``
/// is replaced by a new value — so a file that gained members (the reader's `annotations`, say)
/// loses nothing when this version saves it.
public struct ReadingState: Codable, Hashable, Sendable {
    /// The `format` member of a state file.
    public static let format = "pingdian-state"
    /// The highest state `version` this build reads, and the one it writes.
    public static let supportedVersion = 1

    /// The text the state belongs to.
    public var text: TextIdentity
    /// Where the reader was.
    public var position: ReadingPosition
    /// When the state was last changed, to the second.
    public var updated: Date {
        didSet { updated = Self.wholeSeconds(updated) }
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
        self.updated = Self.wholeSeconds(updated)
    }

    /// The state of `document` (opened from `path`, nil when bundled) read up to `offset`.
    public init(document: TextDocument, path: String?, offset: Int, updated: Date = Date()) {
        self.init(
            text: TextIdentity(document: document, path: path),
            position: ReadingPosition(offset: offset, in: document),
            updated: updated)
    }

    private static let knownMembers: Set<String> = ["format", "version", "text", "position", "updated"]

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
        let updatedText = try container.decode(String.self, forKey: "updated")
        guard let updated = try? Date(updatedText, strategy: .iso8601) else {
            throw DecodingError.dataCorruptedError(
                forKey: "updated", in: container, debugDescription: "\"\(updatedText)\" is not an ISO 8601 date and time")
        }
        self.updated = Self.wholeSeconds(updated)
        unknownMembers = try container.unknownMembers(excluding: Self.knownMembers)
    }

    /// Writes the state with `format`, the current `version`, `updated` as ISO 8601 in UTC, and
    /// the members kept from the file.
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
        try container.encode(updated.formatted(.iso8601), forKey: "updated")
    }

    private static func wholeSeconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }
}
