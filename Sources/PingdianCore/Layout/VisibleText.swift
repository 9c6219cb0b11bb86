/// Text made safe to print on one terminal line, for output that is not laid out (listings).
public enum VisibleText {
    /// `text` with each control and bidi scalar replaced by its visible placeholder (`␛`, `␊`, `�`…)
    /// as the reader draws them, and a tab by a space, so printing it cannot move the cursor,
    /// start an escape sequence or reorder the line.
    public static func line(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                result.append(" ")
            } else {
                result.append(Placeholder.symbol(for: scalar) ?? scalar)
            }
        }
        return String(result)
    }
}
