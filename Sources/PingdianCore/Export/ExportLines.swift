import Foundation

/// Line breaks as the line-based formats (brat, Argdown) see them.
enum ExportLines {
    /// Whether Python's `str.splitlines` (and so brat) ends a line at this scalar.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// A text on one line: each line break (CRLF counts once) and tab becomes a space; spaces at
    /// either end are dropped.
    static func flattened(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if scalar == "\n" && previous == "\r" { continue }
            result.append(isLineBreak(scalar) || scalar == "\t" ? " " : scalar)
        }
        return String(result).trimmingCharacters(in: .whitespaces)
    }
}
