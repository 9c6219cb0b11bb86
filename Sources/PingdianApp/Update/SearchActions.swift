import PingdianCore
import TerminalKit

extension Update {
    /// Keys while typing a search: characters are typed into the query (IME input too) and the
    /// view follows the first match as you type; the map's keys delete, accept (Enter) and go back
    /// to where the search started (Esc, Ctrl-C).
    static func searchKey(_ state: inout AppState, _ key: Key, prompt: SearchPrompt) -> [Effect] {
        var prompt = prompt
        if let command = state.keyMap.search.command(for: key) {
            switch command {
            case .deleteBackward:
                guard !prompt.query.isEmpty else {
                    state.cancelSearch(prompt)
                    return []
                }
                prompt.query.removeLast()
            case .cancel:
                state.cancelSearch(prompt)
                return []
            case .accept:
                return state.acceptSearch(prompt)
            }
        } else if case .character(let scalar) = key {
            prompt.query.unicodeScalars.append(scalar)
        } else {
            state.message = state.strings.keyNotBoundHere
            return []
        }
        state.mode = .searching(prompt)
        state.previewSearch(prompt)
        return []
    }
}

extension AppState {
    /// The terms to highlight in the text: what is being typed, else the last text search.
    var highlightedSearch: String? {
        if case .searching(let prompt) = mode { return prompt.searchesAnnotations || prompt.terms.isEmpty ? nil : prompt.terms }
        guard let last = lastSearch, !last.hasPrefix("@") else { return nil }
        return last
    }

    /// Opens the search prompt at the cursor.
    mutating func startSearch() {
        guard searchEngine != nil else {
            message = strings.searchUnavailable
            return
        }
        mode = .searching(SearchPrompt(originCursor: cursor, originTop: top))
    }

    /// Moves the view to the first match after where the search started (incremental search).
    mutating func previewSearch(_ prompt: SearchPrompt) {
        cursor = prompt.originCursor
        top = prompt.originTop
        guard !prompt.terms.isEmpty, !prompt.searchesAnnotations, let match = firstMatch(of: prompt.terms, after: prompt.originCursor) else { return }
        moveCursor(to: match.range.lowerBound, jump: true)
    }

    /// Puts the cursor and the view back where the search started.
    mutating func cancelSearch(_ prompt: SearchPrompt) {
        cursor = prompt.originCursor
        top = prompt.originTop
        mode = .reading
    }

    /// Accepts the typed search: jumps to its first match after where it started.
    mutating func acceptSearch(_ prompt: SearchPrompt) -> [Effect] {
        mode = .reading
        cursor = prompt.originCursor
        top = prompt.originTop
        guard !prompt.terms.isEmpty else { return [] }
        lastSearch = prompt.query
        matchCount = nil
        return goToMatch(forward: true, from: prompt.originCursor)
    }

    /// `n` and `N`: the next or previous match of the last search, wrapping at the ends.
    mutating func repeatSearch(forward: Bool) -> [Effect] {
        guard lastSearch != nil else {
            message = strings.noSearchYet
            return []
        }
        return goToMatch(forward: forward, from: cursor)
    }

    /// Jumps to the next match of the last search from `offset`, says when it wrapped, and asks
    /// for the matches to be counted when they have not been yet.
    private mutating func goToMatch(forward: Bool, from offset: Int) -> [Effect] {
        guard let query = lastSearch else { return [] }
        let annotationSearch = query.hasPrefix("@")
        let terms = annotationSearch ? String(query.dropFirst()) : query
        let matchedAnnotation = annotationSearch ? annotationMatch(of: terms, from: offset, forward: forward) : nil
        let found = annotationSearch ? matchedAnnotation.flatMap { match in match.annotation.range.map { ($0, match.wrapped) } }
                                     : textMatch(of: terms, from: offset, forward: forward)
        guard let (range, wrapped) = found else {
            message = strings.notFound(terms)
            return []
        }
        jump(to: range.lowerBound)
        // The annotation that matched, not another on the same words.
        if let matchedAnnotation { focusedAnnotationID = matchedAnnotation.annotation.id }
        if wrapped { message = forward ? strings.searchWrappedToTop : strings.searchWrappedToBottom }
        guard !annotationSearch else { return [] }
        if var count = matchCount, count.query == terms {
            let step = forward ? 1 : -1
            count.index = ((count.index - 1 + step) % count.total + count.total) % count.total + 1
            count.matchStart = range.lowerBound
            matchCount = count
            return []
        }
        return [.countMatches(query: terms, matchStart: range.lowerBound)]
    }

    /// The first text match of `terms` after (or before) `offset`, and whether the search wrapped.
    private func textMatch(of terms: String, from offset: Int, forward: Bool) -> (Range<Int>, Bool)? {
        guard let engine = searchEngine else { return nil }
        if let match = engine.nextMatch(of: terms, from: offset, forward: forward) { return (match, false) }
        let restart = forward ? -1 : document.scalarCount + 1
        return engine.nextMatch(of: terms, from: restart, forward: forward).map { ($0, true) }
    }

    /// The first match after where a search started, allowing a wrap (for the preview).
    private func firstMatch(of terms: String, after offset: Int) -> (range: Range<Int>, wrapped: Bool)? {
        textMatch(of: terms, from: offset, forward: true).map { (range: $0.0, wrapped: $0.1) }
    }

    /// The next annotation (of any visible layer) whose quote or note matches `terms`.
    private func annotationMatch(of terms: String, from offset: Int, forward: Bool) -> (annotation: ResolvedAnnotation, wrapped: Bool)? {
        guard let engine = searchEngine else { return nil }
        let candidates = annotations.visiblePlaced.filter { annotation in
            guard let range = annotation.range else { return false }
            return engine.textMatches(terms, in: document.text(in: range)) || engine.textMatches(terms, in: annotation.annotation.note ?? "")
                || engine.textMatches(terms, in: annotation.annotation.source?.words ?? "")
                || engine.textMatches(terms, in: annotations.readerName(of: annotation) ?? "")
        }
        let ordered = forward ? candidates : candidates.reversed()
        // From the annotation focused at the cursor when it matches: the next in reading order,
        // so that two that start at one place (two readers' notes on the same words) are both reached.
        if let focused = focusedAnnotation, focused.range?.lowerBound == offset,
           let position = ordered.firstIndex(where: { $0.id == focused.id }) {
            return position + 1 < ordered.count ? (ordered[position + 1], false) : (ordered[0], true)
        }
        let after = ordered.first { annotation in
            guard let start = annotation.range?.lowerBound else { return false }
            return forward ? start > offset : start < offset
        }
        if let after { return (after, false) }
        return ordered.first.map { ($0, true) }
    }
}
