import PingdianCore

/// A memo of laid-out paragraphs for one set of layout options.
///
/// Layout is a pure function of (document, paragraph, options); the cache only remembers
/// results, so a reader of a 50 MB text lays out the paragraphs it shows and no others.
/// It is a reference shared by copies of the state, and is used from one thread.
public final class LayoutCache {
    private var options: LayoutOptions?
    private var paragraphs: [Int: ParagraphLayout] = [:]

    public init() {}

    /// The layout of a paragraph for the given options, computed once.
    public func layout(_ paragraph: Int, of document: TextDocument, options: LayoutOptions) -> ParagraphLayout {
        if options != self.options {
            self.options = options
            paragraphs.removeAll(keepingCapacity: true)
        }
        if let cached = paragraphs[paragraph] { return cached }
        let layout = LineLayout.layout(paragraph: paragraph, of: document, options: options)
        paragraphs[paragraph] = layout
        return layout
    }

    /// Forgets every layout (the text changed).
    public func removeAll() {
        paragraphs.removeAll()
    }
}
