import CellWidth

/// Cutting and padding interface text to a number of columns, wide characters counted as two.
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

    /// Breaks text into lines of at most `columns` columns: at spaces where possible, anywhere
    /// between wide characters, and inside a word only when the word alone is too long.
    public static func wrap(_ text: String, toColumns columns: Int) -> [String] {
        guard columns > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String.UnicodeScalarView()
            var used = 0
            var lastSpace: (index: String.UnicodeScalarView.Index, used: Int)?
            for scalar in paragraph.unicodeScalars {
                let width = CellWidth.of(scalar) ?? 1
                if used + width > columns, !line.isEmpty {
                    if let space = lastSpace, scalar != " " {
                        let rest = String.UnicodeScalarView(line[line.index(after: space.index)...])
                        lines.append(String(String.UnicodeScalarView(line[..<space.index])))
                        line = rest
                        used -= space.used + 1
                    } else {
                        lines.append(String(line))
                        line = String.UnicodeScalarView()
                        used = 0
                    }
                    lastSpace = nil
                    if scalar == " " { continue }
                }
                if scalar == " " { lastSpace = (line.endIndex, used) }
                line.append(scalar)
                used += width
            }
            lines.append(String(line))
        }
        return lines
    }
}
