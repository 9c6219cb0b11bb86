/// A converted text and its reconstructed original, word for word: where each stretch of the
/// text came from in the original, and the words the converter put in that the original did not
/// have (Docs/provenance.md).
///
/// The original is the text converted back (`tw2sp` for `s2twp`). OpenCC converts by matching
/// the longest phrase of its dictionaries at each place; where no phrase spans a place, the text
/// converts as two halves. The map finds those places (a stretch is split where converting the
/// halves apart gives what converting them together gives) and so cuts the original into
/// *pieces* that convert on their own; a piece whose phrase-level conversion differs from its
/// character-level one (``ConversionConfiguration/characterLevel``) is a word the converter put
/// in, widened to the original's whole words (ICU's, so 智能 in 人工智能 is 人工智能).
public struct ConvertedText: Sendable {
    /// One stretch of the text and the stretch of the original it came from.
    public struct Piece: Hashable, Sendable {
        /// Scalar offsets in the text.
        public let text: Range<Int>
        /// Scalar offsets in the original.
        public let original: Range<Int>
    }

    /// A word the converter put in: the original's word, its character-level form, and the
    /// converter's word that the text has.
    public struct ConverterWord: Hashable, Sendable {
        /// Where the converter's word is in the text.
        public let range: Range<Int>
        /// The original's word (Simplified): 人工智能.
        public let original: String
        /// The original's word in Traditional characters, as a character-level conversion gives
        /// it: 人工智能.
        public let characterLevel: String
        /// The converter's word, as the text has it: 人工智慧.
        public let converted: String
    }

    /// The configuration the text was converted with.
    public let configuration: ConversionConfiguration
    /// The reconstructed original, paragraph for paragraph with the text.
    public let original: TextDocument
    /// The pieces, in order, covering every paragraph of the text (and of the original).
    public let pieces: [Piece]
    /// The words the converter put in, in text order.
    public private(set) var converterWords: [ConverterWord]

    /// The longest phrase looked for across a place: OpenCC's dictionaries have none longer.
    static let window = 8

    /// Reconstructs the original of `document`, converted with `configuration`; nil when OpenCC
    /// cannot be used here. A paragraph that does not round-trip is one piece, without words.
    public init?(document: TextDocument, configuration: ConversionConfiguration) {
        guard PhraseConversion.isAvailable else { return nil }
        self.configuration = configuration
        let scalars = document.scalars
        var originalScalars: [Unicode.Scalar] = []
        originalScalars.reserveCapacity(scalars.count)
        var pieces: [Piece] = []
        var words: [ConverterWord] = []
        var copied = 0
        for paragraph in document.paragraphs {
            // What lies between paragraphs (line breaks) is the same in both.
            originalScalars += scalars[copied..<paragraph.range.lowerBound]
            copied = paragraph.range.upperBound
            let text = Array(scalars[paragraph.range])
            let found = ParagraphConversion(text: text, configuration: configuration)
            let textStart = paragraph.range.lowerBound
            let originalStart = originalScalars.count
            for piece in found.pieces {
                pieces.append(Piece(text: (piece.text.lowerBound + textStart)..<(piece.text.upperBound + textStart),
                                    original: (piece.original.lowerBound + originalStart)..<(piece.original.upperBound + originalStart)))
            }
            for word in found.words {
                words.append(ConverterWord(range: (word.range.lowerBound + textStart)..<(word.range.upperBound + textStart),
                                           original: word.original, characterLevel: word.characterLevel, converted: word.converted))
            }
            originalScalars += found.original
        }
        originalScalars += scalars[copied...]
        self.original = TextDocument(title: document.title, scalars: originalScalars, convention: document.paragraphConvention)
        self.pieces = pieces
        self.converterWords = []
        self.converterWords = widenedToCommonContext(words, text: scalars, original: originalScalars)
    }

