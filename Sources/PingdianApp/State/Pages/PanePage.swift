import CellWidth
import PingdianCore
import TerminalKit

extension AppState {
    /// Quote lines shown at most in the pane for the focused annotation and for each linked one.
    static let paneQuoteLines = 4
    static let paneLinkedQuoteLines = 3

    /// The annotation pane's rows, for a pane `width` columns wide and `height` rows high: the
    /// title with the counts; the focused annotation (kind, quote, note, linked quotes) or the cue
    /// hint under the cursor; then one line for each other annotation on screen, beside the row
    /// where it starts when the pane is beside the text. Whatever is cut ends with one "…" and
    /// keeps its closing bracket, and the card's last row then says which key reads it in full.
    func panePage(_ frame: TextFrame, width: Int, height: Int) -> [PageRow] {
        guard width > 0, height > 0 else { return [] }
        if case .source(let focus) = mode, let sourceText { return sourceFocusPage(focus, source: sourceText, width: width, height: height) }
        if case .lookup(let lookup) = mode { return lookupPage(lookup, width: width, height: height) }
        if showsSource, let sourceText { return Array(sourcePane(sourceText, width: width).prefix(height)) }
        var rows: [PageRow] = []
        var title = showsConversion ? strings.conversionPaneTitle : strings.paneTitle
        if let index = annotations.index {
            title += "  " + strings.paneCount(all: index.placed.count, mine: annotations.readerNotes.count)
        }
        rows.append([PagePiece(TextFitting.truncate(title, toColumns: width), .heading)])
        if let agreement = annotations.agreement, !showsConversion, let line = agreementLine(agreement) {
            // How the readers shown together marked the sentence at the cursor.
            rows.append([PagePiece(TextFitting.truncate(line.text, toColumns: width), line.disagreement ? .disagreement : .agreement)])
        }
        guard annotations.index != nil else {
            if let hint = frame.focusedHint { rows += hintCard(hint, width: width, height: height - rows.count) }
            rows += wrapped(strings.noAnnotationsAtAll, .faint, width: width)
            return Array(rows.prefix(height))
        }
        let focused = focusedAnnotation
        if let focused {
            rows += focusedCard(focused, width: width, height: height - rows.count)
        } else if let hint = frame.focusedHint {
            rows += hintCard(hint, width: width, height: height - rows.count)
        }
        let onScreen = frame.annotations.filter { $0.annotation.id != focused?.id }
        if onScreen.isEmpty, focused == nil {
            rows += wrapped(strings.noAnnotationsOnScreen, .faint, width: width)
            return Array(rows.prefix(height))
        }
        let paneTop = regions.pane.y
        for entry in onScreen {
            if regions.placement == .beside {
                while rows.count < entry.row - paneTop, rows.count < height { rows.append([]) }
            }
            guard rows.count < height else { break }
            rows.append(summary(entry.annotation, width: width))
        }
        return Array(rows.prefix(height))
    }

    /// The focused annotation in at most `height` rows: its kind, its quote, its note and the
    /// quotes it is linked to, then a divider when there is room. When something does not fit,
    /// the last row says which key shows it in full.
    private func focusedCard(_ focused: ResolvedAnnotation, width: Int, height: Int) -> [PageRow] {
        guard height > 0 else { return [] }
        var (rows, cut) = cardRows(focused, width: width, room: height)
        if cut {
            (rows, _) = cardRows(focused, width: width, room: height - 1)
            rows.append([PagePiece(TextFitting.truncate(strings.readInFullHint, toColumns: width), .keyName)])
        }
        if rows.count < height { rows.append([PagePiece(String(repeating: "─", count: width), .divider)]) }
        return rows
    }

