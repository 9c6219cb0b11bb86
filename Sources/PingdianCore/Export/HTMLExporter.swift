/// Writes an export as one self-contained HTML5 reading report: the whole text with each
/// annotation highlighted in its kind's colour, the notes beside their passages, contradiction
/// sides linked to each other both ways, a legend with counts, and a print layout.
///
/// The file needs nothing else: the style sheet is inline, there are no scripts, and a
/// Content-Security-Policy forbids loading anything. Every piece of text is escaped
/// (``HTMLEscaping``); overlapping highlights are split so that tags always nest
/// (``HighlightNesting``). Ids: `a-ID` is an annotation's passage, `n-ID` its note card,
/// `p-N` paragraph N, `s-N` section N (see Docs/export.md).
public enum HTMLExporter {
    /// The HTML of `document`, with headings and labels in `language`.
    public static func export(_ document: ExportDocument, language: UILanguage) -> String {
        let title = HTMLEscaping.text(document.title)
        var html = """
            <!DOCTYPE html>
            <html lang="zh-Hant">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="generator" content="pingdian">
            <title>\(title)</title>
            <style>
            \(HTMLStyleSheet.css(for: document.taxonomy.kinds))</style>
            </head>
            <body>
            <header><h1>\(title)</h1>
            <p class="summary">\(HTMLEscaping.text(ExportStrings.summary(annotations: document.annotations.count, pairs: document.contradictionPairs.count, language)))</p></header>

            """
        html += legend(document, language: language)
        html += "<main>\n" + text(document, language: language) + "</main>\n"
        html += HTMLNotes.pairs(document, language: language)
        let orphans = document.annotations.filter { !hasHighlight($0, in: document.document) }
        if !orphans.isEmpty {
            html += "<section class=\"unplaced\" id=\"unplaced\"><h2>\(HTMLEscaping.text(ExportStrings.unplaced(language)))</h2>"
            for orphan in orphans {
                html += HTMLNotes.card(orphan, in: document, language: language, hasHighlight: false)
            }
            html += "</section>\n"
        }
        return html + "</body>\n</html>\n"
    }

    /// The legend: each kind that occurs, in the taxonomy's order (unknown keys last), with its count.
    static func legend(_ document: ExportDocument, language: UILanguage) -> String {
        let counts = document.countsByKind
        let known = document.taxonomy.kinds.map(\.key).filter { counts[$0] != nil }
        let unknown = counts.keys.filter { document.taxonomy.kind(forKey: $0) == nil }.sorted()
        var html = "<nav class=\"legend\"><h2>\(HTMLEscaping.text(ExportStrings.legend(language)))</h2><ul>"
        for key in known + unknown {
            let kind = document.taxonomy.kind(forKey: key)
            let label = kind?.label.text(in: language) ?? key
            let description = kind.map { " title=\"\(HTMLEscaping.text($0.description.text(in: language)))\"" } ?? ""
            html += "<li class=\"\(HTMLEscaping.kindClass(key))\"\(description)><span class=\"swatch\"></span>"
            html += "\(HTMLEscaping.text(label))<span class=\"count\">\(counts[key] ?? 0)</span></li>"
        }
        return html + "</ul></nav>\n"
    }

    /// The text: sections of paragraphs, each paragraph beside the notes of the annotations that start in it.
    static func text(_ document: ExportDocument, language: UILanguage) -> String {
        let text = document.document
        var spansByParagraph = Array(repeating: [(index: Int, range: Range<Int>)](), count: text.paragraphs.count)
        var cardsByParagraph = Array(repeating: [Int](), count: text.paragraphs.count)
        for (index, annotation) in document.annotations.enumerated() {
            guard let range = annotation.range, let first = text.paragraphIndex(containing: range.lowerBound) else { continue }
            let last = text.paragraphIndex(containing: max(range.lowerBound, range.upperBound - 1)) ?? first
            for paragraph in first...last { spansByParagraph[paragraph].append((index, range)) }
            if hasHighlight(annotation, in: text) { cardsByParagraph[annotation.paragraph ?? first].append(index) }
        }
        var html = "<section class=\"section\" id=\"s-1\">\n"
        var section = 1
        var anchored = Set<Int>()
        for (number, paragraph) in text.paragraphs.enumerated() {
            if number > 0 && paragraph.startsSection {
                section += 1
                html += "</section>\n<hr class=\"break\">\n<section class=\"section\" id=\"s-\(section)\">\n"
            }
            html += "<div class=\"row\" id=\"p-\(number + 1)\"><p class=\"para\">"
            for step in HighlightNesting.steps(in: paragraph.range, spans: spansByParagraph[number]) {
                switch step {
                case .text(let range):
                    html += HTMLEscaping.text(text.text(in: range))
                case .close:
                    html += "</mark>"
                case .open(let index):
                    let isFirst = anchored.insert(index).inserted
                    html += mark(document.annotations[index], isFirst: isFirst, language: language)
                }
            }
            html += "</p>"
            if !cardsByParagraph[number].isEmpty {
                html += "<aside class=\"notes\">"
                for index in cardsByParagraph[number] {
                    html += HTMLNotes.card(document.annotations[index], in: document, language: language, hasHighlight: true)
                }
                html += "</aside>"
            }
            html += "</div>\n"
        }
        return html + "</section>\n"
    }

    /// The opening tag of a highlight: its kind's class, a title of kind and note, and on its first
    /// piece the passage's id.
    static func mark(_ annotation: ExportedAnnotation, isFirst: Bool, language: UILanguage) -> String {
        var title = annotation.kindLabel(in: language)
        if let note = annotation.note, !note.isEmpty { title += " — " + note }
        let id = isFirst ? " id=\"\(HTMLEscaping.passageID(annotation.id))\"" : ""
        return "<mark class=\"hl \(HTMLEscaping.kindClass(annotation.kindKey))\"\(id) data-id=\"\(HTMLEscaping.text(annotation.id))\" title=\"\(HTMLEscaping.text(title))\">"
    }

    /// Whether some of the annotation's text lies in a paragraph, so that it is highlighted.
    static func hasHighlight(_ annotation: ExportedAnnotation, in text: TextDocument) -> Bool {
        guard let range = annotation.range else { return false }
        return text.paragraphs.contains { !range.clamped(to: $0.range).isEmpty }
    }
}
