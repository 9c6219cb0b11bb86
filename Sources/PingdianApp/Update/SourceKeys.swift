import PingdianCore
import TerminalKit

extension AppState {
    /// The source text laid out at the pane's width; nil without one.
    var sourceRows: TextRows? {
        guard let sourceText else { return nil }
        return TextRows(document: sourceText.document, options: LayoutOptions(width: max(8, regions.pane.width - 2)),
                        cache: sourceLayoutCache)
    }

    /// How many rows of the source the pane shows under its title.
    var sourceRowsShown: Int { max(1, regions.pane.height - 1) }

    /// `@` while reading: the cursor goes into the source text, at the source words of the
    /// passage under the essay's cursor (else where it was left). A selection made in the essay
    /// is kept as the passage an attribution will be made for.
    mutating func enterSource() {
        guard let sourceText, !sourceText.document.isEmpty else {
            message = sourceText == nil ? strings.noSourceText : strings.sourceTextEmpty
            return
        }
        if !showPane { relayout { $0.showPane = true } }
        guard !regions.pane.isEmpty, let rows = sourceRows else {
            message = strings.sourceNeedsPane
            return
        }
        let claim = selection
        if claim != nil {
            keptSelection = claim
            selectionAnchor = nil
        }
        let start = focusedAnnotation.flatMap { sourceText.places[$0.id]?.lowerBound } ?? sourceCursor
        var focus = SourceFocus(cursor: rows.glyphStart(for: min(start, sourceText.document.scalarCount)), claim: claim)
        focus.reveal(rows: rows, height: sourceRowsShown, asJump: true)
        mode = .source(focus)
        message = claim == nil ? strings.sourceEntered : strings.sourceSelectWords
    }
}

extension Update {
    /// A key in the source text: moving and selecting in it, searching it, making an
    /// attribution, walking the attributions, going back to the essay.
    static func sourceKey(_ state: inout AppState, _ command: SourceCommand, focus: SourceFocus) -> [Effect] {
        guard let source = state.sourceText, let rows = state.sourceRows else {
            state.mode = .reading
            return []
        }
        var focus = focus
        let strings = state.strings
        let document = source.document
        let height = state.sourceRowsShown
        var isJump = false
        switch command {
        case .lineDown, .lineUp, .pageDown, .pageUp:
            let lines = [.lineDown: 1, .lineUp: -1, .pageDown: max(1, height - 1), .pageUp: -max(1, height - 1)][command] ?? 1
            let column = focus.desiredColumn ?? rows.column(of: focus.cursor)
            if let offset = rows.offset(lines: lines, from: focus.cursor, column: column) {
                focus.cursor = offset
            } else {
                state.message = lines > 0 ? strings.endOfText : strings.topOfText
            }
            focus.desiredColumn = column
        case .characterLeft, .characterRight:
            let (offset, complete) = rows.offset(glyphs: command == .characterRight ? 1 : -1, from: focus.cursor)
            if !complete { state.message = command == .characterRight ? strings.endOfText : strings.topOfText }
            focus.cursor = offset
            focus.desiredColumn = nil
        case .wordForward, .wordBackward, .sentenceForward, .sentenceBackward:
            let unit: TextBoundaries.Kind = command == .wordForward || command == .wordBackward ? .word : .sentence
            focus.cursor = rows.unitEnd(unit, from: focus.cursor, forward: command == .wordForward || command == .sentenceForward, times: 1)
            focus.desiredColumn = nil
        case .nextParagraph, .previousParagraph:
            let current = document.paragraphIndex(containing: focus.cursor) ?? 0
            var target = current + (command == .nextParagraph ? 1 : -1)
            if command == .previousParagraph, focus.cursor > document.paragraphs[current].range.lowerBound { target = current }
            if document.paragraphs.indices.contains(target) {
                focus.cursor = rows.glyphStart(for: document.paragraphs[target].range.lowerBound)
            } else {
                state.message = command == .nextParagraph ? strings.endOfText : strings.topOfText
            }
            focus.desiredColumn = nil
        case .top, .bottom:
            let row = command == .top ? rows.lineRow(from: rows.first, forward: true) : rows.lineRow(from: rows.last, forward: false)
            if let line = rows.line(at: row) { focus.cursor = rows.glyphStart(for: line.range.lowerBound) }
            focus.desiredColumn = nil
            isJump = true
        case .toggleSelection:
            if focus.anchor != nil {
                focus.kept = focus.selection(rows: rows)
                focus.anchor = nil
            } else {
                focus.kept = nil
                focus.anchor = focus.cursor
            }
        case .attribute:
            guard let words = focus.selection(rows: rows) else {
                state.message = strings.sourceSelectFirst
                break
            }
            return state.startAttribution(of: words, focus: focus)
        case .search:
            focus.query = ""
        case .nextMatch, .previousMatch:
            guard let query = focus.lastQuery else {
                state.message = strings.noSearchYet
                break
            }
            state.findInSource(query, focus: &focus, forward: command == .nextMatch)
            isJump = true
        case .nextSource, .previousSource:
            state.jumpToSource(forward: command == .nextSource, times: 1)
            if let id = state.focusedAnnotationID, let place = source.places[id] {
                focus.cursor = rows.glyphStart(for: place.lowerBound)
                isJump = true
            }
        case .back:
            state.leaveSource(focus)
            return []
        case .cancel:
            guard focus.anchor == nil, focus.kept == nil else {
                focus.anchor = nil
                focus.kept = nil
                break
            }
            state.leaveSource(focus)
            return []
        case .quit:
            return quit(state)
        }
        focus.reveal(rows: rows, height: height, asJump: isJump)
        state.sourceCursor = focus.cursor
        state.mode = .source(focus)
        return []
    }

