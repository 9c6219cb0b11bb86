import PingdianCore

/// Wraps interface text (notes, quotes, messages) with the same Chinese line breaking as the
/// essay, so a note in the pane breaks where a Chinese reader expects and shows controls as
/// placeholders.
enum TextWrapping {
    /// The lines of `text` for `width` columns; each line of the text starts a new line.
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        let document = TextDocument(title: "", text: text)
        let options = LayoutOptions(width: width)
        return document.paragraphs.indices.flatMap { index in
            LineLayout.layout(paragraph: index, of: document, options: options).lines.map(\.displayText)
        }
    }
}
