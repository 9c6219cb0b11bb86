/// A text the reader supplies as the source of a text's attributions (`--source`), with the
/// place of each attribution's source words in it, found as annotations are (exact, then
/// approximate: a copy saved from the web may differ in its quotes and spaces).
public struct SourceText: Sendable {
    /// The source text.
    public let document: TextDocument
    /// Where each annotation's source words are in it, by annotation id; absent when not found.
    public private(set) var places: [String: Range<Int>]
    /// The source's address, recorded in the attributions the reader makes with it: the one
    /// given (`--source-url`), else the address most of the attributions found in it name;
    /// nil when neither says.
    public private(set) var url: String?

    /// Finds the source words of `annotations` in `document`; `url` is the source's address if
    /// the reader gave it.
    public init(document: TextDocument, annotations: [Annotation], url: String? = nil) {
        self.document = document
        self.places = [:]
        self.url = url
        var addresses: [String: Int] = [:]
        for annotation in annotations where place(annotation) {
            if let address = annotation.source?.url { addresses[address, default: 0] += 1 }
        }
        if url == nil { self.url = addresses.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key }
    }

    /// Finds the source words of one annotation (a note the reader just made) and remembers
    /// where they are; returns whether they were found.
    @discardableResult
    public mutating func place(_ annotation: Annotation) -> Bool {
        guard let words = annotation.source?.words, !words.isEmpty else { return false }
        let anchor = TextAnchor(exact: words, prefix: "", suffix: "", start: 0, end: words.unicodeScalars.count)
        guard let range = anchor.resolve(in: document).range else { return false }
        places[annotation.id] = range
        return true
    }
}
