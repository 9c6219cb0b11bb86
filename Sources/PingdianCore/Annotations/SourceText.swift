/// A text the reader supplies as the source of a text's attributions (`--source`), with the
/// place of each attribution's source words in it, found as annotations are (exact, then
/// approximate: a copy saved from the web may differ in its quotes and spaces).
public struct SourceText: Sendable {
    /// The source text.
    public let document: TextDocument
    /// Where each annotation's source words are in it, by annotation id; absent when not found.
    public let places: [String: Range<Int>]

    /// Finds the source words of `annotations` in `document`.
    public init(document: TextDocument, annotations: [Annotation]) {
        self.document = document
        var places: [String: Range<Int>] = [:]
        for annotation in annotations {
            guard let words = annotation.source?.words, !words.isEmpty else { continue }
            let anchor = TextAnchor(exact: words, prefix: "", suffix: "", start: 0, end: words.unicodeScalars.count)
            if let range = anchor.resolve(in: document).range { places[annotation.id] = range }
        }
        self.places = places
    }
}
