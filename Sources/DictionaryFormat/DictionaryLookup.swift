/// What the dictionary says about a place of a text or a phrase: the headwords found there,
/// longest first, with their entries and the entries their cross-references name (Docs/dictionary.md).
public struct DictionaryLookup: Hashable, Sendable {
    /// A headword found, with its entries.
    public struct Word: Hashable, Sendable {
        /// The headword as the text has it.
        public let text: String
        /// Its entries.
        public let entries: [DictionaryEntry]
        /// The entries of the words its glosses refer to ("variant of 亞[ya4]", "see 出口[chu1 kou3]").
        public let references: [Reference]

        public init(text: String, entries: [DictionaryEntry], references: [Reference] = []) {
            self.text = text
            self.entries = entries
            self.references = references
        }
    }

    /// A word a gloss refers to, and its entries.
    public struct Reference: Hashable, Sendable {
        /// The gloss's words before the headword: "variant of", "see".
        public let relation: String
        /// The headword referred to.
        public let headword: String
        public let entries: [DictionaryEntry]
    }

    /// A word found in another dictionary (one the reader added), with its definitions as text.
    public struct Other: Hashable, Sendable {
        /// The dictionary's name.
        public let dictionary: String
        public let headword: String
        public let definitions: [String]

        public init(dictionary: String, headword: String, definitions: [String]) {
            self.dictionary = dictionary
            self.headword = headword
            self.definitions = definitions
        }
    }

    /// How the words were found.
    public enum Kind: Hashable, Sendable {
        /// Headwords starting at the place (or the phrase itself), longest first.
        case headwords
        /// The phrase is not a headword: its parts, each the longest headword at its place.
        case parts
        /// Nothing starts with a headword here: the single characters.
        case characters
    }

    /// What was looked up: the phrase, or the word at the place.
    public let phrase: String
    public let kind: Kind
    public let words: [Word]
    /// What the reader's own dictionaries have for the words.
    public var others: [Other] = []
    /// The reader's dictionaries that could not be used, one line each (said once, with the
    /// first lookup).
    public var problems: [String] = []

    /// A lookup's result.
    public init(phrase: String, kind: Kind, words: [Word]) {
        self.phrase = phrase
        self.kind = kind
        self.words = words
    }

    /// Whether no dictionary had anything at all.
    public var isEmpty: Bool { words.allSatisfy { $0.entries.isEmpty } && others.isEmpty }
}

extension DictionaryIndex {
    /// The longest headword a lookup tries, in characters.
    public static let longestHeadword = 12

    /// The headwords that start at `offset` of `scalars`, longest first; where none does, the
    /// single characters from `offset` to the end of `word` (the word the place is in, as the
    /// reader's word breaks find it).
    public func lookUp(_ scalars: [Unicode.Scalar], at offset: Int, word around: Range<Int>) -> DictionaryLookup {
        let phrase = string(scalars[offset..<min(scalars.count, max(offset + 1, around.upperBound))])
        var found: [DictionaryLookup.Word] = []
        var length = min(Self.longestHeadword, scalars.count - offset)
        while length > 0 {
            let candidate = string(scalars[offset..<(offset + length)])
            if hasHeadword(candidate) { found.append(word(candidate)) }
            length -= 1
        }
        if !found.isEmpty { return DictionaryLookup(phrase: found[0].text, kind: .headwords, words: found) }
        return DictionaryLookup(phrase: phrase, kind: .characters, words: characters(of: phrase))
    }

