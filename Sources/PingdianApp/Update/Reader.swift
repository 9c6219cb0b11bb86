import PingdianCore
import TerminalKit

/// The reader's behaviour: how each action changes the state, and what must happen outside.
public enum Reader {
    /// Applies an action to the state and returns the effects to perform; the state's
    /// ``AppState/frame`` then shows the result.
    public static func update(_ state: inout AppState, _ action: Action) -> [Effect] {
        let effects = apply(action, to: &state)
        state.refreshFrame()
        return effects
    }

    /// Applies an action to the state and returns the effects to perform.
    private static func apply(_ action: Action, to state: inout AppState) -> [Effect] {
        switch action {
        case .resize(let size):
            state.relayout { $0.size = size }
            return []
        case .terminate:
            return [.savePosition(offset: state.cursor), .quit]
        case .suspend:
            return [.savePosition(offset: state.cursor), .suspend]
        case .externalEditFinished(let text):
            guard case .editNote(var editor) = state.mode else { return [] }
            if let text { editor.replaceText(text) } else { state.message = state.strings.editorUnavailable }
            state.mode = .editNote(editor)
            return []
        case .mouse(let event):
            if state.mode == .reading { state.handleMouse(event) }
            return []
        case .matchesCounted(let count):
            if count.query == state.lastSearch { state.matchCount = count }
            return []
        case .hintsCounted(let count):
            state.hintsCounted(count)
            return []
        case .exportFinished(let path, let error):
            state.message = path.map(state.strings.exported) ?? error.map(state.strings.exportFailed)
            return []
        case .textOpened(let opened):
            state.open(opened)
            return []
        case .positionNotSaved(let reason):
            state.message = state.strings.positionNotSaved(reason)
            return []
        case .notesNotSaved(let reason):
            state.message = state.strings.notesNotSaved(reason)
            return []
        case .notesReloaded(let notes):
            state.setReaderNotes(notes)
            return []
        case .key(let key):
            state.message = nil
            if key == .control("c") {
                if case .searching(let prompt) = state.mode {
                    state.cancelSearch(prompt)
                    return []
                }
                if case .editNote = state.mode {
                    // Ctrl-C in the editor cancels the note rather than quitting with it unsaved.
                    state.mode = .reading
                    state.message = state.strings.noteNotSaved
                    return []
                }
                return [.savePosition(offset: state.cursor), .quit]
            }
            switch state.mode {
            case .reading: return readingKey(&state, key)
            case .help(let scroll): state.mode = scrolled(scroll, by: key, state: state, closing: .character("?")).map { .help(scroll: $0) } ?? .reading
            case .legend(let scroll): state.mode = scrolled(scroll, by: key, state: state, closing: .character("L")).map { .legend(scroll: $0) } ?? .reading
            case .filter(let selection): filterKey(&state, key, selection: selection)
            case .outline(let outline): outlineKey(&state, key, outline: outline)
            case .pickKind(let picker): pickerKey(&state, key, picker: picker)
            case .editNote(let editor): return editorKey(&state, key, editor: editor)
            case .review(let review): return reviewKey(&state, key, review: review)
            case .pickExport(let selection): return exportPickerKey(&state, key, selection: selection)
            case .searching(let prompt): return searchKey(&state, key, prompt: prompt)
            }
            return []
        }
    }

    /// The new scroll of a scrolled overlay (help, legend) after a key, or nil when the key closes it.
    private static func scrolled(_ scroll: Int, by key: Key, state: AppState, closing: Key) -> Int? {
        let page = max(1, state.size.rows - 3)
        switch key {
        case .character("j"), .down, .enter: return scroll + 1
        case .character("k"), .up: return max(0, scroll - 1)
        case .character(" "), .pageDown, .control("d"), .control("f"): return scroll + page
        case .character("b"), .pageUp, .control("u"), .control("b"): return max(0, scroll - page)
        case .character("g"), .home: return 0
        case .character("G"), .end: return Int.max / 2
        case .escape, .character("q"), closing: return nil
        default: return scroll
        }
    }

