/// Breaks paragraphs into display lines (DESIGN §5).
public enum LineLayout {
    /// Lays out one paragraph of the document for the given options.
    public static func layout(paragraph index: Int, of document: TextDocument, options: LayoutOptions) -> ParagraphLayout {
        // First cut: one glyph per scalar, broken when the width is full. Replaced by the
        // ICU-based breaker with the clreq rules.
        let range = document.paragraphs[index].range
        var lines: [DisplayLine] = []
        var glyphs: [Glyph] = []
        var lineStart = range.lowerBound
        var used = 0
        for offset in range {
            let scalar = document.scalars[offset]
            let width = CellWidthProxy.width(scalar)
            if used + width > options.width, !glyphs.isEmpty {
                lines.append(DisplayLine(paragraph: index, range: lineStart..<offset, glyphs: glyphs))
                glyphs = []
                used = 0
                lineStart = offset
            }
            glyphs.append(Glyph(text: String(scalar), width: width, offsets: offset..<(offset + 1)))
            used += width
        }
        lines.append(DisplayLine(paragraph: index, range: lineStart..<range.upperBound, glyphs: glyphs))
        return ParagraphLayout(paragraph: index, lines: lines)
    }
}

import CellWidth

enum CellWidthProxy {
    static func width(_ scalar: Unicode.Scalar) -> Int { CellWidth.of(scalar) ?? 1 }
}
