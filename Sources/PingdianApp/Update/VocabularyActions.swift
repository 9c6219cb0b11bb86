import DictionaryFormat
import PingdianCore

extension AppState {
    /// Each saved word with where it is in the text now (nil: no longer found) and how many
    /// times the text has it, for the vocabulary view.
    var vocabularyRows: [(entry: VocabularyEntry, range: Range<Int>?, occurrences: Int)] {
        vocabulary.map { entry in
            (entry, entry.anchor.resolve(in: document).range, occurrences(of: entry.word))
        }
    }

    /// Every occurrence of a saved word that overlaps `range` (the lines shown).
    func vocabularyOccurrences(in range: Range<Int>) -> [Range<Int>] {
        let words = Set(vocabulary.map(\.word)).map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
        guard !words.isEmpty else { return [] }
        let longest = words.map(\.count).max() ?? 1
        let start = max(0, range.lowerBound - longest + 1)
        let end = min(document.scalarCount, range.upperBound + longest - 1)
        let scalars = document.scalars(readyFor: start..<end)
        var found: [Range<Int>] = []
        for offset in start..<end {
            for word in words where offset + word.count <= end && scalars[offset] == word[0]
                && scalars[offset..<(offset + word.count)].elementsEqual(word) {
                found.append(offset..<(offset + word.count))
            }
        }
        return found
    }

    /// `U`: the saved words underlined wherever the text has them, and no longer.
    mutating func toggleVocabularyUnderline() {
        guard !vocabulary.isEmpty else {
            message = strings.vocabularyEmpty
            return
        }
        underlinesVocabulary.toggle()
        message = underlinesVocabulary ? strings.vocabularyUnderlined(vocabulary.count) : strings.vocabularyNotUnderlined
    }

    /// How many times the text has `word` (exactly as written); 0 in a text of more than a
    /// million characters, not counted there.
    func occurrences(of word: String) -> Int {
        let target = Array(word.unicodeScalars)
        guard !target.isEmpty, document.scalarCount <= 1_000_000 else { return 0 }
        let scalars = document.scalars
        var count = 0
        var offset = 0
        while offset + target.count <= scalars.count {
            if scalars[offset] == target[0], scalars[offset..<(offset + target.count)].elementsEqual(target) {
                count += 1
                offset += target.count
            } else {
                offset += 1
            }
        }
        return count
    }
}

extension Update {
    /// The vocabulary: move, go to a word's occurrence (its other occurrences then with `n` `N`),
    /// remove a word, close.
    static func vocabularyKey(_ state: inout AppState, _ command: VocabularyCommand, selection: Int) -> [Effect] {
        let count = state.vocabulary.count
        var selected = max(0, min(selection, count - 1))
        switch command {
        case .list(.quit): return quit(state)
        case .list(.close):
            state.mode = .reading
            return []
        case .list(let move): selected = move.moved(selected, count: count, page: listPage(state), times: state.count)
        case .jump:
            guard state.vocabulary.indices.contains(selected) else { break }
            let entry = state.vocabulary[selected]
            state.mode = .reading
            guard let range = entry.anchor.resolve(in: state.document).range else {
                state.message = state.strings.wordNotFound(entry.word)
                return []
            }
            state.jump(to: range.lowerBound)
            // n and N go to the word's other occurrences: it is the last search now.
            state.lastSearch = entry.word
            state.message = state.strings.wordJumped(entry.word)
            return []
        case .delete:
            guard state.vocabulary.indices.contains(selected) else { break }
            let entry = state.vocabulary.remove(at: selected)
            state.message = state.strings.wordRemoved(entry.word)
            if state.vocabulary.isEmpty { state.mode = .reading } else { state.mode = .vocabulary(selection: min(selected, state.vocabulary.count - 1)) }
            return [.changeWord(.removeWord(id: entry.id))]
        }
        state.mode = .vocabulary(selection: selected)
        return []
    }
}
