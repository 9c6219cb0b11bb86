import DictionaryFormat
import PingdianCore
import TerminalKit

extension AppState {
    /// `K`: the selection, or the word at the cursor, looked up in the dictionary; the pane shows
    /// its entries (``LookupState``).
    mutating func lookUpWord() {
        guard let dictionary else {
            message = strings.noDictionary
            return
        }
        if let selected = selection, !selected.isEmpty {
            selectionAnchor = nil
            keptSelection = nil
            showLookup(LookupState(range: selected, result: dictionary.lookUp(phrase: document.text(in: selected))))
            return
        }
        guard let found = lookUp(at: cursor, in: dictionary) else {
            message = strings.nothingToLookUp
            return
        }
        showLookup(found)
    }

    /// The lookup at `offset`: the headwords starting there, else the characters of its word;
    /// nil on white space or punctuation alone.
    func lookUp(at offset: Int, in dictionary: any WordDictionary) -> LookupState? {
        guard let index = document.paragraphIndex(containing: offset) else { return nil }
        let paragraph = document.paragraphs[index].range
        guard offset < paragraph.upperBound, document.scalars[offset].isWordScalar else { return nil }
        let scalars = Array(document.scalars[paragraph])
        let word = rows.segment(.word, containing: offset)
        let result = dictionary.lookUp(scalars, at: offset - paragraph.lowerBound,
                                       word: (word.lowerBound - paragraph.lowerBound)..<(word.upperBound - paragraph.lowerBound))
        return LookupState(range: offset..<min(paragraph.upperBound, offset + result.phrase.unicodeScalars.count), result: result)
    }

    /// Shows a lookup: the pane turns into its entries and the cursor goes to the word.
    mutating func showLookup(_ lookup: LookupState) {
        mode = .lookup(lookup)
        moveCursor(to: lookup.range.lowerBound, jump: false)
        message = lookup.result.isEmpty ? strings.notInDictionary(lookup.result.phrase) : nil
        if let problem = lookup.result.problems.first {
            // A dictionary of the reader's that could not be read: said once, the others still used.
            message = strings.dictionaryNotUsed(problem, more: lookup.result.problems.count - 1)
        }
    }

    /// `a` while a word is looked up: the word, with this occurrence, saved to the vocabulary
    /// (once per occurrence), in the state file through the effect.
    mutating func saveWord(_ lookup: LookupState) -> [Effect] {
        guard !original.isShown else {
            message = strings.notesOnTextOnly
            return []
        }
        let word = document.text(in: lookup.range)
        let anchor = TextAnchor.make(range: lookup.range, in: document)
        if vocabulary.contains(where: { $0.word == word && $0.anchor.start == anchor.start }) {
            message = strings.wordAlreadySaved(word)
            return []
        }
        notesCreated += 1
        let entry = VocabularyEntry(id: "\(noteIDPrefix)-word-\(notesCreated)", word: word, anchor: anchor)
        vocabulary.append(entry)
        message = strings.wordSaved(word, count: vocabulary.count)
        return [.changeWord(.saveWord(entry))]
    }

    /// How far the lookup's entries scroll: until their last row is the pane's last.
    func lookupScrollLimit(_ lookup: LookupState) -> Int {
        let pane = regions.pane
        var whole = lookup
        whole.scroll = 0
        let rows = lookupPage(whole, width: pane.width - 2, height: Int.max / 2).count
        return max(0, rows - pane.height)
    }

    /// The next (previous) word after (before) the one looked up, looked up in turn; nil at an end.
    func neighbourLookup(of lookup: LookupState, forward: Bool, in dictionary: any WordDictionary) -> LookupState? {
        var offset = forward ? lookup.range.upperBound : lookup.range.lowerBound - 1
        while offset >= 0, offset < document.scalarCount, !document.scalars[offset].isWordScalar {
            offset += forward ? 1 : -1
        }
        guard offset >= 0, offset < document.scalarCount else { return nil }
        if !forward { offset = rows.segment(.word, containing: offset).lowerBound }
        return lookUp(at: offset, in: dictionary)
    }
}

extension Update {
    /// A key while a word is looked up: the next or previous word, scrolling, closing.
    static func lookupKey(_ state: inout AppState, _ command: LookupCommand, lookup: LookupState) -> [Effect] {
        var lookup = lookup
        switch command {
        case .quit: return quit(state)
        case .close:
            state.mode = .reading
            return []
        case .nextWord, .previousWord:
            guard let dictionary = state.dictionary,
                  let next = state.neighbourLookup(of: lookup, forward: command == .nextWord, in: dictionary) else {
                state.message = command == .nextWord ? state.strings.endOfText : state.strings.topOfText
                break
            }
            state.showLookup(next)
            return []
        case .saveWord:
            return state.saveWord(lookup)
        case .down: lookup.scroll = min(lookup.scroll + 1, state.lookupScrollLimit(lookup))
        case .up: lookup.scroll = max(0, lookup.scroll - 1)
        }
        state.mode = .lookup(lookup)
        return []
    }
}

extension Unicode.Scalar {
    /// Whether the scalar can be part of a word to look up: not white space, not punctuation.
    var isWordScalar: Bool {
        !properties.isWhitespace && !(properties.generalCategory.isPunctuation || properties.generalCategory == .otherSymbol
            || properties.generalCategory == .mathSymbol)
    }
}

extension Unicode.GeneralCategory {
    fileprivate var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
}
