import TerminalKit
import PingdianCore

extension AppState {
    /// The pane while it shows the source text (`O`): the passage of the source where the focused
    /// annotation's source words are — a little context before and after, faint, and the words
    /// in the verdict's colour — or why there is none.
    func sourcePane(_ source: SourceText, width: Int) -> [PageRow] {
        var rows: [PageRow] = [[PagePiece(TextFitting.truncate(strings.sourcePaneTitle(source.document.title), toColumns: width), .heading)]]
        guard let focused = focusedAnnotation, let checked = focused.annotation.source else {
            return rows + wrapped(strings.noSourceHere, .faint, width: width)
        }
        rows.append([PagePiece(strings.sourceHeading + " · ", .faint), PagePiece(strings.verdictLabel(checked.verdict), .verdict(checked.verdict))])
        guard let range = source.places[focused.id] else { return rows + wrapped(strings.sourceNotFound, .faint, width: width) }
        let document = source.document
        let bounds = document.paragraphIndex(containing: range.lowerBound).map { document.paragraphs[$0].range } ?? range
        let before = document.text(in: bounds.lowerBound..<range.lowerBound)
        let after = document.text(in: range.upperBound..<max(range.upperBound, bounds.upperBound))
        rows += TextWrapping.lines(before, width: width).suffix(2).map { [PagePiece($0, .faint)] }
        rows += TextWrapping.lines(document.text(in: range), width: width).map { [PagePiece($0, .verdict(checked.verdict))] }
        rows += TextWrapping.lines(after, width: width).prefix(3).map { [PagePiece($0, .faint)] }
        return rows
    }

    /// The pane while the cursor is in the source text (`@`): the title with the paragraph, then
    /// the source's rows from the focus's top, marking the cursor, the selection, the last
    /// search's matches and the source words of the passage under the essay's cursor (in its
    /// verdict's style).
    func sourceFocusPage(_ focus: SourceFocus, source: SourceText, width: Int, height: Int) -> [PageRow] {
        guard height > 0, let rows = sourceRows else { return [] }
        let document = source.document
        let paragraph = (document.paragraphIndex(containing: focus.cursor) ?? 0) + 1
        let title = strings.sourcePaneTitle(document.title) + " · " + strings.paragraph(paragraph, of: document.paragraphs.count)
        var page: [PageRow] = [[PagePiece(TextFitting.truncate(title, toColumns: width), .heading)]]
        var view = focus
        view.reveal(rows: rows, height: height - 1, asJump: false)
        let selection = focus.selection(rows: rows)
        let focused = focusedAnnotation
        let words = focused.flatMap { source.places[$0.id] }
        let verdict = focused?.annotation.source?.verdict ?? .fairParaphrase
        let search = focus.lastQuery.flatMap(SearchQuery.init).map { ($0, TextSearch(document: document)) }
        var position: RowPosition? = view.top
        while page.count < height, let current = position {
            position = rows.next(current)
            guard let line = rows.line(at: current) else {
                page.append([])
                continue
            }
            let matches = search.map { $0.1.matches(of: $0.0, in: line.range) } ?? []
            var row: PageRow = []
            for glyph in line.glyphs {
                let offsets = glyph.offsets
                let role: PageRole
                if offsets.contains(focus.cursor) {
                    role = .cursor
                } else if let selection, offsets.overlaps(selection) {
                    role = .selected
                } else if matches.contains(where: { offsets.overlaps($0) }) {
                    role = .searchMatch
                } else if let words, offsets.overlaps(words) {
                    role = .verdict(verdict)
                } else {
                    role = .text
                }
                if let last = row.last, last.role == role {
                    row[row.count - 1] = PagePiece(last.text + glyph.text, role)
                } else {
                    row.append(PagePiece(glyph.text, role))
                }
            }
            page.append(row)
        }
        return page
    }
}
