/// Breaks paragraphs into display lines (Docs/layout.md: Chinese line breaking, clreq basic level).
///
/// Three steps over the paragraph's scalars, linear in its length: ``GlyphMapper`` turns scalars
/// into clusters as displayed (placeholders, full-width punctuation, zero-width scalars joined),
/// ``BreakOpportunities`` asks ICU once for the break opportunities of the displayed text and
/// tailors them for clreq, and ``LineFiller`` fills lines greedily.
public enum LineLayout {
    /// Lays out one paragraph of the document for the given options.
    ///
    /// The lines' ranges tile the paragraph's range in order; the glyphs' offsets, in order, cover
    /// every scalar of the paragraph except spaces that hang at the end of a line; no line is
    /// wider than `options.width`. Requires ``CellWidth/UTF8Locale/activate()`` to have run.
    public static func layout(paragraph index: Int, of document: TextDocument, options: LayoutOptions) -> ParagraphLayout {
        let range = document.paragraphs[index].range
        // Only this paragraph's scalars are read: a provisional document decodes just those.
        let scalars = document.scalars(readyFor: range)
        let mapped = GlyphMapper.map(scalars, range: range, style: options.punctuation)
        let strengths = BreakOpportunities.strengths(of: mapped)
        let lines = LineFiller.fill(
            paragraph: index, mapped: mapped, strengths: strengths, scalars: scalars, options: options)
        return ParagraphLayout(paragraph: index, lines: lines)
    }
}
