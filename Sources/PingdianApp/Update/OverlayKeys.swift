import PingdianCore
import TerminalKit

extension Reader {
    /// Keys in the filter of kinds: move, toggle, all, none, close.
    static func filterKey(_ state: inout AppState, _ key: Key, selection: Int) {
        let kinds = state.kinds
        guard !kinds.isEmpty else {
            state.mode = .reading
            return
        }
        var selected = max(0, min(selection, kinds.count - 1))
        switch key {
        case .character("j"), .down: selected = min(kinds.count - 1, selected + 1)
        case .character("k"), .up: selected = max(0, selected - 1)
        case .character("g"), .home: selected = 0
        case .character("G"), .end: selected = kinds.count - 1
        case .character(" "), .enter, .character("x"):
            let key = kinds[selected].key
            if state.annotations.hiddenKinds.contains(key) {
                state.annotations.hiddenKinds.remove(key)
            } else {
                state.annotations.hiddenKinds.insert(key)
            }
        case .character("a"): state.annotations.hiddenKinds = []
        case .character("n"): state.annotations.hiddenKinds = Set(kinds.map(\.key))
        case .escape, .character("q"), .character("f"):
            state.mode = .reading
            return
        default: break
        }
        state.mode = .filter(selection: selected)
    }

    /// Keys in the outline: move, narrow with `/`, jump with Enter, close.
    static func outlineKey(_ state: inout AppState, _ key: Key, outline: OutlineState) {
        var outline = outline
        if outline.isEditingQuery {
            switch key {
            case .character(let scalar): outline.query.unicodeScalars.append(scalar)
            case .backspace, .delete:
                if outline.query.isEmpty { outline.isEditingQuery = false } else { outline.query.removeLast() }
            case .enter: outline.isEditingQuery = false
            case .escape:
                outline.query = ""
                outline.isEditingQuery = false
            default: break
            }
            outline.selection = 0
            outline.scroll = 0
            state.mode = .outline(outline)
            return
        }
        let entries = state.outlineEntries(query: outline.query)
        let listHeight = max(1, state.size.rows - 3)
        switch key {
        case .character("j"), .down: outline.selection += 1
        case .character("k"), .up: outline.selection -= 1
        case .character(" "), .pageDown, .control("f"), .control("d"): outline.selection += listHeight
        case .character("b"), .pageUp, .control("b"), .control("u"): outline.selection -= listHeight
        case .character("g"), .home: outline.selection = 0
        case .character("G"), .end: outline.selection = entries.count - 1
        case .character("/"):
            outline.isEditingQuery = true
            outline.query = ""
        case .enter:
            state.mode = .reading
            if entries.indices.contains(outline.selection), let range = entries[outline.selection].range {
                state.jump(to: range.lowerBound)
                state.focusedAnnotationID = entries[outline.selection].id
            }
            return
        case .escape, .character("q"), .character("o"):
            if key == .escape, !outline.query.isEmpty {
                outline.query = ""
            } else {
                state.mode = .reading
                return
            }
        default: break
        }
        outline.selection = max(0, min(outline.selection, entries.count - 1))
        if outline.selection < outline.scroll { outline.scroll = outline.selection }
        if outline.selection >= outline.scroll + listHeight { outline.scroll = outline.selection - listHeight + 1 }
        state.mode = .outline(outline)
    }
}
