import PingdianCore
import TerminalKit

extension Update {
    /// A key: the map of the state's mode (``AppState/keyMode``) says which command it runs, and
    /// that mode's function below runs it. Nothing is decided before the map — not even Ctrl-C,
    /// which each map binds (quit; cancel in the editor and the search prompt). A key a mode does
    /// not bind changes nothing but the status line's message, except for the one documented
    /// fallthrough: a printable character in a mode that takes text (the note editor, the search
    /// prompt, the outline's query) is typed in.
    static func handleKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        state.message = nil
        let inList = !state.keyMode.isReadingView
        let countBefore = state.count
        let effects = dispatchKey(&state, key)
        // In a list, a count lasts until the key after its digits (reading keeps its own).
        if inList, state.count == countBefore { state.count = nil }
        return effects
    }

    /// ``handleKey(_:_:)`` without the list's count bookkeeping.
    private static func dispatchKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        let keys = state.keyMap
        switch state.mode {
        case .reading:
            return readingKey(&state, key)
        case .help(let scroll):
            guard let command = bound(key, in: keys.help, &state) else { return [] }
            return scrollKey(&state, command, scroll: scroll) { .help(scroll: $0) }
        case .legend(let scroll):
            guard let command = bound(key, in: keys.legend, &state) else { return [] }
            return scrollKey(&state, command, scroll: scroll) { .legend(scroll: $0) }
        case .card(let card):
            guard let command = bound(key, in: keys.card, &state) else { return [] }
            return scrollKey(&state, command, scroll: card.scroll) { .card(CardState(id: card.id, scroll: $0)) }
        case .filter(let selection):
            guard let command = bound(key, in: keys.filter, &state) else { return [] }
            return filterKey(&state, command, selection: selection)
        case .outline(let outline) where outline.isEditingQuery:
            return outlineQueryKey(&state, key, outline: outline)
        case .outline(let outline):
            guard let command = bound(key, in: keys.outline, &state) else { return [] }
            return outlineKey(&state, command, outline: outline)
        case .review(let review):
            guard let command = bound(key, in: keys.review, &state) else { return [] }
            return reviewKey(&state, command, review: review)
        case .pickKind(let picker):
            guard let command = bound(key, in: keys.pickKind, &state) else { return [] }
            return kindPickerKey(&state, command, key: asBound(key, in: keys.pickKind), picker: picker)
        case .editNote(let editor):
            return editorKey(&state, key, editor: editor)
        case .searching(let prompt):
            return searchKey(&state, key, prompt: prompt)
        case .source(let focus) where focus.query != nil:
            return sourceQueryKey(&state, key, focus: focus)
        case .source(let focus):
            guard let command = bound(key, in: keys.source, &state) else { return [] }
            return sourceKey(&state, command, focus: focus)
        case .vocabulary(let selection):
            guard let command = bound(key, in: keys.vocabulary, &state) else { return [] }
            return vocabularyKey(&state, command, selection: selection)
        case .lookup(let lookup):
            guard let command = bound(key, in: keys.lookup, &state) else { return [] }
            return lookupKey(&state, command, lookup: lookup)
        case .pickVersion(let picker):
            guard let command = bound(key, in: keys.pickVersion, &state) else { return [] }
            return versionPickerKey(&state, command, key: asBound(key, in: keys.pickVersion), picker: picker)
        case .pickVerdict(let picker):
            guard let command = bound(key, in: keys.pickVerdict, &state) else { return [] }
            return verdictPickerKey(&state, command, key: asBound(key, in: keys.pickVerdict), picker: picker)
        case .pickExport(let selection):
            guard let command = bound(key, in: keys.pickExport, &state) else { return [] }
            return exportPickerKey(&state, command, key: asBound(key, in: keys.pickExport), selection: selection)
        }
    }

    /// The command `key` runs in `map` — a full-width form an input method types runs what its
    /// ASCII key runs (``Key/halfWidth``) — or nil, with the status line saying so, when it runs
    /// none.
    static func bound<C>(_ key: Key, in map: ModeKeyMap<C>, _ state: inout AppState) -> C? {
        if let command = map.command(for: asBound(key, in: map)) { return command }
        state.message = state.strings.keyNotBoundHere
        return nil
    }

    /// ``bound(_:in:_:)`` for a list mode: a digit of a count is taken here (nil returned).
    static func bound<C: ListModeCommand>(_ key: Key, in map: ModeKeyMap<C>, _ state: inout AppState) -> C? {
        let key = asBound(key, in: map)
        guard let command = map.command(for: key) else {
            state.message = state.strings.keyNotBoundHere
            return nil
        }
        if command.listCommand == .countDigit, case .character(let scalar) = key, let digit = Int(String(scalar)) {
            state.count = min(9_999, (state.count ?? 0) * 10 + digit)
            return nil
        }
        return command
    }

    /// `key` as `map` binds it: a full-width form the map does not bind is its ASCII key.
    static func asBound<C>(_ key: Key, in map: ModeKeyMap<C>) -> Key {
        map.command(for: key) == nil ? key.halfWidth ?? key : key
    }

    /// Saves the position and stops: `q` while reading, Ctrl-C in every list.
    static func quit(_ state: AppState) -> [Effect] {
        [.savePosition(offset: state.textCursor), .quit]
    }

    /// A page of a list overlay: the rows under its title.
    static func listPage(_ state: AppState) -> Int { max(1, state.size.rows - 3) }

    /// Keys in a scrolled overlay (help, legend, an annotation in full): the rows scroll as in less; closing goes back
    /// to reading.
    private static func scrollKey(_ state: inout AppState, _ command: ListCommand, scroll: Int,
                                  mode: (Int) -> AppState.Mode) -> [Effect] {
        let page = listPage(state)
        let times = max(1, state.count ?? 1)
        let scrolled: Int
        switch command {
        case .down: scrolled = scroll + times
        case .up: scrolled = max(0, scroll - times)
        case .pageDown: scrolled = scroll + page * times
        case .pageUp: scrolled = max(0, scroll - page * times)
        case .top: scrolled = max(0, (state.count ?? 1) - 1)
        case .bottom: scrolled = state.count.map { max(0, $0 - 1) } ?? Int.max / 2
        case .countDigit: return []
        case .close:
            state.mode = .reading
            return []
        case .quit: return quit(state)
        }
        // Clamped here, so that `k` after `G` scrolls up from the last page at once.
        state.mode = mode(min(scrolled, max(0, state.frame.page.count - (state.size.rows - 1))))
        return []
    }
}

extension ListCommand {
    /// The selected row of a list of `count` rows, `page` of them on screen, after this move
    /// (``close`` and ``quit`` leave it).
    /// With `times` (a count typed before the key): that many rows or pages, or row `times`
    /// for the ends (`3G`, `3g`).
    func moved(_ selection: Int, count: Int, page: Int, times: Int? = nil) -> Int {
        let moved: Int
        let repeats = max(1, times ?? 1)
        switch self {
        case .down: moved = selection + repeats
        case .up: moved = selection - repeats
        case .pageDown: moved = selection + page * repeats
        case .pageUp: moved = selection - page * repeats
        case .top: moved = times.map { $0 - 1 } ?? 0
        case .bottom: moved = times.map { $0 - 1 } ?? count - 1
        case .close, .quit, .countDigit: moved = selection
        }
        return max(0, min(moved, count - 1))
    }
}

extension Key {
    /// The row a digit chooses in a picker: 1–9 the first nine, 0 the tenth.
    var pickerRow: Int? {
        guard case .character(let scalar) = self, scalar.isASCII, let digit = Int(String(scalar)) else { return nil }
        return digit == 0 ? 9 : digit - 1
    }
}
