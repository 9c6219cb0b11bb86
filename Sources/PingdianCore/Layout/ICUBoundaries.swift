import CTextEngine

/// The one place that calls the ICU break iterators of the C target (Docs/layout.md §2; why a C
/// target: Docs/design-notes.md, "ICU from C").
public enum ICUBoundaries {
    /// Sets ICU's line breaking up on a thread of its own, which ends once it has: the reader
    /// calls it as it starts, so that the first layout does not pay for it (about 0.2 ms).
    public static func prepareInBackground() {
        pd_prepare_line_breaks_in_background()
    }

    /// Which ICU break iterator to run.
    enum Kind {
        /// Line-break opportunities (UAX #14 with the CJK tailoring of zh_Hant).
        case line
        /// Word boundaries (a dictionary for runs of Han).
        case word
        /// Sentence boundaries.
        case sentence
    }

    /// The boundaries of `kind` in a UTF-16 text as UTF-16 offsets after the start, the end
    /// included; empty for an empty text. One ICU call.
    static func run(_ kind: Kind, on utf16: [UInt16]) -> [Int32] {
        guard !utf16.isEmpty else { return [] }
        precondition(utf16.count < Int(Int32.max), "ICU counts in Int32: a paragraph of 2^31 UTF-16 units is too long")
        let length = Int32(utf16.count)
        var breaks = [Int32](repeating: 0, count: utf16.count)
        let count = utf16.withUnsafeBufferPointer { text in
            breaks.withUnsafeMutableBufferPointer { out in
                switch kind {
                case .line: pd_line_breaks(text.baseAddress, length, out.baseAddress, length)
                case .word: pd_word_breaks(text.baseAddress, length, out.baseAddress, length)
                case .sentence: pd_sentence_breaks(text.baseAddress, length, out.baseAddress, length)
                }
            }
        }
        // ICU failing (no data) leaves only the end: a text that will not break, but is not lost.
        guard count > 0 else { return [length] }
        breaks.removeLast(breaks.count - Int(min(count, length)))
        return breaks
    }
}
