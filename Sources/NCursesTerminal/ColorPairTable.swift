/// Colour pair numbers handed out on demand, one per (foreground, background) used.
///
/// Colours are ncurses colour numbers, -1 for the terminal's default. Pair 0 is the default pair
/// and is never handed out; numbers run from 1 to `limit - 1` (terminfo `pairs`).
struct ColorPairTable {
    /// A foreground and background colour number.
    struct Colors: Hashable {
        /// Foreground colour number, -1 for the default.
        var foreground: Int32
        /// Background colour number, -1 for the default.
        var background: Int32
    }

    /// How many pairs the terminal has, pair 0 included.
    let limit: Int
    private var numbers: [Colors: Int32] = [:]

    /// A table for a terminal with `limit` colour pairs.
    init(limit: Int) { self.limit = limit }

    /// The pair for `colors` and whether it is new (the caller must then define it with
    /// `init_extended_pair`); nil when every pair is taken.
    mutating func pair(for colors: Colors) -> (number: Int32, isNew: Bool)? {
        if colors.foreground == -1 && colors.background == -1 { return (0, false) }
        if let number = numbers[colors] { return (number, false) }
        let next = numbers.count + 1
        guard next < limit else { return nil }
        numbers[colors] = Int32(next)
        return (Int32(next), true)
    }

    /// How many pairs have been handed out.
    var count: Int { numbers.count }
}