    /// Word boundaries for a reader moving by word: ICU's (`icu`, sorted offsets into `scalars`,
    /// both ends included), joined where the dictionary has a longer word made of whole ICU words —
    /// at each boundary, the longest headword that ends on an ICU boundary, else ICU's word
    /// (人工|智慧 → 人工智慧). On the essay's terms this keeps every term whole and 46 of 78 as one
    /// word, against ICU's 7 (Docs/dictionary.md).
    public func wordBoundaries(_ scalars: ArraySlice<Unicode.Scalar>, icu: [Int]) -> [Int] {
        guard !icu.isEmpty else { return icu }
        var bounds = [icu[0]]
        var position = 0
        var bytes: [UInt8] = []
        while position < icu.count - 1 {
            let offset = icu[position]
            var next = position + 1
            // The UTF-8 of the next few scalars, once: each candidate is a prefix of it.
            let reach = min(scalars.endIndex, offset + Self.longestHeadword)
            bytes.removeAll(keepingCapacity: true)
            var byteEnds: [Int] = []
            for scalar in scalars[offset..<reach] {
                bytes.append(contentsOf: scalar.utf8)
                byteEnds.append(bytes.count)
            }
            // The furthest ICU boundary within a headword's reach that ends one.
            var candidate = min(icu.count - 1, position + Self.longestHeadword)
            while candidate > position + 1 {
                let end = icu[candidate]
                if end - offset <= byteEnds.count, hasHeadword(utf8: bytes[0..<byteEnds[end - offset - 1]]) {
                    next = candidate
                    break
                }
                candidate -= 1
            }
            position = next
            bounds.append(icu[position])
        }
        return bounds
    }

    /// A phrase (a selection, a word on the command line): itself when it is a headword, else its
    /// parts — the longest headword at each place, left to right (出口管制 → 出口, 管制) — and,
    /// where nothing matches at a place, its single character.
    public func lookUp(phrase: String) -> DictionaryLookup {
        let trimmed = phrase.trimmingSpaces
        guard !trimmed.isEmpty else { return DictionaryLookup(phrase: trimmed, kind: .parts, words: []) }
        if hasHeadword(trimmed) { return DictionaryLookup(phrase: trimmed, kind: .headwords, words: [word(trimmed)]) }
        let scalars = Array(trimmed.unicodeScalars)
        var parts: [DictionaryLookup.Word] = []
        var offset = 0
        while offset < scalars.count {
            if scalars[offset].properties.isWhitespace {
                offset += 1
                continue
            }
            var length = min(Self.longestHeadword, scalars.count - offset)
            while length > 1, !hasHeadword(string(scalars[offset..<(offset + length)])) { length -= 1 }
            parts.append(word(string(scalars[offset..<(offset + length)])))
            offset += length
        }
        return DictionaryLookup(phrase: trimmed, kind: .parts, words: parts)
    }

    /// Each character of `phrase` that is not a space, with its entries.
    private func characters(of phrase: String) -> [DictionaryLookup.Word] {
        phrase.unicodeScalars.filter { !$0.properties.isWhitespace }.map { word(String($0)) }
    }

    /// A headword's entries and those its glosses refer to.
    private func word(_ text: String) -> DictionaryLookup.Word {
        let entries = entries(headword: text)
        var references: [DictionaryLookup.Reference] = []
        for entry in entries {
            for gloss in entry.glosses {
                guard let (relation, headword) = Self.reference(in: gloss), headword != text,
                      !references.contains(where: { $0.headword == headword }) else { continue }
                let referred = self.entries(headword: headword)
                if !referred.isEmpty { references.append(DictionaryLookup.Reference(relation: relation, headword: headword, entries: referred)) }
            }
        }
        return DictionaryLookup.Word(text: text, entries: entries, references: Array(references.prefix(3)))
    }

    /// The relation and headword of a cross-reference gloss: "variant of 亞[ya4]" → ("variant of", "亞");
    /// "see 出口|出口[chu1 kou3]" → ("see", "出口").
    static func reference(in gloss: String) -> (String, String)? {
        let relations = ["old variant of", "variant of", "see also", "see", "also written", "abbr. for", "erhua variant of", "used in"]
        for relation in relations where gloss.hasPrefix(relation + " ") {
            let rest = gloss.dropFirst(relation.count + 1)
            guard let bracket = rest.firstIndex(of: "[") else { continue }
            let names = rest[..<bracket].split(separator: "|")
            guard let first = names.first, !first.isEmpty, !first.contains(" ") else { continue }
            return (relation, String(first))
        }
        return nil
    }

    private func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars))
    }
}

extension String {
    /// The string without spaces at either end.
    var trimmingSpaces: String {
        let scalars = unicodeScalars.drop { $0.properties.isWhitespace }
        var end = scalars.endIndex
        while end > scalars.startIndex, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        return String(String.UnicodeScalarView(scalars[scalars.startIndex..<end]))
    }
}
