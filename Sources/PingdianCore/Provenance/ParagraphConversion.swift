/// One paragraph's reconstructed original cut into the pieces its conversion is made of, and
/// the words the converter put in (``ConvertedText``), in offsets from the paragraph's start.
struct ParagraphConversion {
    struct Word {
        let range: Range<Int>
        let original: String
        let characterLevel: String
        let converted: String
    }

    /// The paragraph's original.
    private(set) var original: [Unicode.Scalar] = []
    /// Text and original ranges, in order.
    private(set) var pieces: [ConvertedText.Piece] = []
    private(set) var words: [Word] = []

    init(text: [Unicode.Scalar], configuration: ConversionConfiguration) {
        let string = String(String.UnicodeScalarView(text))
        guard let back = PhraseConversion.convert(string, configuration.backward),
              PhraseConversion.convert(back, configuration.forward) == string else {
            // Not this configuration's output (or not converted at all): one piece, no words.
            original = Array((PhraseConversion.convert(string, configuration.backward) ?? string).unicodeScalars)
            pieces = [ConvertedText.Piece(text: 0..<text.count, original: 0..<original.count)]
            return
        }
        original = Array(back.unicodeScalars)
        // Stretches that convert alone: the original cut at every place no phrase spans.
        var stretches: [Range<Int>] = []
        var start = 0
        for place in 1...max(1, original.count) where place == original.count || !Self.phraseSpans(place, in: original, configuration) {
            stretches.append(start..<place)
            start = place
        }
        if original.isEmpty { stretches = [] }
        // A stretch whose phrases differ from its characters is widened to the converter's whole
        // word: the fewest neighbouring stretches (left first) with which the text's word,
        // converted back alone, gives the original's (智慧 alone stays 智慧; 人工智慧 gives 人工智能).
        var merged: [(range: Range<Int>, isWord: Bool)] = []
        var index = 0
        while index < stretches.count {
            let stretch = stretches[index]
            let piece = Self.string(original[stretch])
            guard Self.convert(piece, configuration.forward) != Self.convert(piece, configuration.characterLevel) else {
                merged.append((stretch, false))
                index += 1
                continue
            }
            let (left, right) = Self.widening(at: index, of: stretches, in: original, configuration, before: merged.count)
            var low = stretch.lowerBound
            for _ in 0..<left { low = merged.removeLast().range.lowerBound }
            let high = stretches[index + right].upperBound
            merged.append((low..<high, true))
            index += right + 1
        }
        var textOffset = 0
        var assembled = ""
        for (range, isWord) in merged {
            let piece = Self.string(original[range])
            let converted = Self.convert(piece, configuration.forward)
            let length = converted.unicodeScalars.count
            let textRange = textOffset..<(textOffset + length)
            pieces.append(ConvertedText.Piece(text: textRange, original: range))
            if isWord {
                let characters = Self.convert(piece, configuration.characterLevel)
                if characters != converted {
                    words.append(Word(range: textRange, original: piece, characterLevel: characters, converted: converted))
                }
            }
            assembled += converted
            textOffset += length
        }
        if assembled != string {
            // The pieces do not add up to the text (a phrase longer than the window): one piece.
            pieces = [ConvertedText.Piece(text: 0..<text.count, original: 0..<original.count)]
            words = []
        }
    }

    /// How many stretches to the left and right of stretch `index` the converter's word takes:
    /// the fewest (up to six, left first) with which the word, converted back alone, is the
    /// original's; none when no such widening is found. `before` stretches lie to the left.
    private static func widening(at index: Int, of stretches: [Range<Int>], in original: [Unicode.Scalar],
                                 _ configuration: ConversionConfiguration, before: Int) -> (left: Int, right: Int) {
        for extra in 0...6 {
            for left in stride(from: min(extra, before, index), through: 0, by: -1) {
                let right = extra - left
                guard index + right < stretches.count else { continue }
                let range = stretches[index - left].lowerBound..<stretches[index + right].upperBound
                let word = string(original[range])
                if convert(convert(word, configuration.forward), configuration.backward) == word { return (left, right) }
            }
        }
        return (0, 0)
    }

    /// Whether a phrase spans `place` of `original`: converting the stretch around it whole
    /// differs from converting its two halves apart.
    private static func phraseSpans(_ place: Int, in original: [Unicode.Scalar], _ configuration: ConversionConfiguration) -> Bool {
        let left = string(original[max(0, place - ConvertedText.window)..<place])
        let right = string(original[place..<min(original.count, place + ConvertedText.window)])
        let forward = configuration.forward
        return convert(left + right, forward) != convert(left, forward) + convert(right, forward)
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars))
    }

    private static func convert(_ text: String, _ configuration: PhraseConversion.Configuration) -> String {
        PhraseConversion.convert(text, configuration) ?? text
    }
}
