/// Writes an export as a CSV table for spreadsheets: RFC 4180 (CRLF after every record, fields
/// quoted when needed, quotes doubled), UTF-8 with a byte-order mark so that spreadsheets show the
/// Chinese, one header row then one row per annotation in reading order (orphans last).
///
/// Columns (``columns``): `id`, `layer`, `kind` (the key), `kind label` (in the language asked
/// for), `paragraph` (1-based; empty for an orphan), `start` and `end` (scalar offsets, half-open;
/// empty for an orphan), `quote`, `note`, `links` (`type:target`, separated by `; `), `creator`
/// (who made it; empty when not recorded), `reply to` (the id a reply answers).
/// A field starting with `=` `+` `-` `@`, tab or CR gets a leading `'` against formula
/// injection (``CSVField``); see Docs/export.md.
public enum CSVExporter {
    /// The names of the columns, in order, as the header row gives them.
    public static let columns = ["id", "layer", "kind", "kind label", "paragraph", "start", "end", "quote", "note", "links", "creator", "reply to"]

    /// The bytes of the CSV file: the UTF-8 byte-order mark, then the records.
    public static func export(_ document: ExportDocument, language: UILanguage) -> [UInt8] {
        var text = record(columns)
        for annotation in document.annotations {
            text += record([
                annotation.id,
                annotation.layer.rawValue,
                annotation.kindKey,
                annotation.kindLabel(in: language),
                annotation.paragraph.map { String($0 + 1) } ?? "",
                annotation.range.map { String($0.lowerBound) } ?? "",
                annotation.range.map { String($0.upperBound) } ?? "",
                annotation.quote,
                annotation.note ?? "",
                annotation.links.map { "\($0.type.rawValue):\($0.target)" }.joined(separator: "; "),
                annotation.creator ?? "",
                annotation.replyTo ?? "",
            ])
        }
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }

    /// One record: the fields encoded, separated by commas, ended by CRLF.
    static func record(_ fields: [String]) -> String {
        fields.map(CSVField.encode).joined(separator: ",") + "\r\n"
    }
}
