/// Visible stand-ins for what a terminal must not be sent or cannot show as it is.
///
/// A raw control scalar in a row would move the cursor, ring the bell, start an escape sequence
/// or reorder the row (bidi controls); none ever reaches ``Glyph/text``.
enum Placeholder {
    /// The picture shown for a control or bidi scalar, or nil when `scalar` is not one (a tab is
    /// not: it is expanded into spaces). C0 → Control Pictures U+2400+c (␀ … ␛ … ␟, so a lone CR
    /// is ␍), DEL → ␡, C1 (U+0080–009F), bidi controls (U+061C, U+200E/F, U+202A–202E,
    /// U+2066–2069) and the line and paragraph separators U+2028/2029 → U+FFFD.
    static func symbol(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0x00...0x1F: return Unicode.Scalar(0x2400 + value) ?? replacement
        case 0x7F: return "\u{2421}"
        case 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029:
            return replacement
        default: return nil
        }
    }

    /// The picture an export that is read as text (HTML, Markdown) writes for `scalar`: the same
    /// as the reader shows (``symbol(for:)``), except for tab, LF and CR, which those formats
    /// handle as white space; nil when `scalar` is written as it is. So a note holding
    /// `ESC ] 2 ; … BEL` cannot retitle the terminal of whoever runs `cat` on the export, and a
    /// bidi override cannot reorder what a browser shows.
    static func exportSymbol(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "\t", "\n", "\r": return nil
        default: return symbol(for: scalar)
        }
    }

    /// Whether a zero-width scalar is left out of what the terminal is sent (it keeps its offset
    /// in its glyph): ZWJ (U+200D) and the text and emoji presentation selectors (U+FE0E, U+FE0F).
    ///
    /// Terminals disagree on them while `wcwidth`, and so ncurses, counts the scalars one by one:
    /// tmux 3.3 draws 👩‍👩‍👧‍👦 (four emoji joined by ZWJ) in 2 columns where ncurses counted 8, and
    /// terminals that honour U+FE0F draw ❤️ in 2 columns where ncurses counted 1. Either shifts
    /// the rest of the row, divider and pane included. Without them every terminal draws the
    /// scalars as `wcwidth` measures them: the family as four emoji, the heart as text.
    static func isLeftOut(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200D, 0xFE0E, 0xFE0F: return true
        default: return false
        }
    }

    /// U+FFFD, shown for a scalar that cannot be printed (libc `wcwidth` says -1).
    static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// U+25CC DOTTED CIRCLE, the base shown under a zero-width mark that has no glyph before it.
    static let markBase: Unicode.Scalar = "\u{25CC}"

    /// `…`, shown in one column for a two-column glyph in a one-column pane, where nothing wider fits.
    static let tooWide = "\u{2026}"
}
