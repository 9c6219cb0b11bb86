/// A text attribute that shows a move kind on a terminal without colour (or with `NO_COLOR`).
public enum MonochromeStyle: String, Codable, Hashable, Sendable, CaseIterable {
    /// Bold or bright text.
    case bold
    /// Dim (faint) text.
    case dim
    /// Italic text, where the terminal has it.
    case italic
    /// Underlined text.
    case underline
    /// Foreground and background swapped.
    case reverse
    /// The terminal's best highlighting mode (often reverse).
    case standout

    /// Reads one of the style names, failing with the list of allowed names.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let name = try container.decode(String.self)
        guard let style = MonochromeStyle(rawValue: name) else {
            let allowed = MonochromeStyle.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\"\(name)\" is not a monochrome style (\(allowed))")
        }
        self = style
    }

    /// Reads a style from a parsed file, as ``init(from:)`` does.
    init(json field: JSONField) throws(FileFormatError) {
        let name = try field.string()
        guard let style = MonochromeStyle(rawValue: name) else {
            throw field.failure(.notAMonochromeStyle(name, allowed: MonochromeStyle.allCases.map(\.rawValue)))
        }
        self = style
    }
}
