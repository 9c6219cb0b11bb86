import Foundation

/// Turns any text into Markdown that shows exactly that text, in every CommonMark renderer and in
/// Ink (which does not honour backslash escapes before `*` or `<`).
///
/// Characters that start Markdown syntax become numeric character references (`*` → `&#42;`,
/// `<` → `&lt;`; tabs too, which Ink would drop), which CommonMark decodes to the literal
/// character and never reads as syntax.
/// At the start of a line, the characters that open a block (`-` `+` `=` `#`, `1.`, indentation)
/// are escaped the same way. Line breaks inside a text become hard breaks (a backslash at the
/// end of the line), so a note keeps its lines without starting a new paragraph. Control and bidi
/// characters become the pictures the reader shows (``Placeholder/exportSymbol(for:)``), so
/// that the file is inert in a terminal too.
enum MarkdownEscaping {
    /// Escapes the characters that are syntax anywhere in a line, and `extra` ones. Newlines are kept.
    static func inline(_ text: String, alsoEscaping extra: Set<Unicode.Scalar> = []) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "*", "_", "~", "`", "[", "]", "\\", "|", "\t":
                result += "&#\(scalar.value);"
            default:
                if extra.contains(scalar) {
                    result += "&#\(scalar.value);"
                } else {
                    result.unicodeScalars.append(Placeholder.exportSymbol(for: scalar) ?? scalar)
                }
            }
        }
        return result
    }

    /// A text that must stay inside one line (an id, a kind): line breaks and tabs become
    /// spaces (``ExportLines/flattened(_:)``), then ``inline(_:alsoEscaping:)``.
    static func oneLine(_ text: String) -> String {
        inline(ExportLines.flattened(text))
    }

    /// One line (no newline in it), escaped so that it stays text wherever a line of a paragraph
    /// or a block quote starts: leading blanks and block markers become character references.
    static func line(_ text: String, alsoEscaping extra: Set<Unicode.Scalar> = []) -> String {
        var scalars = Array(text.unicodeScalars)
        var lead = ""
        // Indentation would make a code block (or be dropped): keep it as references. Ink also
        // skips other white space (U+3000, U+00A0…) before a list marker: those too.
        while let first = scalars.first, first == " " || first == "\t" || first.properties.isWhitespace {
            lead += "&#\(first.value);"
            scalars.removeFirst()
        }
        guard let first = scalars.first else { return lead }
        if first == "-" || first == "+" || first == "=" || first == "#" {
            return lead + "&#\(first.value);" + inline(String(String.UnicodeScalarView(scalars.dropFirst())), alsoEscaping: extra)
        }
        // `1.` or `1)` starts an ordered list: escape the punctuation after the digits. Digits
        // are what Ink takes for them, characters (grapheme clusters, marks and all) for which
        // `Character.isNumber` holds: `一1. 項` and `一̀1. 項` are lists in Ink.
        let characters = Array(String(String.UnicodeScalarView(scalars)))
        let digits = characters.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count < characters.count, characters[digits.count] == "." || characters[digits.count] == ")" {
            let rest = String(characters[(digits.count + 1)...])
            return lead + inline(String(digits), alsoEscaping: extra) + "&#\(characters[digits.count].unicodeScalars.first!.value);"
                + inline(rest, alsoEscaping: extra)
        }
        return lead + inline(String(String.UnicodeScalarView(scalars)), alsoEscaping: extra)
    }

    /// A text of one or more lines as the lines of one paragraph, joined by hard breaks; blank
    /// lines at either end are dropped, blank lines inside are kept as empty broken lines.
    static func paragraph(_ text: String) -> String {
        lines(of: text).map { line($0) }.joined(separator: "\\\n")
    }

    /// A text as the lines of a block quote: each line behind `> `, a blank line as a lone `>`.
    static func blockQuote(_ text: String) -> String {
        lines(of: text).map { $0.isEmpty ? ">" : "> " + line($0) }.joined(separator: "\n")
    }

    /// A heading's text: one line, `#` escaped everywhere (a closing `#` would be dropped).
    static func heading(_ text: String) -> String {
        let flat = lines(of: text).joined(separator: " ")
        return line(flat, alsoEscaping: ["#"])
    }

    /// The lines of a text (split at LF, CRLF or CR), without blank lines at either end.
    static func lines(of text: String) -> [String] {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var lines = normalized.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
        return lines
    }
}
