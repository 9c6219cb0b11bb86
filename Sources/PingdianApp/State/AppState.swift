import PingdianCore
import TerminalKit

/// Everything the reader shows and remembers while it runs. Outside PingdianApp it is read-only
/// (every stored property is `internal(set)`): the only way to change it is ``update(_:)``.
public struct AppState {
    /// What the screen is showing.
    public enum Mode: Hashable, Sendable {
        case reading
        /// The key help, scrolled down by this many rows.
        case help(scroll: Int)
        /// The legend of move kinds, scrolled down by this many rows.
        case legend(scroll: Int)
        /// An annotation read in full (`i`).
        case card(CardState)
        /// The filter of kinds, with the selected row.
        case filter(selection: Int)
        /// The outline of annotations.
        case outline(OutlineState)
        /// Choosing the kind of a new or edited note.
        case pickKind(KindPicker)
        /// Writing a note.
        case editNote(NoteEditor)
        /// Reviewing annotations that moved or were lost when the text changed.
        case review(ReviewState)
        /// Choosing an export format, with the selected row.
        case pickExport(selection: Int)
        /// Typing a search (`/`).
        case searching(SearchPrompt)
        /// Moving and selecting in the source text (`@`).
        case source(SourceFocus)
        /// Choosing the verdict of an attribution.
        case pickVerdict(VerdictPicker)
        /// A word looked up in the dictionary (`K`), its entries in the pane.
        case lookup(LookupState)
        /// The words saved from the dictionary (`W`), with the selected row.
        case vocabulary(selection: Int)
        /// Choosing between the versions of a note changed in two places (`M`).
        case pickVersion(VersionPicker)
    }

    /// The text being read (provisional while a large text is still being read: see
    /// ``replaceDocument(with:)``).
    public internal(set) var document: TextDocument
    /// The rhetorical layer and the reader's own notes, with the move kinds that style them.
    public internal(set) var moveAnnotations: AnnotationSet
    /// The conversion layer (Docs/provenance.md) with its own kinds; nil for a text without one,
    /// or before the first `C` loads it (``conversionLoaded``).
    public internal(set) var conversionAnnotations: AnnotationSet?
    /// Whether the conversion layer was looked for (the first `C` asks the runtime: opening never does).
    public internal(set) var conversionLoaded = false
    /// The words the reader saved from the dictionary (`K`, then `a`), as the state file holds them.
    public internal(set) var vocabulary: [VocabularyEntry] = []
    /// Whether the saved words are underlined wherever the text has them (`U`).
    public internal(set) var underlinesVocabulary = false
    /// The dictionary `K` looks words up in; nil where the runtime set none up.
    public internal(set) var dictionary: (any WordDictionary)?
    /// The reconstructed original of a converted text and whether it is shown (`~`).
    public internal(set) var original = OriginalState()
    /// Whether the conversion layer is shown (`C`) in place of the rhetorical one: the text's
    /// highlights, the pane, jumps, the outline, the legend and the filter are then its own.
    public internal(set) var showsConversion = false
    /// The annotations shown over the text: the rhetorical layer and the reader's notes, or the
    /// conversion layer while `C` shows it.
    public internal(set) var annotations: AnnotationSet {
        get { showsConversion ? conversionAnnotations ?? moveAnnotations : moveAnnotations }
        set { if showsConversion, conversionAnnotations != nil { conversionAnnotations = newValue } else { moveAnnotations = newValue } }
    }
    /// The cue hints: their layer, whether `H` shows them, their count over the whole text.
    public internal(set) var hints = CueHints()
    /// The interface language's strings.
    public internal(set) var strings: UIStrings
    /// The keys.
    public let keyMap: KeyMap
    /// How many colours the terminal shows.
    public internal(set) var colorCapability: ColorCapability
    /// Display options for the text (the width comes from the screen).
    public internal(set) var indentParagraphs: Bool
    public internal(set) var punctuation: PunctuationStyle

    /// The size of the screen.
    public internal(set) var size: TerminalSize
    /// Whether the annotation pane is wanted (it may still not fit).
    public internal(set) var showPane = true
    /// Preferred pane width beside the text, and height under it.
    public internal(set) var paneColumns: Int
    /// Columns the reader added to the pane's width with `>` (taken away with `<`), kept across
    /// resizes: the width is recomputed for each size, then adjusted by this.
    public internal(set) var paneColumnsAdjustment = 0
    /// The pane's height under the text as the reader set it with `<` `>`; nil: a third of the
    /// screen (see ``ScreenRegions``).
    public internal(set) var paneRows: Int?
    /// The source text given with `--source` (Docs/sources.md); nil for none.
    public internal(set) var sourceText: SourceText?
    /// Whether the pane shows the source passage of the focused attribution (`O`) instead of
    /// the annotations.
    public internal(set) var showsSource = false
    /// Where the source text's cursor was left (`@` comes back there when the passage under
    /// the essay's cursor has no source words in it).
    public internal(set) var sourceCursor = 0
    /// Laid-out paragraphs of the source text, remembered.
    let sourceLayoutCache = LayoutCache()
    /// The rows the pane's content takes when it is under the text at its default height: it
    /// shrinks to them (``refreshFrame()``); nil until measured.
    public internal(set) var paneContentRows: Int?