    /// The words, each kind of one or two characters that occurs more than once widened by the
    /// Han characters (to four in all) that stand next to it at every place: OpenCC's entry is
    /// 智能 → 智慧, but where all eighteen are in 人工智能 the reader is shown 人工智慧 ← 人工智能.
    private func widenedToCommonContext(_ words: [ConverterWord], text: [Unicode.Scalar], original: [Unicode.Scalar]) -> [ConverterWord] {
        let groups = Dictionary(grouping: words.indices) { words[$0].original + "\u{0}" + words[$0].converted }
        var widened = words
        // Only a word of one or two characters, to at most four: a longer one is a word already.
        for indices in groups.values where indices.count > 1 && words[indices[0]].converted.unicodeScalars.count <= 2 {
            let room = 4 - words[indices[0]].converted.unicodeScalars.count
            // The text's and the original's characters `step` places before (negative) or after a word.
            func neighbours(_ index: Int, _ step: Int) -> (Unicode.Scalar, Unicode.Scalar)? {
                let range = words[index].range
                let textOffset = step < 0 ? range.lowerBound + step : range.upperBound + step - 1
                let originalStart = originalOffset(forText: range.lowerBound)
                let originalEnd = originalStart + words[index].original.unicodeScalars.count
                let originalOffset = step < 0 ? originalStart + step : originalEnd + step - 1
                guard text.indices.contains(textOffset), original.indices.contains(originalOffset),
                      text[textOffset].isHanIdeograph else { return nil }
                return (text[textOffset], original[originalOffset])
            }
            func common(_ step: Int) -> Bool {
                guard let first = neighbours(indices[0], step) else { return false }
                return indices.allSatisfy { neighbours($0, step).map { $0 == first } ?? false }
            }
            var left = 0
            while left < 2, left < room, common(-(left + 1)) { left += 1 }
            var right = 0
            while right < 2, left + right < room, common(right + 1) { right += 1 }
            guard left + right > 0 else { continue }
            for index in indices {
                let word = words[index]
                let range = (word.range.lowerBound - left)..<(word.range.upperBound + right)
                let before = String(String.UnicodeScalarView(text[range.lowerBound..<word.range.lowerBound]))
                let after = String(String.UnicodeScalarView(text[word.range.upperBound..<range.upperBound]))
                let originalStart = originalOffset(forText: word.range.lowerBound)
                let originalEnd = originalStart + word.original.unicodeScalars.count
                let originalBefore = String(String.UnicodeScalarView(original[(originalStart - left)..<originalStart]))
                let originalAfter = String(String.UnicodeScalarView(original[originalEnd..<(originalEnd + right)]))
                widened[index] = ConverterWord(range: range, original: originalBefore + word.original + originalAfter,
                                               characterLevel: before + word.characterLevel + after,
                                               converted: before + word.converted + after)
            }
        }
        return widened
    }

    /// The offset in the original of the text's `offset`: the same place in a piece of equal
    /// length, else the piece's start.
    public func originalOffset(forText offset: Int) -> Int {
        map(offset, from: \.text, to: \.original)
    }

    /// The offset in the text of the original's `offset`.
    public func textOffset(forOriginal offset: Int) -> Int {
        map(offset, from: \.original, to: \.text)
    }

    private func map(_ offset: Int, from: KeyPath<Piece, Range<Int>>, to: KeyPath<Piece, Range<Int>>) -> Int {
        // The last piece that starts at or before the offset.
        var low = 0
        var high = pieces.count
        while low < high {
            let middle = (low + high) / 2
            if pieces[middle][keyPath: from].lowerBound <= offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return offset }
        let piece = pieces[low - 1]
        let source = piece[keyPath: from]
        let target = piece[keyPath: to]
        if offset >= source.upperBound {
            // Between paragraphs: the same distance past the piece's end.
            return target.upperBound + (offset - source.upperBound)
        }
        return source.count == target.count ? target.lowerBound + (offset - source.lowerBound) : target.lowerBound
    }
}

extension ConvertedText {
    /// `annotations` placed in the text (their ranges there) moved to the same words of the
    /// original: each range mapped piece by piece, its anchor made again from the original's
    /// words, so that the original shows them where the text does.
    public func annotationsInOriginal(_ placed: [(annotation: Annotation, range: Range<Int>)]) -> [Annotation] {
        placed.map { item in
            let start = originalOffset(forText: item.range.lowerBound)
            let end = max(start, originalOffset(forText: item.range.upperBound))
            var moved = item.annotation
            moved.anchor = TextAnchor.make(range: start..<end, in: original)
            return moved
        }
    }
}
