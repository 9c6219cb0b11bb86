import PingdianCore

/// What the screen shows now — the text pane's rows from the top, the annotations, cue hints and
/// search matches on them, how far down the text it reaches, the entries of a list overlay —
/// produced by ``AppState/update(_:)`` after every action and read by the views, which then lay
/// out, suggest and search nothing themselves.
public struct TextFrame {
    /// One entry per row of the text pane, from its top: what the row shows, or nil below the
    /// end of the text.
    public var rows: [TextRow?] = []
    /// For each row of ``rows``: the annotations (filter applied) that touch its line, by position.
    public var rowAnnotations: [[ResolvedAnnotation]] = []
    /// For each row of ``rows``: how the readers shown together marked the sentences on its line
    /// (the margin's mark); nil without other readers or where none marked anything.
    public var rowAgreement: [AgreementMark?] = []
    /// For each row of ``rows``: the cue hints that touch its line, while hints are on.
    public var rowHints: [[ResolvedAnnotation]] = []
    /// The annotations (curated and the reader's, filter applied) that touch the lines shown,
    /// each with the pane row where it first shows, in that order.
    public var annotations: [(annotation: ResolvedAnnotation, row: Int)] = []
    /// The cue hint under the cursor, while hints are on.
    public var focusedHint: ResolvedAnnotation?
    /// The matches of the highlighted search (``AppState/highlightedSearch``) in the lines shown.
    public var searchMatches: [Range<Int>] = []
    /// The saved words' occurrences in the lines shown, while `U` underlines them.
    public var vocabularyMatches: [Range<Int>] = []
    /// Where the cursor is in the text, in per cent: what `N%` goes to and the status line shows.
    public var cursorPercent = 0
    /// The entries of the list overlay shown: the outline's (narrowed by its query) or the
    /// annotations to review; empty in other modes.
    public var listEntries: [ResolvedAnnotation] = []
    /// How many annotations the outline lists before its query narrows them; in the review, how
    /// many are folded into its line of shifts.
    public var listTotal = 0
    /// The rows of the page shown: help, the legend or an annotation read in full; empty in
    /// other modes.
    public var page: [PageRow] = []
    /// The rows of the annotation pane (see ``AppState/panePage(_:width:height:)``).
    public var pane: [PageRow] = []

    public init() {}
}

extension AppState {
    /// Produces ``frame`` for the state as it is now: lays out what the text pane shows,
    /// suggests the hints of its paragraphs, finds the search matches on it. Under the text, a
    /// pane at its default height then takes only the rows its content needs (up to a third of
    /// the screen): when that changes, the frame is made again for the new text height, the
    /// cursor kept on screen.
    mutating func refreshFrame() {
        let regions = self.regions
        let fitsPane = regions.placement == .below && paneRows == nil && mode.showsText
        makeFrame(withPane: !fitsPane)
        guard fitsPane else { return }
        // The pane's rows at the most it may take (a third): as many as it needs. Once its height
        // is that, they are its rows, so the pane is made once a frame.
        let most = max(3, (size.rows - 1) / 3)
        var needed = neededPaneRows(most: most)
        if needed.count != paneContentRows {
            paneContentRows = needed.count
            if self.regions.pane.height != regions.pane.height {
                revealCursor(rows: rows, asJump: false)
                makeFrame(withPane: false)
                needed = neededPaneRows(most: most)
            }
        }
        frame.pane = Array(needed.prefix(self.regions.pane.height))
    }

    /// The pane's rows for the frame in at most `most` rows, without blank rows at the end.
    private func neededPaneRows(most: Int) -> [PageRow] {
        var rows = panePage(frame, width: regions.pane.width - 2, height: most)
        while rows.last?.isEmpty == true { rows.removeLast() }
        return rows
    }

    /// The frame for the regions as they are; the pane's rows too, unless the caller makes them.
    private mutating func makeFrame(withPane: Bool) {
        var frame = TextFrame()
        switch mode {
        case .outline(let outline):
            frame.listEntries = outlineEntries(query: outline.query)
            frame.listTotal = outline.query.isEmpty ? frame.listEntries.count : outlineEntries(query: "").count
        case .review:
            frame.listEntries = reviewEntries
            frame.listTotal = reviewShifts.count
        case .help, .legend, .card:
            frame.page = page(width: size.columns)
        default: break
        }
        let region = regions.text
        guard !document.isEmpty, !region.isEmpty else {
            if withPane { frame.pane = paneContent(frame) }
            self.frame = frame
            return
        }
        let rows = self.rows
        var position: RowPosition? = top
        // The offsets of the lines shown, from the first one's start to the last one's end.
        var shown: Range<Int>?
        for _ in region.y..<region.maxY {
            guard let current = position else {
                frame.rows.append(nil)
                frame.rowAnnotations.append([])
                frame.rowAgreement.append(nil)
                frame.rowHints.append([])
                continue
            }
            let row = rows.row(at: current)
            frame.rows.append(row)
            if case .line(let line) = row {
                shown = (shown?.lowerBound ?? line.range.lowerBound)..<line.range.upperBound
                frame.rowAnnotations.append(annotations.overlapping(line.range))
                frame.rowAgreement.append(showsConversion ? nil : annotations.agreement?.mark(for: line.range))
                frame.rowHints.append(hints.isShown ? hints.layer?.overlapping(line.range) ?? [] : [])
            } else {
                frame.rowAnnotations.append([])
                frame.rowAgreement.append(nil)
                frame.rowHints.append([])
            }
            position = rows.next(current)
        }
        var seen = Set<String>()
        for (y, rowAnnotations) in zip(region.y..., frame.rowAnnotations) {
            for annotation in rowAnnotations where seen.insert(annotation.id).inserted {
                frame.annotations.append((annotation, y))
            }
        }
        if let shown {
            if hints.isShown, let layer = hints.layer {
                frame.focusedHint = AnnotationSet.innermost(at: cursor, among: layer.overlapping(cursor..<(cursor + 1)))?.annotation
            }
            if let terms = highlightedSearch, let searchEngine {
                frame.searchMatches = searchEngine.matches(of: terms, in: shown)
            }
            if underlinesVocabulary { frame.vocabularyMatches = vocabularyOccurrences(in: shown) }
        }
        // On the text's last line the reader is at the end: 100 %, as less says.
        frame.cursorPercent = rows.position(of: cursor) == rows.last ? 100 : cursorPercent
        if withPane { frame.pane = paneContent(frame) }
        self.frame = frame
    }

    /// The pane's rows for the frame, when the mode shows the text (and so the pane).
    private func paneContent(_ frame: TextFrame) -> [PageRow] {
        guard mode.showsText else { return [] }
        let pane = regions.pane
        return panePage(frame, width: pane.width - 2, height: pane.height)
    }

    /// Where the cursor is in the text, in per cent: the scalars up to and with the one under the
    /// cursor, so that `N%` lands where the status says N (the frame says 100 on the last line).
    var cursorPercent: Int {
        guard document.scalarCount > 0 else { return 0 }
        return min(100, (cursor + 1) * 100 / document.scalarCount)
    }
}
