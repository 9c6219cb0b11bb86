/// Writes an export as a CommonMark document: the title, each section's annotations in reading
/// order (the quote as a block quote, then the kind, id and links, then the note), the
/// annotations no longer found in the text, and the contradiction pairs side by side.
///
/// All text from the document and the notes goes through ``MarkdownEscaping``, so a note holding
/// `*`, `|`, `<script>` or backticks renders as those characters (see Docs/export.md).
public enum MarkdownExporter {
    /// The Markdown of `document`, with headings and labels in `language`; ends with a newline.
    public static func export(_ document: ExportDocument, language: UILanguage) -> String {
        var blocks = ["# " + MarkdownEscaping.heading(document.title)]
        let sections = ExportSections(document.document)
        var currentSection: Int?
        for annotation in document.annotations where annotation.range != nil {
            let section = sections.number(of: annotation) ?? 1
            if section != currentSection {
                blocks.append("## " + ExportStrings.section(section, language))
                currentSection = section
            }
            blocks += self.blocks(of: annotation, language: language)
        }
        let orphans = document.annotations.filter { $0.range == nil }
        if !orphans.isEmpty {
            blocks.append("## " + ExportStrings.unplaced(language))
            for orphan in orphans { blocks += self.blocks(of: orphan, language: language) }
        }
        let pairs = document.contradictionPairs
        if !pairs.isEmpty {
            blocks.append("## " + ExportStrings.contradictions(language))
            for (number, pair) in pairs.enumerated() {
                blocks.append("### " + ExportStrings.pair(number + 1, language))
                blocks += self.blocks(of: pair.0, language: language)
                blocks += self.blocks(of: pair.1, language: language)
            }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// An annotation as Markdown blocks: the quote, a line of kind, id, position, layer and
    /// links, the note.
    static func blocks(of annotation: ExportedAnnotation, language: UILanguage) -> [String] {
        var blocks: [String] = []
        let quote = MarkdownEscaping.blockQuote(annotation.quote)
        blocks.append(quote.isEmpty ? ">" : quote)
        // One line: a kind key, an id or a link target from a hand-edited or imported file may
        // hold a line break, which would start a list or a heading on the next line.
        var facts = ["**" + MarkdownEscaping.oneLine(annotation.kindLabel(in: language)) + "**",
                     MarkdownEscaping.oneLine(annotation.id), MarkdownEscaping.oneLine(ExportStrings.position(annotation, language))]
        if let layer = ExportStrings.layer(annotation.layer, language) { facts.append(layer) }
        for link in annotation.links {
            facts.append(MarkdownEscaping.oneLine(ExportStrings.link(link.type, language) + ExportStrings.colon(language) + link.target))
        }
        blocks.append(facts.joined(separator: " · "))
        if let note = annotation.note {
            let paragraph = MarkdownEscaping.paragraph(note)
            if !paragraph.isEmpty { blocks.append(paragraph) }
        }
        return blocks
    }
}
