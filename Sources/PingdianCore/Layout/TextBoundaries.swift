/// Word, sentence and line boundaries of a stretch of a document, in scalar offsets (ICU, zh_Hant).
///
/// For selecting by word or sentence: Chinese words come from ICU's dictionary (我們|還原|一下),
/// so a double-click-like selection picks a word, not a whole run of Han.
public enum TextBoundaries {
    /// Which boundaries to find.
    public enum Kind: Hashable, Sendable, CaseIterable {
        /// Word boundaries; punctuation and runs of spaces are segments of their own.
        case word
        /// Sentence boundaries (after 。！？ and their ASCII forms, with closing quotes kept).
        case sentence
        /// Line-break opportunities before any tailoring (what ICU says, not what the layout does).
        case line
    }

    /// The boundaries of `kind` in `range` of `document`, as sorted document offsets from
    /// `range.lowerBound` to `range.upperBound`, both included (one value for an empty range).
    public static func boundaries(_ kind: Kind, in range: Range<Int>, of document: TextDocument) -> [Int] {
        let range = range.clamped(to: 0..<document.scalarCount)
        let scalars = document.scalars(readyFor: range)
        var utf16: [UInt16] = []
        utf16.reserveCapacity(range.count)
        for scalar in scalars[range] { utf16.append(contentsOf: scalar.utf16) }
        let icuKind: ICUBoundaries.Kind
        switch kind {
        case .word: icuKind = .word
        case .sentence: icuKind = .sentence
        case .line: icuKind = .line
        }
        let breaks = ICUBoundaries.run(icuKind, on: utf16)
        var result = [range.lowerBound]
        result.reserveCapacity(breaks.count + 1)
        // Walk the scalars once, turning UTF-16 offsets into scalar offsets.
        var offset = range.lowerBound
        var position = 0
        for target in breaks {
            while position < Int(target), offset < range.upperBound {
                position += scalars[offset].utf16.count
                offset += 1
            }
            if offset > result[result.count - 1] { result.append(offset) }
        }
        if result[result.count - 1] != range.upperBound { result.append(range.upperBound) }
        return result
    }

    /// The segment of `kind` in `range` of `document` that holds `offset`: the word or sentence
    /// under the cursor. An offset at or past the end gives the last segment; empty for an empty range.
    public static func segment(_ kind: Kind, containing offset: Int, in range: Range<Int>, of document: TextDocument) -> Range<Int> {
        let bounds = boundaries(kind, in: range, of: document)
        guard bounds.count > 1 else { return bounds[0]..<bounds[0] }
        // The first boundary beyond the offset ends the segment.
        var low = 1
        var high = bounds.count - 1
        while low < high {
            let middle = (low + high) / 2
            if bounds[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return bounds[low - 1]..<bounds[low]
    }
}
