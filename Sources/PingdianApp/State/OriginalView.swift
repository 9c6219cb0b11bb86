import PingdianCore

/// A converted text's reconstructed original, as the runtime hands it to the reader (`~`,
/// Docs/provenance.md): the map between the two and a search over the original.
public struct OriginalText: @unchecked Sendable {
    /// The original and the map between it and the text.
    public let converted: ConvertedText
    /// The search over the original (Traditional finds Simplified, as in the text).
    public let searchEngine: (any SearchEngine)?
    /// The round trips of the text's paragraphs (``ConversionCheck``); nil when not checked.
    public let check: ConversionCheck?

    public init(converted: ConvertedText, searchEngine: (any SearchEngine)?, check: ConversionCheck?) {
        self.converted = converted
        self.searchEngine = searchEngine
        self.check = check
    }

    /// Whether the text is a converted one; if not, the "original" is only the text in Simplified.
    public var isConverted: Bool { check?.verdict == .converted }
}

/// What the reader shows of the text while the original is shown in its place: the text itself,
/// kept to come back to, with its annotations and search.
struct TextInPlaceOfOriginal {
    let document: TextDocument
    var moveAnnotations: AnnotationSet
    var conversionAnnotations: AnnotationSet?
    let searchEngine: (any SearchEngine)?
    let hintsShown: Bool
}

/// The reader's state of the original (`~`): not asked for, being reconstructed, or at hand;
/// and whether it is shown.
public struct OriginalState {
    /// The original, once the runtime reconstructed it.
    public internal(set) var text: OriginalText?
    /// Whether the reconstruction was asked for and is running.
    public internal(set) var isReconstructing = false
    /// Whether the original is to be shown once it is reconstructed (`~` asked for it; `C` only
    /// wants the round trips for the legend).
    public internal(set) var showsWhenReady = false
    /// While the original is shown: the text it stands in for.
    var shownInPlaceOf: TextInPlaceOfOriginal?
    /// Whether the original is shown in place of the text.
    public var isShown: Bool { shownInPlaceOf != nil }
}
