import Foundation

/// What an exporter needs beyond the ``ExportDocument``.
public struct ExportOptions: Sendable {
    /// The moment of the export, for formats that record it (Hypothesis's `export_date`).
    public var now: Date
    /// The language of kind labels and other words a format writes for people.
    public var language: UILanguage

    /// Options for an export made `now`, with words in `language`.
    public init(now: Date = Date(), language: UILanguage = .traditionalChinese) {
        self.now = now
        self.language = language
    }
}
