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
        return String(result) + "…"
    }
}
