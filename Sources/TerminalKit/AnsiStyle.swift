/// SGR escape sequences for a ``CellStyle``, for output to a pipe or a terminal without ncurses.
public enum AnsiStyle {
    /// The sequence that switches from the default look to `style` ("" for the plain style).
    public static func sequence(for style: CellStyle) -> String {
        var codes: [String] = []
        let attributes = style.attributes
        if attributes.contains(.bold) { codes.append("1") }
        if attributes.contains(.dim) { codes.append("2") }
        if attributes.contains(.italic) { codes.append("3") }
        if attributes.contains(.underline) { codes.append("4") }
        if attributes.contains(.reverse) || attributes.contains(.standout) { codes.append("7") }
        if let foreground = style.foreground { codes.append(code(foreground, base: 30)) }
        if let background = style.background { codes.append(code(background, base: 40)) }
        return codes.isEmpty ? "" : "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    /// The sequence that returns to the default look.
    public static let reset = "\u{1B}[0m"

    /// `text` wrapped in the style's sequence and a reset (unchanged for the plain style).
    public static func styled(_ text: String, _ style: CellStyle) -> String {
        let start = sequence(for: style)
        return start.isEmpty ? text : start + text + reset
    }

    private static func code(_ color: TerminalColor, base: Int) -> String {
        switch color {
        case .basic(let index): return String(base + Int(index & 7))
        case .palette(let index): return "\(base + 8);5;\(index)"
        }
    }
}