    /// The focused card's rows in at most `room` rows, and whether anything was cut (a quote
    /// longer than the pane shows of quotes counts).
    private func cardRows(_ focused: ResolvedAnnotation, width: Int, room: Int) -> (rows: [PageRow], cut: Bool) {
        var rows: [PageRow] = []
        guard room > 0 else { return (rows, true) }
        var cut = false
        let language = strings.language
        var label = "■ " + (focused.kind?.label.text(in: language) ?? focused.annotation.kind)
        if annotations.isReaderNote(focused.id) { label += " · " + strings.readerNoteLabel }
        if let reader = annotations.otherReader(of: focused.id) { label += " · " + strings.otherReaderLabel(reader) }
        rows.append([PagePiece(TextFitting.truncate(label, toColumns: width), .kindLabel(focused.kind))])
        // Who wrote it, where a copy came from, what a reply answers.
        for line in provenanceLines(of: focused) where room - rows.count > 0 {
            rows.append([PagePiece(TextFitting.truncate(line, toColumns: width), .faint)])
        }
        cut = append(quote(of: focused), "「", "」", .text, to: &rows, width: width, limit: min(Self.paneQuoteLines, room - rows.count)) || cut
        if let conversion = focused.annotation.conversion {
            // What the conversion did here: the original's word and the converter's.
            cut = append(strings.conversionLine(conversion), "", "", .heading, to: &rows, width: width, limit: min(2, room - rows.count)) || cut
        }
        if let source = focused.annotation.source {
            // The source under the Chinese: its verdict, then its own words (a line or two).
            if room - rows.count >= 1 {
                rows.append([PagePiece(strings.sourceHeading + " · ", .faint), PagePiece(strings.verdictLabel(source.verdict), .verdict(source.verdict))])
            } else {
                cut = true
            }
            if let words = source.words {
                cut = append(words, "“", "”", .faint, to: &rows, width: width, limit: min(Self.paneQuoteLines, room - rows.count)) || cut
            }
        }
        if let note = focused.annotation.note, !note.isEmpty {
            cut = append(note, "", "", .note, to: &rows, width: width, limit: room - rows.count) || cut
        }
        if !focused.annotation.conflicts.isEmpty {
            // Changed in two places: the other versions' notes, for `M` to choose from.
            cut = append(strings.conflictHeading(focused.annotation.conflicts.count), "", "", .disagreement, to: &rows, width: width,
                         limit: min(2, room - rows.count)) || cut
            for version in focused.annotation.conflicts {
                cut = append(version.note ?? "", "", "", .faint, to: &rows, width: width, limit: min(2, room - rows.count)) || cut
            }
        }
        for reply in annotations.replies(to: focused) {
            // The replies to it, of every layer, threaded under it.
            let who = annotations.readerName(of: reply) ?? strings.replyLabel
            cut = append("↳ " + who + strings.pick("：", ": ") + (reply.annotation.note ?? ""), "", "", .note, to: &rows, width: width,
                         limit: min(3, room - rows.count), target: reply.id) || cut
        }
        if let index = annotations.index {
            let partners = Set(index.contradictionPartners(of: focused.id))
            for linkedID in index.linkedIDs(of: focused.id) {
                guard let linked = index.annotation(withID: linkedID) else { continue }
                // A heading only with at least one line of its quote under it.
                guard room - rows.count >= 2 else {
                    cut = true
                    break
                }
                let heading = partners.contains(linkedID) ? strings.contradictsLabel : strings.linkedTo
                rows.append([PagePiece(TextFitting.truncate("↔ " + heading, toColumns: width), .kindLabel(linked.kind), target: linked.id)])
                cut = append(quote(of: linked), "「", "」", .faint, to: &rows, width: width,
                             limit: min(Self.paneLinkedQuoteLines, room - rows.count), target: linked.id) || cut
            }
        }
        return (rows, cut)
    }

    /// A cue hint under the cursor: its suggested kind and the rule's reason, in faint type.
    private func hintCard(_ hint: ResolvedAnnotation, width: Int, height: Int) -> [PageRow] {
        guard height > 0 else { return [] }
        var rows: [PageRow] = []
        let label = "┊ " + strings.hintLabel + " · " + (hint.kind?.label.text(in: strings.language) ?? hint.annotation.kind)
        rows.append([PagePiece(TextFitting.truncate(label, toColumns: width), .faint)])
        _ = append(quote(of: hint), "「", "」", .faint, to: &rows, width: width, limit: min(Self.paneQuoteLines, height - 2))
        if let note = hint.annotation.note, !note.isEmpty {
            _ = append(note, "", "", .faint, to: &rows, width: width, limit: height - 1 - rows.count)
        }
        if rows.count < height { rows.append([PagePiece(String(repeating: "─", count: width), .divider)]) }
        return rows
    }

