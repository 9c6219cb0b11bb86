import PingdianCore

/// The cue hints of a text, suggested a paragraph at a time as paragraphs come on screen.
///
/// `H` on a 50 MB text cannot wait for the suggestions of every sentence (15 s); a suggestion
/// never leaves its sentence, so the hints of the paragraphs drawn are exactly the ones a pass
/// over the whole text would give there. The layer remembers each paragraph's hints, resolved
/// as an ``AnnotationIndex`` of their own. Like ``LayoutCache`` it is a reference shared by
/// copies of the state and used from one thread; what needs every hint (their number) comes
/// from a pass in the background (``Effect/countHints``).
public final class HintLayer {
    /// The hints (as annotations of the hints layer) of a range of paragraph indices.
    public typealias Suggest = (Range<Int>) -> [Annotation]

    private let document: TextDocument
    private let taxonomy: Taxonomy
    private let suggest: Suggest
    private var byParagraph: [Int: AnnotationIndex] = [:]

    /// A layer over `document` whose paragraphs' hints come from `suggest`, styled by `taxonomy`.
    public init(document: TextDocument, taxonomy: Taxonomy, suggest: @escaping Suggest) {
        self.document = document
        self.taxonomy = taxonomy
        self.suggest = suggest
    }

    /// How many paragraphs' hints have been suggested so far.
    public var paragraphsDone: Int { byParagraph.count }

    /// The hints that touch `range`, by position, suggesting those of its paragraphs not seen yet.
    public func overlapping(_ range: Range<Int>) -> [ResolvedAnnotation] {
        guard let first = document.paragraphIndex(containing: range.lowerBound),
              let last = document.paragraphIndex(containing: max(range.lowerBound, range.upperBound - 1)) else { return [] }
        return (first...last).flatMap { index(ofParagraph: $0).annotations(overlapping: range) }
    }

    /// The hints of one paragraph, suggested the first time they are asked for.
    private func index(ofParagraph paragraph: Int) -> AnnotationIndex {
        if let known = byParagraph[paragraph] { return known }
        let index = AnnotationIndex(annotations: suggest(paragraph..<paragraph + 1), document: document, taxonomy: taxonomy)
        byParagraph[paragraph] = index
        return index
    }
}

/// The reader's cue hints (`H`): a separate, fainter layer of suggestions, never mixed with the
/// annotations.
public struct CueHints {
    /// The layer, suggested a paragraph at a time as `H` shows them; nil where the runtime set
    /// none up.
    public internal(set) var layer: HintLayer?
    /// Whether `H` shows them.
    public internal(set) var isShown = false
    /// How many the whole text has, once the runtime counted them (``Effect/countHints``).
    public internal(set) var count: Int?
    /// Whether the count was asked for (once, at the first `H`).
    public internal(set) var countRequested = false

    /// Hints over a layer, hidden and not counted yet.
    public init(layer: HintLayer? = nil) {
        self.layer = layer
    }
}
