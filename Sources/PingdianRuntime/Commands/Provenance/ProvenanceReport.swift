import PingdianCore

/// What `pingdian provenance` says of a text: whether it is the output of an OpenCC
/// Simplified→Traditional conversion, the round trips by configuration, and the words the
/// converter put in, with their counts and places (Docs/provenance.md).
public struct ProvenanceReport: Encodable, Sendable {
    /// One word the converter put in, counted over the text.
    public struct Word: Encodable, Sendable {
        /// The converter's word, as the text has it (人工智慧).
        public let converted: String
        /// The original's word (人工智能).
        public let original: String
        /// The original's word in Traditional characters (人工智能).
        public let characterLevel: String
        /// How many times.
        public let count: Int
        /// Where: scalar offsets and the paragraph, counted from 1.
        public let places: [Place]
    }

    /// Where a word is.
    public struct Place: Encodable, Sendable {
        public let start: Int
        public let end: Int
        public let paragraph: Int
    }

    /// The text's file name.
    public let file: String
    /// converted, not-converted, too-short or no-chinese.
    public let verdict: ConversionCheck.Verdict
    /// The configuration most paragraphs round-trip under; nil when none does.
    public let configuration: ConversionConfiguration?
    /// Paragraphs with Chinese in them.
    public let paragraphs: Int
    /// How many of them round-trip, by configuration.
    public let roundTrips: [String: Int]
    /// The paragraphs (from 1) that do not round-trip under the configuration.
    public let notRoundTripping: [Int]
    /// The words the converter put in, most frequent first; empty unless converted.
    public let words: [Word]

    /// Checks `document` and, when it is converted, finds the converter's words; nil when
    /// OpenCC cannot be used here.
    public init?(document: TextDocument) {
        guard let check = ConversionCheck(document: document) else { return nil }
        file = document.title
        verdict = check.verdict
        configuration = check.configuration
        paragraphs = check.paragraphs.count
        roundTrips = Dictionary(uniqueKeysWithValues: ConversionConfiguration.allCases.map { ($0.rawValue, check.roundTripCount($0)) })
        notRoundTripping = check.paragraphsNotRoundTripping.map { $0.index + 1 }
        guard check.verdict == .converted, let configuration = check.configuration,
              let converted = ConvertedText(document: document, configuration: configuration) else {
            words = []
            return
        }
        var groups: [String: [ConvertedText.ConverterWord]] = [:]
        var order: [String] = []
        for word in converted.converterWords {
            let key = word.original + "\u{0}" + word.converted
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(word)
        }
        words = order.map { key in
            let found = groups[key]!
            return Word(converted: found[0].converted, original: found[0].original, characterLevel: found[0].characterLevel,
                        count: found.count,
                        places: found.map { Place(start: $0.range.lowerBound, end: $0.range.upperBound,
                                                  paragraph: (document.paragraphIndex(containing: $0.range.lowerBound) ?? 0) + 1) })
        }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.places[0].start < $1.places[0].start }
    }

    /// The report for people: the finding on one line, the round trips, then one line per word.
    public var plain: String {
        var lines: [String] = []
        let share = configuration.map { "\(roundTrips[$0.rawValue] ?? 0) of \(paragraphs) paragraphs round-trip" } ?? "no paragraph round-trips"
        switch verdict {
        case .converted:
            lines.append("\(file): converted from Simplified Chinese with OpenCC \(configuration?.rawValue ?? "") — \(share)")
        case .notConverted:
            lines.append("\(file): not converted (written in Traditional Chinese) — \(share) under any one configuration")
        case .tooShort:
            lines.append("\(file): too little Chinese to tell — \(share)")
        case .noChinese:
            lines.append("\(file): no Chinese in it")
        }
        if paragraphs > 0 {
            let trips = ConversionConfiguration.allCases.map { "\($0.rawValue) \(roundTrips[$0.rawValue] ?? 0)" }.joined(separator: " · ")
            lines.append("round trips: \(trips) (of \(paragraphs) paragraphs with Chinese)")
        }
        if verdict == .converted, !notRoundTripping.isEmpty {
            lines.append("not round-tripping (written or changed by hand?): paragraphs " + notRoundTripping.map(String.init).joined(separator: ", "))
        }
        if !words.isEmpty {
            let places = words.reduce(0) { $0 + $1.count }
            lines.append("words the converter put in: \(places) places, \(words.count) words")
            for word in words {
                let characters = word.characterLevel == word.original ? "" : " (character level \(word.characterLevel))"
                lines.append("  \(word.converted) ← \(word.original)\(characters) ×\(word.count)")
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// The report as JSON, with a final newline.
    public var json: String { CommandJSON.text(self) }
}
