/// The modes whose keys differ, each with its own map in ``KeyMap``: reading (and selecting or
/// linking, which change a few of reading's keys) and each overlay.
public enum KeyMode: Hashable, Sendable, CaseIterable {
    /// Whether the mode is reading's (reading, selecting, linking), which keeps its own count.
    var isReadingView: Bool { self == .reading || self == .selection || self == .linking }

    case reading, selection, linking
    case help, legend, card, filter, outline, outlineQuery, review
    case pickKind, editNote, search, pickExport
    /// The source text with its own cursor (`@`), a search typed in it, and the verdicts.
    case source, sourceQuery, pickVerdict
    /// A word looked up in the dictionary (`K`), and the vocabulary (`W`).
    case lookup, vocabulary
    /// The versions of a note changed in two places (`M`).
    case pickVersion

    /// Whether a printable character that the mode does not bind is typed in (the note editor,
    /// the search prompt, the outline's query) — what those modes' key functions do, each in its
    /// own dispatch (`editorKey`, `searchKey`, `outlineQueryKey`); the key-map tests read it.
    public var takesText: Bool {
        switch self {
        case .editNote, .search, .outlineQuery, .sourceQuery: return true
        default: return false
        }
    }
}

extension AppState {
    /// The mode whose key map the next key goes through.
    public var keyMode: KeyMode {
        switch mode {
        case .reading: return selectionAnchor != nil ? .selection : pendingLinkID != nil ? .linking : .reading
        case .help: return .help
        case .legend: return .legend
        case .card: return .card
        case .filter: return .filter
        case .outline(let outline): return outline.isEditingQuery ? .outlineQuery : .outline
        case .review: return .review
        case .pickKind: return .pickKind
        case .editNote: return .editNote
        case .searching: return .search
        case .pickExport: return .pickExport
        case .source(let focus): return focus.query == nil ? .source : .sourceQuery
        case .pickVerdict: return .pickVerdict
        case .lookup: return .lookup
        case .vocabulary: return .vocabulary
        case .pickVersion: return .pickVersion
        }
    }
}

/// The keys every list and scrolled overlay shares (help, legend, filter, outline, review, the
/// pickers): move, page, the ends, close, quit.
public enum ListCommand: Hashable, Sendable, CaseIterable {
    case down, up, pageDown, pageUp, top, bottom
    /// A digit of a count for the next move (`5j`, `12G`), as while reading.
    case countDigit
    /// Back to reading (a picker cancels its choice).
    case close
    /// Leave pingdian, as `q` does while reading.
    case quit
}

/// The filter of kinds (`f`).
public enum FilterCommand: Hashable, Sendable {
    case list(ListCommand)
    case toggle, showAll, hideAll
    /// Shows only the reader's own notes (again: every note the kinds allow).
    case onlyMine
}

/// The outline (`o`).
public enum OutlineCommand: Hashable, Sendable {
    case list(ListCommand)
    /// Enter: go to the selected annotation.
    case jump
    /// `/`: type a query that narrows the list.
    case narrow
    /// Esc: clear the query; without one, close.
    case clearOrClose
}

/// The outline's query line, while it is typed (other characters are typed into it).
public enum OutlineQueryCommand: Hashable, Sendable {
    case deleteBackward, finish, clear, quit
    /// ↓ ↑: select in the narrowed list while typing (letters are typed into the query).
    case down, up
}

/// The review of moved and lost annotations (`R`).
public enum ReviewCommand: Hashable, Sendable {
    case list(ListCommand)
    case accept, reattach, delete
    /// Accepts every annotation found with the same words at another place.
    case acceptShifts
}

/// The vocabulary (`W`): the words saved from the dictionary.
public enum VocabularyCommand: Hashable, Sendable {
    case list(ListCommand)
    /// Enter: go to the occurrence the word was saved from (`n` `N` then go to its others).
    case jump
    /// Remove the word from the vocabulary.
    case delete
}

/// The kind picker and the export picker.
public enum PickerCommand: Hashable, Sendable {
    case list(ListCommand)
    /// A digit: the row of that number.
    case chooseNumber
    /// Enter: the selected row.
    case choose
}

/// The note editor (other characters are typed into the note).
public enum EditorCommand: Hashable, Sendable, CaseIterable {
    case newLine, tab, deleteBackward, deleteForward
    case left, right, lineStart, lineEnd, up, down
    /// Alt-b, Alt-f, Alt-Backspace: by word, as readline does.
    case wordLeft, wordRight, deleteWordBackward
    case externalEditor, save, cancel
}

/// The source text with its own cursor (`@`, Docs/sources.md).
public enum SourceCommand: Hashable, Sendable, CaseIterable {
    case lineDown, lineUp, characterLeft, characterRight
    /// To the last glyph of the next (previous) word or sentence, as a selection grows.
    case wordForward, wordBackward, sentenceForward, sentenceBackward
    case nextParagraph, previousParagraph, pageDown, pageUp, top, bottom
    /// Starts a selection of the source's words, or ends it.
    case toggleSelection
    /// Makes an attribution of the essay's passage to the selected words: the verdicts next.
    case attribute
    case search, nextMatch, previousMatch
    /// The next (previous) attribution in the essay, its source words in the source.
    case nextSource, previousSource
    /// Back to the essay.
    case back
    /// Esc: drops the selection being made; without one, back to the essay.
    case cancel
    case quit
}

/// A word looked up in the dictionary (`K`).
public enum LookupCommand: Hashable, Sendable, CaseIterable {
    /// The next (previous) word of the text, looked up in turn.
    case nextWord, previousWord
    /// Scroll the entries in the pane.
    case down, up
    /// Save the word, with this occurrence, to the vocabulary.
    case saveWord
    /// Back to reading.
    case close
    case quit
}

/// The search prompt (other characters are typed into the query).
public enum SearchPromptCommand: Hashable, Sendable, CaseIterable {
    case deleteBackward, accept, cancel
}

/// A mode's command that may be one of the shared list keys.
protocol ListModeCommand {
    /// The list key this command is, if it is one.
    var listCommand: ListCommand? { get }
}

extension ListCommand: ListModeCommand {
    var listCommand: ListCommand? { self }
}

extension FilterCommand: ListModeCommand {
    var listCommand: ListCommand? { if case .list(let command) = self { command } else { nil } }
}

extension OutlineCommand: ListModeCommand {
    var listCommand: ListCommand? { if case .list(let command) = self { command } else { nil } }
}

extension ReviewCommand: ListModeCommand {
    var listCommand: ListCommand? { if case .list(let command) = self { command } else { nil } }
}

extension VocabularyCommand: ListModeCommand {
    var listCommand: ListCommand? { if case .list(let command) = self { command } else { nil } }
}

extension PickerCommand: ListModeCommand {
    var listCommand: ListCommand? { if case .list(let command) = self { command } else { nil } }
}
