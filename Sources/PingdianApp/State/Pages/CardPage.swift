import PingdianCore

/// An annotation read in full (`i`): which one, and how far its page is scrolled.
public struct CardState: Hashable, Sendable {
    /// The annotation's id.
    public var id: String
    /// Rows scrolled down.
    public var scroll = 0

    public init(id: String, scroll: Int = 0) {
        self.id = id
        self.scroll = scroll
    }
}

extension AppState {
    /// An annotation in full, nothing cut: its kind and place, the kind's definition, the whole
    /// quote and note, then every annotation it is linked to with its quote and note; then the
    /// page's footer.
    func cardPage(_ card: CardState, width: Int) -> [PageRow] {
        let textWidth = max(1, width - 2)
        var rows: [PageRow] = []
        func wrapped(_ text: String, _ role: PageRole, indent: String = "") {
            for line in TextWrapping.lines(text, width: max(1, textWidth - indent.count)) { rows.append([PagePiece(indent + line, role)]) }
        }
        guard let index = annotations.index, let focused = index.annotation(withID: card.id) else {
            return [[PagePiece(strings.noAnnotationHere, .faint)], [], [PagePiece(keyMap.footer(.card, in: strings), .faint)]]
        }
        let language = strings.language
        var label = "■ " + (focused.kind?.label.text(in: language) ?? focused.annotation.kind)
        if annotations.isReaderNote(focused.id) { label += " · " + strings.readerNoteLabel }
        rows.append([PagePiece(label, .kindLabel(focused.kind)), PagePiece("  " + place(of: focused), .faint)])
        if let definition = focused.kind?.description.text(in: language) { wrapped(definition, .faint) }
        rows.append([])
        wrapped("「" + quote(of: focused) + "」", .text)
        if let conversion = focused.annotation.conversion { wrapped(strings.conversionLine(conversion), .heading) }
        if let source = focused.annotation.source {
            rows.append([])
            rows.append([PagePiece(strings.sourceHeading + " · ", .heading), PagePiece(strings.verdictLabel(source.verdict), .verdict(source.verdict))])
            if let words = source.words { wrapped("“" + words + "”", .text) }
            let place = [source.location, source.url].compactMap { $0 }.joined(separator: " · ")
            if !place.isEmpty { wrapped(place, .faint) }
            if let translation = source.translation { wrapped(translation, .note) }
        }
        if let note = focused.annotation.note, !note.isEmpty {
            rows.append([])
            wrapped(note, .note)
        }
        let partners = Set(index.contradictionPartners(of: focused.id))
        for linkedID in index.linkedIDs(of: focused.id) {
            guard let linked = index.annotation(withID: linkedID) else { continue }
            rows.append([])
            let heading = partners.contains(linkedID) ? strings.contradictsLabel : strings.linkedTo
            let kind = linked.kind?.label.text(in: language) ?? linked.annotation.kind
            rows.append([PagePiece("↔ " + heading + " · " + kind, .kindLabel(linked.kind)), PagePiece("  " + place(of: linked), .faint)])
            wrapped("「" + quote(of: linked) + "」", .faint, indent: "  ")
            if let note = linked.annotation.note, !note.isEmpty { wrapped(note, .note, indent: "  ") }
        }
        rows.append([])
        rows.append([PagePiece(keyMap.footer(.card, in: strings), .faint)])
        return rows
    }

    /// "¶ 12" for an annotation in paragraph 12, or "lost" for one no longer found.
    func place(of annotation: ResolvedAnnotation) -> String {
        guard let range = annotation.range, let paragraph = document.paragraphIndex(containing: range.lowerBound) else {
            return strings.orphanShort
        }
        return "¶\(paragraph + 1)"
    }

    /// The annotation's text as it is in the document now (or as stored, for an orphan), on one
    /// line, its punctuation shown as the text pane shows it (`--punct`); with `limit`, at most
    /// that many scalars of it (enough for a line that will be cut anyway).
    func quote(of annotation: ResolvedAnnotation, limit: Int? = nil) -> String {
        let text: String
        if let range = annotation.range {
            text = document.text(in: limit.map { range.lowerBound..<min(range.upperBound, range.lowerBound + $0) } ?? range)
        } else {
            text = limit.map { String(String.UnicodeScalarView(annotation.annotation.anchor.exact.unicodeScalars.prefix($0))) }
                ?? annotation.annotation.anchor.exact
        }
        return punctuation.shown(text.flattened)
    }
}
