import CellWidth

/// Cutting interface text to a number of columns, wide characters counted as two.
public enum TextFitting {
    /// The text cut to at most `columns` columns, ending in "…" when something was cut.
    public static func truncate(_ text: String, toColumns columns: Int) -> String {
        guard columns > 0 else { return "" }
        if CellWidth.of(text) <= columns { return text }
        var result = String.UnicodeScalarView()
        var used = 0
        for scalar in text.unicodeScalars {
            let width = CellWidth.of(scalar) ?? 1
            if used + width > columns - 1 { break }
            result.append(scalar)
            used += width
        }
        return withoutTrailingSpaces(String(result)) + "…"
    }

    /// `text` marked as cut — ending in one "…" — and then `closing` (a closing bracket that
    /// must stay), all within `columns`.
    public static func cut(_ text: String, toColumns columns: Int, closing: String = "") -> String {
        let room = columns - CellWidth.of(closing)
        guard room > 0 else { return truncate(closing, toColumns: columns) }
        let kept = withoutTrailingSpaces(text)
        if CellWidth.of(kept) + 1 <= room { return kept + "…" + closing }
        return truncate(kept + "…", toColumns: room) + closing
    }

    /// The text without the spaces at its end (a cut never leaves "word …").
    private static func withoutTrailingSpaces(_ text: String) -> String {
        var scalars = text.unicodeScalars[...]
        while scalars.last == " " || scalars.last == "\u{3000}" { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// `text` then `closing`, within `columns`: whole when it fits, else cut before `closing`
    /// with one "…" (``cut(_:toColumns:closing:)``).
    public static func fit(_ text: String, toColumns columns: Int, closing: String) -> String {
        CellWidth.of(text) + CellWidth.of(closing) <= columns ? text + closing : cut(text, toColumns: columns, closing: closing)
    }
}
