/// How values from the layer and the text are written inside a problem's one-line message.
enum ProblemText {
    /// The text in double quotes, with newlines, tabs, quotes, backslashes and other control
    /// characters escaped so that the message stays one line, and cut to `limit` scalars with
    /// `…` (at the start when `keepingEnd`, for text that leads up to something).
    static func quoted(_ text: String, limit: Int = 32, keepingEnd: Bool = false) -> String {
        var scalars = Array(text.unicodeScalars)
        var cutAtStart = false
        var cutAtEnd = false
        if scalars.count > limit {
            if keepingEnd {
                scalars = Array(scalars.suffix(limit))
                cutAtStart = true
            } else {
                scalars = Array(scalars.prefix(limit))
                cutAtEnd = true
            }
        }
        var result = "\""
        if cutAtStart { result += "…" }
        for scalar in scalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x2028...0x2029).contains(scalar.value) {
                    result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        if cutAtEnd { result += "…" }
        return result + "\""
    }

    /// `1 scalar`, `12 scalars`.
    static func scalars(_ count: Int) -> String {
        "\(count) scalar\(count == 1 ? "" : "s")"
    }
}
