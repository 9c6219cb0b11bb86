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

    /// `text` within `columns` by shortening the longest file path in it (a word starting with
    /// `/` or `~/`) from the left, its file name kept: "Exported to …/pingdian/essay.md (replaced …)".
    /// The text as it is when it fits, or when shortening its path is not enough.
    public static func shorteningPath(_ text: String, toColumns columns: Int) -> String {
        let excess = CellWidth.of(text) - columns
        guard excess > 0 else { return text }
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard let index = words.indices.filter({ words[$0].hasPrefix("/") || words[$0].hasPrefix("~/") })
            .max(by: { words[$0].count < words[$1].count }) else { return text }
        let path = words[index]
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let kept = max(name.count + 1, path.count - excess - 1)
        guard kept < path.count else { return text }
        var shortened = words
        shortened[index] = "…" + String(path.suffix(kept))
        return shortened.joined(separator: " ")
    }

    /// `text` then `closing`, within `columns`: whole when it fits, else cut before `closing`
    /// with one "…" (``cut(_:toColumns:closing:)``).
    public static func fit(_ text: String, toColumns columns: Int, closing: String) -> String {
        CellWidth.of(text) + CellWidth.of(closing) <= columns ? text + closing : cut(text, toColumns: columns, closing: closing)
    }
}
