/// Text attributes a terminal can show without colour.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let italic = TextAttributes(rawValue: 1 << 2)
    public static let underline = TextAttributes(rawValue: 1 << 3)
    public static let reverse = TextAttributes(rawValue: 1 << 4)
    public static let standout = TextAttributes(rawValue: 1 << 5)
}

/// How a cell is drawn: colours (nil means the terminal's default) and attributes.
public struct CellStyle: Hashable, Sendable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    public var attributes: TextAttributes

    public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's default look.
    public static let plain = CellStyle()

    /// This style with the attributes added.
    public func adding(_ more: TextAttributes) -> CellStyle {
        var copy = self
        copy.attributes.formUnion(more)
        return copy
    }

    /// This style as a terminal of the given capability can show it: colours are approximated
    /// or dropped; without colour, a style that had colours keeps only its attributes.
    public func limited(to capability: ColorCapability) -> CellStyle {
        switch capability {
        case .palette256: return self
        case .basic8:
            return CellStyle(
                foreground: foreground.map { .basic($0.basicApproximation) },
                background: background.map { .basic($0.basicApproximation) },
                attributes: attributes)
        case .monochrome:
            return CellStyle(attributes: attributes)
        }
    }
}