    /// The search typed in the source text: characters go into it, Enter finds the first match
    /// after the cursor, Esc drops it.
    static func sourceQueryKey(_ state: inout AppState, _ key: Key, focus: SourceFocus) -> [Effect] {
        var focus = focus
        var query = focus.query ?? ""
        switch state.keyMap.sourceQuery.command(for: key) {
        case .deleteBackward?:
            if query.isEmpty { focus.query = nil } else { query.removeLast() }
            if focus.query != nil { focus.query = query }
        case .accept?:
            focus.query = nil
            if !query.isEmpty {
                focus.lastQuery = query
                state.findInSource(query, focus: &focus, forward: true)
                if let rows = state.sourceRows { focus.reveal(rows: rows, height: state.sourceRowsShown, asJump: true) }
                state.sourceCursor = focus.cursor
            }
        case .cancel?:
            focus.query = nil
        case nil:
            guard case .character(let scalar) = key else {
                state.message = state.strings.keyNotBoundHere
                return []
            }
            query.unicodeScalars.append(scalar)
            focus.query = query
        }
        state.mode = .source(focus)
        return []
    }

    /// The verdicts: a number, or a move and Enter, chooses and opens the note; closing goes
    /// back to the source's words (or to reading, for an edit).
    static func verdictPickerKey(_ state: inout AppState, _ command: PickerCommand, key: Key, picker: VerdictPicker) -> [Effect] {
        let verdicts = AnnotationSource.Verdict.allCases
        var picker = picker
        var chosen: Int?
        switch command {
        case .list(.quit): return quit(state)
        case .list(.close):
            if let focus = picker.returnTo {
                state.mode = .source(focus)
                state.message = state.strings.attributionNotMade
            } else {
                state.mode = .reading
                state.message = state.strings.noteUnchanged
            }
            return []
        case .list(let move): picker.selection = move.moved(picker.selection, count: verdicts.count, page: listPage(state), times: state.count)
        case .chooseNumber: chosen = key.pickerRow
        case .choose: chosen = picker.selection
        }
        if let chosen, verdicts.indices.contains(chosen), var source = picker.draft.source {
            source.verdict = verdicts[chosen]
            picker.draft.source = source
            state.mode = .editNote(NoteEditor(draft: picker.draft, text: picker.draft.existing?.note ?? ""))
            return []
        }
        state.mode = .pickVerdict(picker)
        return []
    }
}

extension AppState {
    /// Back from the source text to the essay; the essay's passage stays selected.
    mutating func leaveSource(_ focus: SourceFocus) {
        sourceCursor = focus.cursor
        mode = .reading
    }

    /// Enter on the source's selected words: the essay's passage (selected before `@`, else the
    /// sentence under its cursor) becomes a new note of the attribution kind carrying those
    /// words, where they are and the source's address; the verdicts come next.
    mutating func startAttribution(of words: Range<Int>, focus: SourceFocus) -> [Effect] {
        guard let sourceText else { return [] }
        guard !showsConversion else {
            message = strings.conversionReadOnly
            return []
        }
        guard !original.isShown else {
            message = strings.notesOnTextOnly
            return []
        }
        let document = sourceText.document
        let paragraph = (document.paragraphIndex(containing: words.lowerBound) ?? 0) + 1
        let kind = kinds.contains { $0.key == AnnotationSource.kindKey } ? AnnotationSource.kindKey : kinds.first?.key ?? AnnotationSource.kindKey
        let checked = AnnotationSource(url: sourceText.url, location: "\(document.title) ¶\(paragraph)",
                                       words: document.text(in: words), verdict: .fairParaphrase)
        let draft = NoteDraft(existing: nil, range: focus.claim ?? sentenceUnderCursor, kind: kind, source: checked)
        sourceCursor = focus.cursor
        let initial = AnnotationSource.Verdict.allCases.firstIndex(of: checked.verdict) ?? 0
        mode = .pickVerdict(VerdictPicker(draft: draft, selection: initial, returnTo: focus))
        return []
    }

    /// Moves the source's cursor to the next (previous) match of `query`, from the top (bottom)
    /// again at the end, saying so; says when there is none.
    mutating func findInSource(_ query: String, focus: inout SourceFocus, forward: Bool) {
        guard let sourceText, let rows = sourceRows, let parsed = SearchQuery(query) else { return }
        let search = TextSearch(document: sourceText.document)
        let start = forward ? rows.glyphEnd(at: focus.cursor) : focus.cursor
        if let match = search.nextMatch(of: parsed, from: start, forward: forward) {
            focus.cursor = rows.glyphStart(for: match.lowerBound)
        } else if let match = search.nextMatch(of: parsed, from: forward ? 0 : sourceText.document.scalarCount, forward: forward) {
            focus.cursor = rows.glyphStart(for: match.lowerBound)
            message = forward ? strings.searchWrappedToTop : strings.searchWrappedToBottom
        } else {
            message = strings.notFound(query)
        }
        focus.desiredColumn = nil
    }
}
