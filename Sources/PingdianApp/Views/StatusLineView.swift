import CellWidth
import PingdianCore
import TerminalKit

/// Draws the status line: title, paragraph n/N, per cent read, a message, and the help key (in
/// help and the legend, their own keys; a message too long for the line pushes the facts out).
struct StatusLineView {
    let state: AppState
    let theme: Theme

    func draw(into grid: inout CellGrid, in rect: Rect) {
        guard !rect.isEmpty else { return }
        grid.fill(rect, style: theme.statusLine)
        let strings = state.strings
        var facts: [String] = []
        if !state.document.isCounted {
            // A large text's lines are still being counted: its length is not known yet.
            facts.append(strings.paragraphCounting(state.cursorParagraph + 1))
        } else if !state.document.isEmpty {
            facts.append(strings.paragraph(state.cursorParagraph + 1, of: state.document.paragraphs.count))
            facts.append("\(state.frame.cursorPercent)%")
        }
        if let count = state.matchCount, count.query == state.lastSearch, count.matchStart == state.cursor {
            facts.append(strings.matchCounter(count.index, of: count.total))
        }
        if state.original.isShown { facts.append(strings.originalOn) }
        if state.showsConversion { facts.append(strings.conversionOn) }
        if state.annotations.isFiltered { facts.append(strings.filterOn) }
        if state.hints.isShown {
            if let count = state.hints.count {
                facts.append(strings.hintsCounted(count))
            } else {
                facts.append(state.hints.countRequested ? strings.hintsCounting : strings.hintsOn)
            }
        }
        if let count = state.count { facts.append(String(count)) }
        var right = facts.joined(separator: "  ") + "  " + strings.helpHint + " "
        switch state.mode {
        case _ where typedQuery != nil:
            // The search line's keys instead of the help key (`?` is typed there), while the
            // prompt keeps room for a query.
            let keys = facts.joined(separator: "  ") + "  " + state.keyMap.footer(state.keyMode, in: strings) + " "
            right = CellWidth.of(keys) <= rect.width - 24 ? keys : facts.joined(separator: "  ") + " "
        case .help, .legend, .card:
            // Inside help, the legend or an annotation read in full: how to move and close it, on every page, not "? help".
            let keys = state.keyMap.footer(state.keyMode, in: strings)
            right = TextFitting.truncate(keys, toColumns: max(1, rect.width - 2)) + " "
        default:
            // A message that would be cut keeps its room: the facts give way, the help key stays.
            if let message = state.message, CellWidth.of(message) + 3 > rect.width - CellWidth.of(right) {
                right = strings.helpHint + " "
            }
        }
        let rightWidth = CellWidth.of(right)
        let rightX = max(rect.x, rect.maxX - rightWidth)
        grid.write(right, x: rightX, y: rect.y, style: theme.statusLine, clip: rect)
        let leftRoom = rightX - rect.x - 2
        guard leftRoom > 0 else { return }
        if let query = typedQuery {
            grid.write(" /" + TextFitting.truncate(query, toColumns: leftRoom - 3) + "▏", x: rect.x, y: rect.y, style: theme.statusMessage, clip: rect)
        } else if state.message == nil, let mode = modeLine {
            grid.write(" " + TextFitting.truncate(mode, toColumns: leftRoom - 1), x: rect.x, y: rect.y, style: theme.statusMessage, clip: rect)
        } else if let message = state.message {
            // A path in a long message gives way first (its file name stays), then the end.
            let fitted = TextFitting.shorteningPath(message, toColumns: leftRoom - 1)
            grid.write(" " + TextFitting.truncate(fitted, toColumns: leftRoom - 1), x: rect.x, y: rect.y, style: theme.statusMessage, clip: rect)
        } else {
            grid.write(" " + TextFitting.truncate(state.document.title, toColumns: leftRoom - 1), x: rect.x, y: rect.y, style: theme.statusLine, clip: rect)
        }
    }

    /// A search being typed: the text's (`/`) or the source text's.
    private var typedQuery: String? {
        switch state.mode {
        case .searching(let prompt): return prompt.query
        case .source(let focus): return focus.query
        default: return nil
        }
    }

    /// What the reader is in the middle of, while no message is shown: a selection being made or
    /// kept, a link started — so that a mode never hides behind the title.
    private var modeLine: String? {
        let strings = state.strings
        if case .source = state.mode { return strings.sourceModeLine(state.keyMap.footer(.source, in: strings)) }
        if case .lookup = state.mode { return strings.lookupModeLine(state.keyMap.footer(.lookup, in: strings)) }
        guard case .reading = state.mode else { return nil }
        if state.selectionAnchor != nil { return strings.selectingLine }
        if state.pendingLinkID != nil { return strings.linkingLine }
        if state.keptSelection != nil { return strings.selectionKeptLine }
        return nil
    }
}
