/// A colour a terminal can show: one of the 8 basic ANSI colours or an entry of the 256-colour palette.
public enum TerminalColor: Hashable, Sendable {
    /// One of the eight basic colours, 0 black … 7 white (ncurses' COLOR_BLACK … COLOR_WHITE).
    case basic(UInt8)
    /// An index into the xterm 256-colour palette.
    case palette(UInt8)

    /// The nearest basic colour, for terminals with only eight.
    public var basicApproximation: UInt8 {
        switch self {
        case .basic(let index): return index & 7
        case .palette(let index):
            if index < 16 { return index & 7 }
            if index >= 232 { return index >= 244 ? 7 : 0 }
            let cube = Int(index) - 16
            let (r, g, b) = (cube / 36, (cube / 6) % 6, cube % 6)
            // Each channel counts as "on" when it is past the middle of the cube.
            return UInt8((r >= 3 ? 1 : 0) | (g >= 3 ? 2 : 0) | (b >= 3 ? 4 : 0))
        }
    }

    /// The palette entry nearest to an RGB colour (the 6×6×6 cube or the grey ramp).
    public static func nearest(red: UInt8, green: UInt8, blue: UInt8) -> TerminalColor {
        let levels = [0, 95, 135, 175, 215, 255]
        func cubeIndex(_ value: UInt8) -> Int {
            levels.indices.min { abs(levels[$0] - Int(value)) < abs(levels[$1] - Int(value)) } ?? 0
        }
        let (r, g, b) = (cubeIndex(red), cubeIndex(green), cubeIndex(blue))
        let cubeColor = (levels[r], levels[g], levels[b])
        let average = (Int(red) + Int(green) + Int(blue)) / 3
        let greyStep = max(0, min(23, (average - 8 + 5) / 10))
        let grey = 8 + greyStep * 10
        func distance(_ c: (Int, Int, Int)) -> Int {
            let d = (c.0 - Int(red), c.1 - Int(green), c.2 - Int(blue))
            return d.0 * d.0 + d.1 * d.1 + d.2 * d.2
        }
        if distance((grey, grey, grey)) < distance(cubeColor) {
            return .palette(UInt8(232 + greyStep))
        }
        return .palette(UInt8(16 + 36 * r + 6 * g + b))
    }
}

/// How many colours the terminal (or the user, through `NO_COLOR`) allows.
public enum ColorCapability: Int, Comparable, Sendable, CaseIterable {
    /// No colour: styles are shown with attributes only (bold, underline, reverse…).
    case monochrome
    /// The eight basic colours.
    case basic8
    /// The xterm 256-colour palette.
    case palette256

    public static func < (lhs: ColorCapability, rhs: ColorCapability) -> Bool { lhs.rawValue < rhs.rawValue }
}
