extension Key {
    /// The ASCII key a Chinese input method's full-width form stands for — ？ for ?, ／ for /,
    /// ：for :, Ｇ for G, １ for 1 (U+FF01–FF5E), the ideographic space for Space, and the
    /// punctuation it types on the keys of [ ] . \ < > (「 」 。 、 《 》) — so that reader keys
    /// work without switching the input method off; nil for any other key.
    public var halfWidth: Key? {
        guard case .character(let scalar) = self else { return nil }
        switch scalar.value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(scalar.value - 0xFEE0).map(Key.character)
        case 0x3000: return .character(" ")
        case 0x300C: return .character("[")
        case 0x300D: return .character("]")
        case 0x3002: return .character(".")
        case 0x3001: return .character("\\")
        case 0x300A: return .character("<")
        case 0x300B: return .character(">")
        default: return nil
        }
    }
}
