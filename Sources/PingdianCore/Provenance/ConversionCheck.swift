/// Whether a text is the output of an OpenCC Simplified→Traditional conversion: each paragraph
/// with Chinese in it is converted back and forward again with each configuration, and it
/// *round-trips* under a configuration when it comes back unchanged (Docs/provenance.md).
///
/// A hand-written Traditional text rarely round-trips for long: a writer's 台灣, 裏 or 著 that
/// the converter would have written 臺灣, 裡 or 着 breaks it. A short passage may round-trip by
/// chance, so a text is called converted only when nearly all its paragraphs round-trip and
/// they hold enough Chinese to tell (``minimumHan``).
public struct ConversionCheck: Sendable {
    /// One paragraph with Chinese in it.
    public struct Paragraph: Hashable, Sendable {
        /// The paragraph's index in the document.
        public let index: Int
        /// How many Han characters it holds.
        public let hanCount: Int
        /// The configurations it round-trips under.
        public let roundTrips: Set<ConversionConfiguration>
    }

    /// What the check finds of the whole text.
    public enum Verdict: String, Hashable, Sendable, Codable {
        /// Nearly every paragraph round-trips under ``ConversionCheck/configuration``.
        case converted
        /// Too many paragraphs do not round-trip under any configuration.
        case notConverted = "not-converted"
        /// The paragraphs that round-trip hold too little Chinese to tell.
        case tooShort = "too-short"
        /// The text has no Chinese.
        case noChinese = "no-chinese"
    }

    /// The share of paragraphs that must round-trip for a text to be called converted.
    public static let minimumShare = 0.9
    /// The Han characters the round-tripping paragraphs must hold together.
    public static let minimumHan = 100

    /// The paragraphs with Chinese in them, in order.
    public let paragraphs: [Paragraph]
    /// The strictest configuration (s2twp, s2tw, s2hk, s2t in that order) that nearly every
    /// paragraph round-trips under (``minimumShare``), else the one most do; nil when none does.
    public let configuration: ConversionConfiguration?
    /// What the check finds.
    public let verdict: Verdict

    /// Checks every paragraph of `document`; nil when OpenCC cannot be used here.
    public init?(document: TextDocument) {
        guard PhraseConversion.isAvailable else { return nil }
        var paragraphs: [Paragraph] = []
        for (index, paragraph) in document.paragraphs.enumerated() {
            let text = document.text(in: paragraph.range)
            let han = text.unicodeScalars.reduce(0) { $0 + ($1.isHanIdeograph ? 1 : 0) }
            guard han > 0 else { continue }
            let trips = ConversionConfiguration.allCases.filter { Self.roundTrips(text, under: $0) }
            paragraphs.append(Paragraph(index: index, hanCount: han, roundTrips: Set(trips)))
        }
        self.paragraphs = paragraphs
        let counts = ConversionConfiguration.allCases.map { configuration in
            (configuration, paragraphs.filter { $0.roundTrips.contains(configuration) })
        }
        // The strictest configuration that explains nearly every paragraph (s2tw round-trips all
        // that s2twp does, and a paragraph changed by hand besides), else the one that explains
        // most (max(by:) keeps the first, the strictest, of equals).
        let enough = Self.minimumShare * Double(paragraphs.count)
        let best = counts.first { Double($0.1.count) >= enough && !$0.1.isEmpty } ?? counts.max { $0.1.count < $1.1.count }
        configuration = best.flatMap { $0.1.isEmpty ? nil : $0.0 }
        if paragraphs.isEmpty {
            verdict = .noChinese
        } else if let best, Double(best.1.count) >= Self.minimumShare * Double(paragraphs.count) {
            verdict = best.1.reduce(0) { $0 + $1.hanCount } >= Self.minimumHan ? .converted : .tooShort
        } else {
            verdict = .notConverted
        }
    }

    /// How many paragraphs round-trip under `configuration`.
    public func roundTripCount(_ configuration: ConversionConfiguration) -> Int {
        paragraphs.filter { $0.roundTrips.contains(configuration) }.count
    }

    /// The paragraphs that do not round-trip under the text's configuration (written or changed
    /// by hand, or converted otherwise).
    public var paragraphsNotRoundTripping: [Paragraph] {
        guard let configuration else { return paragraphs }
        return paragraphs.filter { !$0.roundTrips.contains(configuration) }
    }

    /// Whether `text` comes back unchanged from `configuration`'s way back and forward again.
    static func roundTrips(_ text: String, under configuration: ConversionConfiguration) -> Bool {
        guard let original = PhraseConversion.convert(text, configuration.backward) else { return false }
        return PhraseConversion.convert(original, configuration.forward) == text
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is a Han ideograph (unified, extensions, compatibility).
    var isHanIdeograph: Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }
}