    /// The first row of the text pane.
    public internal(set) var top = RowPosition(paragraph: 0, row: 0)
    /// The focused place: a scalar offset at the start of a glyph.
    public internal(set) var cursor = 0
    /// The offset that a change of layout keeps in the top line, while the view has not moved
    /// since: successive resizes then come back to the same place instead of drifting.
    var layoutAnchor: (offset: Int, top: RowPosition)?
    /// The column the cursor tries to keep when moving by lines.
    public internal(set) var desiredColumn: Int?
    /// While a selection is being made: its fixed end (the cursor is the moving end).
    public internal(set) var selectionAnchor: Int?
    /// A selection ended with `v`: kept, still shown, for `a` — until Esc or a new selection.
    public internal(set) var keptSelection: Range<Int>?
    /// The annotation a link starts from (`r` pressed once).
    public internal(set) var pendingLinkID: String?
    /// Where the mouse button went down in the text, while it is down.
    public internal(set) var mouseDownOffset: Int?
    /// An orphaned note waiting for a new selection to be attached to (from the review).
    public internal(set) var reattachID: String?
    /// The text search (folding Chinese scripts and widths); nil where none is set up.
    public internal(set) var searchEngine: (any SearchEngine)?
    /// The last search, for `n` and `N` and the highlights.
    public internal(set) var lastSearch: String?
    /// The count of the last search's matches, once the runtime has counted them.
    public internal(set) var matchCount: MatchCount?
    /// The export formats the runtime offers for `E`: a name and a one-line description each.
    public internal(set) var exportFormats: [ExportFormat] = []
    /// Moved annotations the reader accepted in the review this session.
    public internal(set) var acceptedMoves: Set<String> = []
    /// Changes to the reader's notes, newest last, for `u`.
    public internal(set) var undoStack: [NoteChange] = []
    /// Makes note ids unique across running copies: chosen once per session by the runtime.
    public internal(set) var noteIDPrefix = "note"
    /// Who the reader is: the `creator` of every note made this session; nil until the runtime
    /// says (``Action/authorKnown(_:)``), or when nothing names the reader.
    public internal(set) var author: String?
    /// How many notes this session created, for their ids.
    public internal(set) var notesCreated = 0
    /// The annotation that a jump focused, while the cursor stays inside it.
    public internal(set) var focusedAnnotationID: String?
    /// A number typed before a command (vim's count).
    public internal(set) var count: Int?
    public internal(set) var mode: Mode = .reading
    public internal(set) var jumps = JumpList()
    /// A one-line message for the status line, cleared by the next key.
    public internal(set) var message: String?
    /// Laid-out paragraphs, remembered.
    let layoutCache = LayoutCache()
    /// What the text pane shows, produced after every update (``refreshFrame()``) for the views.
    public internal(set) var frame = TextFrame()
    /// The cursor and the top row as the reader opened: a text opened provisionally goes to its
    /// saved position when the exact text arrives only if the reader has not moved since.
    var viewAtStart: (cursor: Int, top: RowPosition) = (0, RowPosition(paragraph: 0, row: 0))

    /// A reader for a document, at the start of the text or at `startOffset` (a saved position).
    public init(
        document: TextDocument,
        annotations: AnnotationSet = AnnotationSet(),
        language: UILanguage = .english,
        size: TerminalSize = TerminalSize(columns: 100, rows: 30),
        colorCapability: ColorCapability = .palette256,
        indentParagraphs: Bool = false,
        punctuation: PunctuationStyle = .original,
        keyMap: KeyMap = .standard,
        exportFormats: [ExportFormat] = [],
        noteIDPrefix: String = "note",
        startOffset: Int? = nil
    ) {
        self.document = document
        self.moveAnnotations = annotations
        self.strings = UIStrings(language, keys: keyMap)
        self.size = size
        self.colorCapability = colorCapability
        self.indentParagraphs = indentParagraphs
        self.punctuation = punctuation
        self.keyMap = keyMap
        self.paneColumns = Self.defaultPaneColumns(for: size)
        self.exportFormats = exportFormats
        self.noteIDPrefix = noteIDPrefix
        self.cursor = document.paragraphs.first?.range.lowerBound ?? 0
        if let startOffset { restore(offset: startOffset) }
        self.viewAtStart = (cursor, top)
        refreshFrame()
    }

    /// The pane's width beside the text at a size, before the reader adjusts it: a third.
    static func defaultPaneColumns(for size: TerminalSize) -> Int { max(28, size.columns * 34 / 100) }

    /// Where the parts of the screen go now.
    public var regions: ScreenRegions {
        ScreenRegions(size: size, showPane: showPane, paneColumns: paneColumns, paneRows: paneRows, paneContentRows: paneContentRows)
    }

    /// The text's rows for the current screen and options.
    public var rows: TextRows {
        var rows = TextRows(
            document: document,
            options: LayoutOptions(width: regions.lineWidth, indentParagraphs: indentParagraphs, punctuation: punctuation),
            cache: layoutCache)
        rows.dictionary = dictionary
        return rows
    }

    /// Rows of text the text pane shows at once.
    public var textHeight: Int { max(1, regions.text.height) }

    /// The index of the paragraph the cursor is in.
    public var cursorParagraph: Int { document.paragraphIndex(containing: cursor) ?? 0 }
}

extension AppState.Mode {
    /// Whether the text stays on screen under this mode (the picker and the editor are boxes over it).
    public var showsText: Bool {
        switch self {
        case .reading, .pickKind, .editNote, .pickExport, .searching, .source, .pickVerdict, .lookup, .pickVersion: return true
        default: return false
        }
    }
}
