import Foundation

/// One field of an RFC 4180 CSV record, made safe to open in a spreadsheet.
public enum CSVField {
    /// The characters that make a spreadsheet read a cell as a formula (OWASP's list): `=` `+`
    /// `-` `@`, tab and carriage return.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `text` as a field: a `'` put before it when it starts with a formula character (so that
    /// `=cmd|' /C calc'!A0` stays text), then quoted, with quotes doubled, when it holds a comma,
    /// a quote, CR or LF.
    public static func encode(_ text: String) -> String {
        var field = text
        if let first = field.unicodeScalars.first, formulaStarts.contains(first) { field = "'" + field }
        guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
