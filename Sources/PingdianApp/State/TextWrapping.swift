import PingdianCore
import Synchronization

/// Wraps interface text (notes, quotes, messages, help) with the same Chinese line breaking as
/// the essay, so a note in the pane breaks where a Chinese reader expects and shows controls as
/// placeholders.
///
/// The frame wraps the pane's card and the page shown after every action, mostly the same texts
/// at the same width; each wrapping is kept (up to ``cacheLimit`` of them, then forgotten all at
/// once), so a key costs a look-up, not an ICU line breaking.
enum TextWrapping {
    private struct Request: Hashable {
        let text: String
        let width: Int
    }

    /// How many wrappings are kept before the memo starts afresh.
    static let cacheLimit = 4096
    private static let cache = Mutex<[Request: [String]]>([:])

    /// The lines of `text` for `width` columns; each line of the text starts a new line.
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        let request = Request(text: text, width: width)
        if let known = cache.withLock({ $0[request] }) { return known }
        let document = TextDocument(title: "", text: text)
        let options = LayoutOptions(width: width)
        let lines = document.paragraphs.indices.flatMap { index in
            LineLayout.layout(paragraph: index, of: document, options: options).lines.map(\.displayText)
        }
        cache.withLock { cache in
            if cache.count >= cacheLimit { cache.removeAll(keepingCapacity: true) }
            cache[request] = lines
        }
        return lines
    }
}