    /// One line for an annotation: a bar in its kind's style (✎ for the reader's own), its label
    /// and the start of its quote.
    private func summary(_ annotation: ResolvedAnnotation, width: Int) -> PageRow {
        let label = annotation.kind?.label.text(in: strings.language) ?? annotation.annotation.kind
        // ✎ the reader's own, the letter of another reader, ↳ a reply, ▍ the curated layer.
        let mark = annotation.annotation.replyTo != nil ? "↳"
            : annotations.isReaderNote(annotation.id) ? "✎" : annotations.otherReader(of: annotation.id).map { $0.marker + " " } ?? "▍"
        let head = TextFitting.truncate(mark + label + " ", toColumns: width)
        let room = width - CellWidth.of(head)
        var text = quote(of: annotation, limit: room + 1)
        if let conversion = annotation.annotation.conversion {
            // The conversion layer's line says what the word was: 支援 ← 支持, 特朗普 → 川普; in
            // the original, what the converter made of it: 支持 → 支援.
            text += conversion.taiwan.map { " → " + $0 } ?? (original.isShown ? " → " + conversion.converted : " ← " + conversion.original)
        }
        return [PagePiece(head, .kindLabel(annotation.kind), target: annotation.id),
                PagePiece(TextFitting.truncate(text, toColumns: room), .text, target: annotation.id)]
    }

    /// Appends `text` between `opening` and `closing`, wrapped to `width`, in at most `limit`
    /// rows; returns whether it was cut (the last row shown then ends with one "…" and keeps
    /// the closing bracket).
    private func append(_ text: String, _ opening: String, _ closing: String, _ role: PageRole, to rows: inout [PageRow],
                        width: Int, limit: Int, target: String? = nil) -> Bool {
        let lines = TextWrapping.lines(opening + text + closing, width: width)
        guard lines.count > limit else {
            rows += lines.map { [PagePiece($0, role, target: target)] }
            return false
        }
        guard limit > 0 else { return true }
        var shown = Array(TextWrapping.lines(opening + text, width: width).prefix(limit))
        shown[limit - 1] = TextFitting.cut(shown[limit - 1], toColumns: width, closing: closing)
        rows += shown.map { [PagePiece($0, role, target: target)] }
        return true
    }

    /// The lines under a card's label: who wrote another reader's note or the reader's own
    /// copy of one, and what a reply answers.
    private func provenanceLines(of focused: ResolvedAnnotation) -> [String] {
        var lines: [String] = []
        let annotation = focused.annotation
        if let origin = annotation.origin {
            lines.append(strings.copiedFrom(origin.creator ?? "?", file: origin.file))
        }
        if let parentID = annotation.replyTo {
            let parent = annotations.annotation(named: parentID)
            lines.append("↳ " + strings.replyingTo(parent.map { quote(of: $0, limit: 24) } ?? parentID))
        }
        return lines
    }

    /// The pane's line on the sentence at the cursor: how many readers marked it, with which kinds.
    private func agreementLine(_ agreement: ReaderAgreement) -> (text: String, disagreement: Bool)? {
        guard let sentence = agreement.kinds.sentence(atOrAfter: cursor), agreement.kinds.sentences[sentence].contains(cursor) else { return nil }
        let marks = agreement.marks(of: sentence)
        let labels = marks.kinds.map { key in annotations.taxonomy?.kind(forKey: key)?.label.text(in: strings.language) ?? key }
        let disagreement = agreement.disagreements.contains(sentence)
        return (strings.agreementLine(marked: marks.marked, of: agreement.readerCount, kinds: labels), disagreement)
    }

    /// `text` wrapped to `width`, each line a row in `role`.
    func wrapped(_ text: String, _ role: PageRole, width: Int) -> [PageRow] {
        TextWrapping.lines(text, width: width).map { [PagePiece($0, role)] }
    }
}
