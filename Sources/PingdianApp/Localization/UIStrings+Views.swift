import PingdianCore

extension UIStrings {
    /// The one line shown on a terminal smaller than the reader needs.
    public func tooSmall(columns: Int, rows: Int, minimumColumns: Int, minimumRows: Int) -> String {
        pick("終端機太小（\(columns)×\(rows)，至少要 \(minimumColumns)×\(minimumRows)）",
             "terminal too small (\(columns)×\(rows) < \(minimumColumns)×\(minimumRows))")
    }

    /// The same without the sizes, for a terminal too small even for that.
    public var tooSmallShort: String { pick("終端機太小", "terminal too small") }

    /// How the legend names a monochrome style of a kind.
    public func styleWord(_ style: MonochromeStyle) -> String {
        switch style {
        case .bold: return pick("粗體", "bold")
        case .dim: return pick("淡色", "dim")
        case .italic: return pick("斜體", "italic")
        case .underline: return pick("底線", "underline")
        case .reverse: return pick("反白", "reverse")
        case .standout: return pick("醒目", "standout")
        }
    }

    /// A kind's monochrome styles as the legend lists them ("bold+underline"; "plain" for none).
    public func styleWords(_ styles: [MonochromeStyle]) -> String {
        styles.isEmpty ? pick("無", "plain") : styles.map(styleWord).joined(separator: "+")
    }
}