    private static func readingKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        if case .character(let scalar) = key, let digit = scalar.properties.numericType == .decimal ? Int(String(scalar)) : nil,
           scalar.isASCII, digit > 0 || state.count != nil {
            state.count = min(99_999_999, (state.count ?? 0) * 10 + digit)
            return []
        }
        let count = state.count
        state.count = nil
        if key == .escape {
            state.selectionAnchor = nil
            state.pendingLinkID = nil
            return []
        }
        let command = state.selectionAnchor == nil ? state.keyMap.command(for: key) : state.keyMap.selectionCommand(for: key)
        guard let command else {
            state.message = state.strings.unknownKey
            return []
        }
        return perform(command, count: count, on: &state)
    }

    /// Runs one command with an optional count.
    static func perform(_ command: Command, count: Int?, on state: inout AppState) -> [Effect] {
        guard !state.document.isEmpty || [.help, .legend, .quit, .redraw, .suspend, .togglePane, .narrowPane, .widenPane].contains(command) else {
            return []
        }
        let times = max(1, count ?? 1)
        switch command {
        case .lineDown: state.moveCursorByLines(times)
        case .lineUp: state.moveCursorByLines(-times)
        case .characterLeft: state.moveCursorByGlyphs(-times)
        case .characterRight: state.moveCursorByGlyphs(times)
        case .scrollDown: state.scroll(by: times)
        case .scrollUp: state.scroll(by: -times)
        case .pageDown: state.page(by: times * max(1, state.textHeight - 1))
        case .pageUp: state.page(by: -times * max(1, state.textHeight - 1))
        case .halfPageDown: state.halfPage(by: max(1, state.textHeight / 2))
        case .halfPageUp: state.halfPage(by: -max(1, state.textHeight / 2))
        case .top:
            if let count { state.jump(to: state.paragraphStart(count - 1)) } else { state.jump(to: state.textStart, placeAtTop: true) }
        case .bottom:
            if let count { state.jump(to: state.paragraphStart(count - 1)) } else { state.jumpToEnd() }
        case .nextParagraph: state.moveToParagraph(by: times)
        case .previousParagraph: state.moveToParagraph(by: -times)
        case .percentOrOtherSide:
            if let count {
                state.jump(to: state.offset(atPercent: count))
            } else {
                state.jumpToOtherSide()
            }
        case .nextAnnotation: state.jumpToAnnotation(forward: true, times: times)
        case .previousAnnotation: state.jumpToAnnotation(forward: false, times: times)
        case .nextContradiction: state.jumpToContradiction(forward: true, times: times)
        case .previousContradiction: state.jumpToContradiction(forward: false, times: times)
        case .jumpBack:
            if let target = state.jumps.back(from: state.cursor) { state.moveCursor(to: target, jump: true) } else { state.message = state.strings.jumpListEmpty }
        case .jumpForward:
            if let target = state.jumps.forward() { state.moveCursor(to: target, jump: true) } else { state.message = state.strings.jumpListEnd }
        case .togglePane: state.relayout { $0.showPane.toggle() }
        case .narrowPane: state.resizePane(by: -times)
        case .widenPane: state.resizePane(by: times)
        case .help: state.mode = .help(scroll: 0)
        case .legend: state.mode = .legend(scroll: 0)
        case .filter:
            if state.annotations.index == nil { state.message = state.strings.noAnnotationsAtAll } else { state.mode = .filter(selection: 0) }
        case .outline:
            if state.annotations.index == nil { state.message = state.strings.noAnnotationsAtAll } else { state.mode = .outline(OutlineState()) }
        case .search: state.startSearch()
        case .nextMatch: return state.repeatSearch(forward: true)
        case .previousMatch: return state.repeatSearch(forward: false)
        case .export:
            if state.exportFormats.isEmpty { state.message = state.strings.exportUnavailable } else { state.mode = .pickExport(selection: 0) }
        case .toggleSelection: state.toggleSelection()
        case .wordForward: state.moveToUnitEnd(.word, forward: true, times: times)
        case .wordBackward: state.moveToUnitEnd(.word, forward: false, times: times)
        case .sentenceForward: state.moveToUnitEnd(.sentence, forward: true, times: times)
        case .sentenceBackward: state.moveToUnitEnd(.sentence, forward: false, times: times)
        case .paragraphEndForward: state.moveToUnitEnd(nil, forward: true, times: times)
        case .paragraphEndBackward: state.moveToUnitEnd(nil, forward: false, times: times)
        case .annotate, .editAnnotation, .deleteAnnotation, .undo, .link, .review:
            return NoteActions.perform(command, on: &state)
        case .toggleHints:
            return state.toggleHints()
        case .redraw: return [.redrawAll]
        case .suspend: return [.savePosition(offset: state.cursor), .suspend]
        case .quit: return [.savePosition(offset: state.cursor), .quit]
        }
        return []
    }
}
