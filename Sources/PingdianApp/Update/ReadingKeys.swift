import PingdianCore
import TerminalKit

extension Update {
    /// A key while reading, selecting or linking: looked up in that mode's map. Digits bound to
    /// ``Command/countDigit`` build a count for the next command; a key the map does not bind
    /// drops the count and says so in the status line.
    static func readingKey(_ state: inout AppState, _ typed: Key) -> [Effect] {
        let keys = state.keyMap
        let map: ModeKeyMap<Command>
        switch state.keyMode {
        case .selection: map = keys.selection
        case .linking: map = keys.linking
        default: map = keys.reading
        }
        // A full-width form an input method types (？ ／ ： Ｇ １…) is its ASCII key.
        let key = asBound(typed, in: map)
        guard let command = map.command(for: key) else {
            state.count = nil
            state.message = state.strings.unknownKey
            return []
        }
        if command == .countDigit, case .character(let scalar) = key, scalar.isASCII,
           let digit = scalar.properties.numericType == .decimal ? Int(String(scalar)) : nil {
            state.count = min(99_999_999, (state.count ?? 0) * 10 + digit)
            return []
        }
        let count = state.count
        state.count = nil
        return perform(command, count: count, on: &state)
    }

    /// Runs one command with an optional count.
    static func perform(_ command: Command, count: Int?, on state: inout AppState) -> [Effect] {
        guard !state.document.isEmpty || [.help, .legend, .quit, .redraw, .suspend, .togglePane, .narrowPane, .widenPane, .cancel, .countDigit].contains(command) else {
            state.message = state.strings.nothingInAnEmptyText
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
            if let count { state.jump(to: state.paragraphStart(max(1, count) - 1)) } else { state.jump(to: state.textStart, placeAtTop: true) }
        case .bottom:
            if let count { state.jump(to: state.paragraphStart(max(1, count) - 1)) } else { state.jumpToEnd() }
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
        case .toggleSourceView:
            if state.sourceText == nil { state.message = state.strings.noSourceText } else { state.showsSource.toggle() }
        case .enterSource: state.enterSource()
        case .nextSource: state.jumpToSource(forward: true, times: times)
        case .previousSource: state.jumpToSource(forward: false, times: times)
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
        case .readAnnotation:
            if let focused = state.focusedAnnotation { state.mode = .card(CardState(id: focused.id)) } else { state.message = state.strings.noAnnotationHere }
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
        case .annotate, .editAnnotation, .deleteAnnotation, .undo, .link, .review, .copyNote, .reply, .resolveConflict:
            return NoteActions.perform(command, on: &state)
        case .nextDisagreement: state.jumpToDisagreement(forward: true, times: times)
        case .previousDisagreement: state.jumpToDisagreement(forward: false, times: times)
        case .toggleHints:
            return state.toggleHints()
        case .toggleConversion: return state.toggleConversion()
        case .toggleOriginal: return state.toggleOriginal()
        case .lookUpWord: state.lookUpWord()
        case .underlineVocabulary: state.toggleVocabularyUnderline()
        case .vocabulary:
            if state.vocabulary.isEmpty { state.message = state.strings.vocabularyEmpty } else { state.mode = .vocabulary(selection: 0) }
        case .cancel:
            state.selectionAnchor = nil
            state.keptSelection = nil
            state.pendingLinkID = nil
        case .countDigit:
            // A digit that neither starts nor continues a count: a 0 typed alone.
            state.message = state.strings.unknownKey
        case .redraw: return [.redrawAll]
        case .suspend: return [.savePosition(offset: state.textCursor), .suspend]
        case .quit: return [.savePosition(offset: state.textCursor), .quit]
        }
        return []
    }
}
