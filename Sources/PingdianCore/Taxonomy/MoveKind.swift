/// A kind of rhetorical move (claim, concession, contradiction…): how it is named, shown and explained.
public struct MoveKind: Codable, Hashable, Sendable {
    /// The stable identifier used in layers: lower-case ASCII letters, digits and hyphens (`ad-hominem`).
    public var key: String
    /// The short name shown in the legend and the annotation pane (`論點` / `Claim`).
    public var label: LocalizedText
    /// The highlight colour on a colour terminal.
    public var color: RGBColor
    /// The attributes that tell this kind apart on a terminal without colour.
    public var monochrome: [MonochromeStyle]
    /// One line that says what the move is, for the legend and the help screen.
    public var description: LocalizedText

    /// Makes a kind from its parts.
    public init(key: String, label: LocalizedText, color: RGBColor, monochrome: [MonochromeStyle], description: LocalizedText) {
        self.key = key
        self.label = label
        self.color = color
        self.monochrome = monochrome
        self.description = description
    }

    private enum CodingKeys: String, CodingKey {
        case key, label, color, monochrome, description
    }

    /// Reads a kind, checking that the key is a well-formed identifier.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        key = try container.decode(String.self, forKey: .key)
        guard Self.isValidKey(key) else {
            throw DecodingError.dataCorruptedError(
                forKey: .key, in: container,
                debugDescription: "\"\(key)\" is not a valid key (use lower-case ASCII letters, digits and hyphens)")
        }
        label = try container.decode(LocalizedText.self, forKey: .label)
        color = try container.decode(RGBColor.self, forKey: .color)
        monochrome = try container.decodeIfPresent([MonochromeStyle].self, forKey: .monochrome) ?? []
        description = try container.decode(LocalizedText.self, forKey: .description)
    }

    /// Reads a kind from a parsed file, as ``init(from:)`` does.
    init(json field: JSONField) throws(FileFormatError) {
        let keyField = try field.member("key")
        key = try keyField.string()
        guard Self.isValidKey(key) else {
            throw keyField.failure(.invalidKey(key))
        }
        label = try LocalizedText(json: field.member("label"))
        color = try RGBColor(json: field.member("color"))
        monochrome = try field.optionalMember("monochrome")?.elements().map { (style) throws(FileFormatError) in try MonochromeStyle(json: style) } ?? []
        description = try LocalizedText(json: field.member("description"))
    }

    /// Whether `key` is non-empty and only lower-case ASCII letters, digits and hyphens.
    static func isValidKey(_ key: String) -> Bool {
        !key.isEmpty && key.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
        }
    }
}
