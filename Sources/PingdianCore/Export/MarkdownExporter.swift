/// Writes an export as a CommonMark document for people: the title, each section's annotations
/// in reading order (the quote as a block quote, then the kind, paragraph, layer and what it is
/// linked to — the other side's quote, not its id — then the note), the annotations no longer
/// found in the text, and the contradiction pairs side by side. Ids and offsets are left to the
/// formats for programs (JSON, CSV, W3C).
///
/// All text from the document and the notes goes through ``MarkdownEscaping``, so a note holding
/// `*`, `|`, `<script>` or backticks renders as those characters (see Docs/export.md).
public enum MarkdownExporter {
    /// The Markdown of `document`, with headings and labels in `language`; ends with a newline.
    public static func export(_ document: ExportDocument, language: UILanguage) -> String {
        var blocks = ["# " + MarkdownEscaping.heading(document.title)]
        if document.annotations.isEmpty { blocks.append(MarkdownEscaping.paragraph(ExportStrings.noAnnotations(language))) }
        let sections = ExportSections(document.document)
        var currentSection: Int?
        // Replies are shown under the note they answer (when it is exported too).
        for annotation in document.annotations where annotation.range != nil && !document.isThreaded(annotation) {
            let section = sections.number(of: annotation) ?? 1
            if section != currentSection {
                blocks.append("## " + ExportStrings.section(section, language))
                currentSection = section
            }
            blocks += self.blocks(of: annotation, in: document, language: language)
        }
        let orphans = document.annotations.filter { $0.range == nil }
        if !orphans.isEmpty {
            blocks.append("## " + ExportStrings.unplaced(language))
            for orphan in orphans where !document.isThreaded(orphan) { blocks += self.blocks(of: orphan, in: document, language: language) }
        }
        let pairs = document.contradictionPairs
        if !pairs.isEmpty {
            blocks.append("## " + ExportStrings.contradictions(language))
            for (number, pair) in pairs.enumerated() {
                blocks.append("### " + ExportStrings.pair(number + 1, language))
                blocks += self.blocks(of: pair.0, in: document, language: language)
                blocks += self.blocks(of: pair.1, in: document, language: language)
            }
        }
        if !document.vocabulary.isEmpty {
            // The reader's vocabulary: each word, its reading and glosses, the sentence it was saved from.
            blocks.append("## " + ExportStrings.vocabulary(language))
            blocks.append(document.vocabulary.map { word in
                var line = "- **" + MarkdownEscaping.oneLine(word.word) + "**"
                let reading = [word.pinyin, word.zhuyin].filter { !$0.isEmpty }.joined(separator: " ")
                if !reading.isEmpty { line += " " + MarkdownEscaping.oneLine(reading) }
                if !word.glosses.isEmpty { line += " — " + MarkdownEscaping.oneLine(word.glosses.joined(separator: "; ")) }
                let sentence = word.sentence.replacingOccurrences(of: "<b>", with: "").replacingOccurrences(of: "</b>", with: "")
                line += "  \n  「" + MarkdownEscaping.oneLine(sentence) + "」" + (word.paragraph.map { " (¶\($0))" } ?? "")
                return line
            }.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// An annotation as Markdown blocks: the quote, a line of kind, paragraph, layer and links
    /// (each with the other side's quote and paragraph), the note.
    static func blocks(of annotation: ExportedAnnotation, in document: ExportDocument, language: UILanguage) -> [String] {
        var blocks: [String] = []
        let quote = MarkdownEscaping.blockQuote(annotation.quote)
        blocks.append(quote.isEmpty ? ">" : quote)
        // One line: a kind key, an id or a link target from a hand-edited or imported file may
        // hold a line break, which would start a list or a heading on the next line.
        var facts = ["**" + MarkdownEscaping.oneLine(annotation.kindLabel(in: language)) + "**",
                     MarkdownEscaping.oneLine(ExportStrings.position(annotation, language))]
        if let layer = ExportStrings.layer(annotation.layer, language) { facts.append(layer) }
        if let creator = annotation.creator { facts.append(MarkdownEscaping.oneLine(ExportStrings.creator(creator, language))) }
        if let origin = annotation.origin { facts.append(MarkdownEscaping.oneLine(ExportStrings.copied(origin, language))) }
        if let parent = annotation.replyTo, !document.isThreaded(annotation) {
            facts.append(MarkdownEscaping.oneLine(ExportStrings.inReplyTo(document.annotation(withID: parent).map { ExportStrings.shortQuote($0.quote) } ?? parent, language)))
        }
        // The export keeps only links whose other side it holds (ExportDocument), so each names
        // a quote.
        for link in annotation.links {
            guard let target = document.annotation(withID: link.target) else { continue }
            let other = "「" + ExportStrings.shortQuote(target.quote) + "」" + (target.paragraph.map { " (¶\($0 + 1))" } ?? "")
            facts.append(MarkdownEscaping.oneLine(ExportStrings.link(link.type, language) + ExportStrings.colon(language) + other))
        }
        blocks.append(facts.joined(separator: " · "))
        if let source = annotation.source {
            // The source under the passage: its verdict, its own words, where they are (text, no link).
            var line = "**" + MarkdownEscaping.oneLine(ExportStrings.sourceHeading(source.verdict, language)) + "**"
            if let words = source.words { line += " “" + MarkdownEscaping.oneLine(words) + "”" }
            let place = [source.location, source.url].compactMap { $0 }.joined(separator: " · ")
            if !place.isEmpty { line += " (" + MarkdownEscaping.oneLine(place) + ")" }
            blocks.append(line)
        }
        if let conversion = annotation.conversion {
            blocks.append("**" + MarkdownEscaping.oneLine(ExportStrings.conversionLine(conversion, language, characters: true)) + "**")
        }
        if let note = annotation.note {
            let paragraph = MarkdownEscaping.paragraph(note)
            if !paragraph.isEmpty { blocks.append(paragraph) }
        }
        for reply in document.replies(to: annotation.id) {
            // Threaded under it: who replied, then the reply.
            blocks.append("**" + MarkdownEscaping.oneLine(ExportStrings.reply(by: reply.creator, language)) + "**"
                          + ExportStrings.colon(language) + MarkdownEscaping.oneLine(reply.note ?? ""))
        }
        return blocks
    }
}
