import CNCursesW
import TerminalKit

extension NCursesTerminal {
    /// The ncurses attributes and colour pair that show `style` on this terminal.
    func rendition(of style: CellStyle) -> (attributes: attr_t, pair: Int32) {
        let limited = style.limited(to: colorCapability)
        return (ncursesAttributes(limited.attributes), pairNumber(limited))
    }

    /// The colour pair for a style's colours, defined on first use. When the pairs run out, the
    /// background is dropped, then the colours altogether (the attributes still show).
    private func pairNumber(_ style: CellStyle) -> Int32 {
        guard colorCapability != .monochrome else { return 0 }
        let wanted = ColorPairTable.Colors(
            foreground: colorNumber(style.foreground, isForeground: true),
            background: colorNumber(style.background, isForeground: false))
        let fallback = ColorPairTable.Colors(foreground: wanted.foreground, background: hasDefaultColors ? -1 : 0)
        for colors in [wanted, fallback] {
            guard let (number, isNew) = pairs.pair(for: colors) else { continue }
            if isNew { init_extended_pair(number, colors.foreground, colors.background) }
            return number
        }
        return 0
    }

    /// The ncurses colour number of a colour; nil is the default colour (-1 when the terminal
    /// allows it, else white on black).
    private func colorNumber(_ color: TerminalColor?, isForeground: Bool) -> Int32 {
        switch color {
        case .basic(let index): return Int32(index & 7)
        case .palette(let index): return Int32(index)
        case nil: return hasDefaultColors ? -1 : (isForeground ? Int32(COLOR_WHITE) : Int32(COLOR_BLACK))
        }
    }
}

/// The ncurses attribute bits for TerminalKit's attributes.
func ncursesAttributes(_ attributes: TextAttributes) -> attr_t {
    var result: attr_t = 0
    if attributes.contains(.bold) { result |= pd_attr_bold() }
    if attributes.contains(.dim) { result |= pd_attr_dim() }
    if attributes.contains(.italic) { result |= pd_attr_italic() }
    if attributes.contains(.underline) { result |= pd_attr_underline() }
    if attributes.contains(.reverse) { result |= pd_attr_reverse() }
    if attributes.contains(.standout) { result |= pd_attr_standout() }
    return result
}
