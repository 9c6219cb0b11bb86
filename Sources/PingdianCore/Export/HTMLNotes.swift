/// The parts of the reading report about single annotations: note cards and contradiction pairs.
enum HTMLNotes {
    /// A note card: the kind (linking to the passage), the layer, the note, and a link to each
    /// linked annotation's passage. It carries the passage's id when the text shows no highlight
    /// for it (an orphan), so that links to it still land.
    static func card(_ annotation: ExportedAnnotation, in document: ExportDocument, language: UILanguage,
                     hasHighlight: Bool) -> String {
        let id = hasHighlight ? HTMLEscaping.noteID(annotation.id) : HTMLEscaping.passageID(annotation.id)
        var html = "<div class=\"note \(HTMLEscaping.kindClass(annotation.kindKey))\" id=\"\(id)\" data-id=\"\(HTMLEscaping.text(annotation.id))\""
            + (annotation.range.map { " data-start=\"\($0.lowerBound)\" data-end=\"\($0.upperBound)\"" } ?? "") + ">"
        let label = HTMLEscaping.text(annotation.kindLabel(in: language))
        html += "<p class=\"meta\">"
        html += hasHighlight
            ? "<a class=\"kind\" href=\"#\(HTMLEscaping.passageID(annotation.id))\" title=\"\(HTMLEscaping.text(ExportStrings.passage(language)))\">\(label)</a>"
            : "<span class=\"kind\">\(label)</span>"
        // The pieces are separated by " · " in the text itself, not only by the style sheet's
        // margins, so that they never run together when the report is read as text.
        if let layer = ExportStrings.layer(annotation.layer, language) {
            html += " · <span class=\"layer\">\(HTMLEscaping.text(layer))</span>"
        }
        if let creator = annotation.creator {
            html += " · <span class=\"creator\">\(HTMLEscaping.text(ExportStrings.creator(creator, language)))</span>"
        }
        if let origin = annotation.origin {
            html += " · <span class=\"origin\">\(HTMLEscaping.text(ExportStrings.copied(origin, language)))</span>"
        }
        if let parent = annotation.replyTo {
            let quote = document.annotation(withID: parent).map { excerpt($0.quote) } ?? parent
            html += " · <span class=\"reply-to\">\(HTMLEscaping.text(ExportStrings.inReplyTo(quote, language)))</span>"
        }
        let offsets = ExportStrings.offsets(annotation, language).map { " title=\"\(HTMLEscaping.text($0))\"" } ?? ""
        html += " · <span class=\"position\"\(offsets)>\(HTMLEscaping.text(ExportStrings.position(annotation, language)))</span>"
        html += "</p>"
        if !hasHighlight {
            html += "<p class=\"quote\">「\(HTMLEscaping.text(annotation.quote))」</p>"
        }
        if let source = annotation.source {
            // The source's words under the claim; its address as text (the report links nowhere outside).
            html += "<p class=\"source v-\(source.verdict.rawValue)\"><span class=\"verdict\">"
                + HTMLEscaping.text(ExportStrings.sourceHeading(source.verdict, language)) + "</span>"
            if let words = source.words { html += " <q lang=\"en\">\(HTMLEscaping.text(words))</q>" }
            let place = [source.location, source.url].compactMap { $0 }.joined(separator: " · ")
            if !place.isEmpty { html += " <span class=\"where\">\(HTMLEscaping.text(place))</span>" }
            html += "</p>"
        }
        if let conversion = annotation.conversion {
            html += "<p class=\"conversion\">" + HTMLEscaping.text(ExportStrings.conversionLine(conversion, language, characters: true)) + "</p>"
        }
        if let note = annotation.note, !note.isEmpty {
            html += "<p class=\"text\">\(HTMLEscaping.text(note))</p>"
        }
        for reply in document.replies(to: annotation.id) {
            // The replies threaded under it.
            html += "<p class=\"reply\"><b>\(HTMLEscaping.text(ExportStrings.reply(by: reply.creator, language)))</b>"
                + HTMLEscaping.text(ExportStrings.colon(language) + (reply.note ?? "")) + "</p>"
        }
        for link in annotation.links {
            guard let target = document.annotation(withID: link.target) else { continue }
            html += "<p class=\"link link-\(HTMLEscaping.token(link.type.rawValue))\">"
            html += HTMLEscaping.text(ExportStrings.link(link.type, language) + ExportStrings.colon(language))
            html += reference(to: target, language: language) + "</p>"
        }
        return html + "</div>"
    }

    /// The list of contradiction pairs, each side linking to its passage.
    static func pairs(_ document: ExportDocument, language: UILanguage) -> String {
        let pairs = document.contradictionPairs
        guard !pairs.isEmpty else { return "" }
        var html = "<section class=\"contradictions\" id=\"contradictions\"><h2>\(HTMLEscaping.text(ExportStrings.contradictions(language)))</h2><ol class=\"pairs\">"
        for (first, second) in pairs {
            html += "<li>" + reference(to: first, language: language) + " ↔ " + reference(to: second, language: language) + "</li>"
        }
        return html + "</ol></section>\n"
    }

    /// A link to an annotation's passage, showing the start of its quote.
    static func reference(to annotation: ExportedAnnotation, language: UILanguage) -> String {
        "<a href=\"#\(HTMLEscaping.passageID(annotation.id))\">「\(HTMLEscaping.text(excerpt(annotation.quote)))」</a>"
    }

    /// The first characters of a quote on one line, with an ellipsis when cut.
    static func excerpt(_ quote: String, length: Int = 24) -> String {
        let flat = quote.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= length ? flat : String(flat.prefix(length)) + "…"
    }
}
