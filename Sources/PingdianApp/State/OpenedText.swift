import PingdianCore

/// A text as the runtime hands it to the reader once it is read in full: the exact document and
/// what was loaded for it — annotations, cue hints, search, the saved position, warnings
/// (``Action/textOpened(_:)``).
public struct OpenedText {
    /// The exact text (a provisional document shown meanwhile is replaced by it).
    public var document: TextDocument
    /// The curated layer and the reader's notes, resolved against `document`.
    public var annotations: AnnotationSet
    /// The cue hints, suggested a paragraph at a time as they are drawn; nil for none.
    public var hints: HintLayer?
    /// The text search; nil for none (`/` then says the key is not available).
    public var searchEngine: (any SearchEngine)?
    /// The saved reading position, found in `document`; nil for none.
    public var savedOffset: Int?
    /// What the reader is told about the opening, the first of them in the status line.
    public var warnings: [OpeningWarning]
    /// The source text given with `--source`, its attributions' places found in it; nil for none.
    public var sourceText: SourceText?
    /// The conversion layer of a converted text, resolved with the conversion taxonomy; nil for none.
    public var conversion: AnnotationSet?
    /// The dictionary for `K`; nil for none.
    public var dictionary: (any WordDictionary)?
    /// The words the reader saved, as the state file holds them.
    public var vocabulary: [VocabularyEntry] = []

    public init(
        document: TextDocument, annotations: AnnotationSet, hints: HintLayer? = nil,
        searchEngine: (any SearchEngine)? = nil, savedOffset: Int? = nil, warnings: [OpeningWarning] = [],
        sourceText: SourceText? = nil, conversion: AnnotationSet? = nil, dictionary: (any WordDictionary)? = nil,
        vocabulary: [VocabularyEntry] = []
    ) {
        self.dictionary = dictionary
        self.vocabulary = vocabulary
        self.sourceText = sourceText
        self.conversion = conversion
        self.document = document
        self.annotations = annotations
        self.hints = hints
        self.searchEngine = searchEngine
        self.savedOffset = savedOffset
        self.warnings = warnings
    }
}

/// Something wrong found while opening a text that the reader is told about (in its interface
/// language) without stopping.
public enum OpeningWarning: Hashable, Sendable {
    /// The text had this many invalid UTF-8 sequences, shown as U+FFFD.
    case invalidUTF8(count: Int)
    /// The layer found next to the text could not be read: its name and why.
    case layerNotShown(file: String, FileFormatError)
    /// The state file will not be written this session: why, and the name of the copy kept of
    /// a corrupt one.
    case stateFileReadOnly(StateFileError, copy: String?)
    /// Another reader's file (`--with`) is not shown: which, and why (in English, from the file's reader).
    case otherReaderLeftOut(file: String, reason: String)
    /// Another reader's file was made on another text: its notes found again by their words, or not.
    case otherReaderOnAnotherText(file: String, found: Int, notFound: Int)
}

extension AppState {
    /// Takes in the text as read in full (``Action/textOpened(_:)``): replaces a provisional
    /// document, goes to the saved position unless the reader moved meanwhile, and sets up the
    /// annotations, hints and search. The status line says what moved and was lost, unless
    /// something is wrong: then the first warning takes its place.
    mutating func open(_ opened: OpenedText) {
        let hasMoved = cursor != viewAtStart.cursor || top != viewAtStart.top
        replaceDocument(with: opened.document)
        if !hasMoved, let offset = opened.savedOffset, offset != cursor { restore(offset: offset) }
        moveAnnotations = opened.annotations
        conversionAnnotations = opened.conversion
        conversionLoaded = opened.conversion != nil
        dictionary = opened.dictionary
        vocabulary = opened.vocabulary
        if opened.conversion == nil { showsConversion = false }
        hints.layer = opened.hints
        hints.count = nil
        hints.countRequested = false
        searchEngine = opened.searchEngine
        sourceText = opened.sourceText
        announceReanchoring()
        if let warning = opened.warnings.first {
            message = strings.warning(warning) + (opened.warnings.count > 1 ? strings.moreWarnings(opened.warnings.count - 1) : "")
        }
    }
}

extension UIStrings {
    /// The status line's words for an opening warning.
    public func warning(_ warning: OpeningWarning) -> String {
        switch warning {
        case .invalidUTF8(let count): return invalidUTF8(count)
        case .layerNotShown(let file, let error): return layerNotShown(file + pick("：", ": ") + formatError(error))
        case .stateFileReadOnly(let error, let copy): return positionNotSaved(stateFileProblem(error) + (copy.map(copyKept) ?? ""))
        case .otherReaderLeftOut(let file, let reason): return otherReaderLeftOut(file, reason)
        case .otherReaderOnAnotherText(let file, let found, let notFound): return otherReaderOnAnotherText(file, found, notFound)
        }
    }
}
