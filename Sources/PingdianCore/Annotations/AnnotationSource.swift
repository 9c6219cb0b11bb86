/// What an annotated passage attributes to someone, checked against the source: the source's
/// own words, where they are, and how faithfully the passage renders them (Docs/sources.md).
public struct AnnotationSource: Codable, Hashable, Sendable {
    /// How faithfully a passage renders its source.
    public enum Verdict: String, Codable, Hashable, Sendable, CaseIterable {
        /// The passage quotes words of the source, translated faithfully.
        case faithfulQuote = "faithful-quote"
        /// The passage restates what the source says without changing it.
        case fairParaphrase = "fair-paraphrase"
        /// True, but a qualifier, hedge or context that changes it is left out.
        case selective
        /// The passage says something the source does not say, or the opposite.
        case distorted
        /// No such statement was found in the source.
        case notInSource = "not-in-source"

        /// The verdict's name in `language`, as the reader's pane, its legend and the exports
        /// show it: "selective" / 「選擇性引用」.
        public func label(_ language: UILanguage) -> String {
            let chinese = language == .traditionalChinese
            switch self {
            case .faithfulQuote: return chinese ? "忠實引用" : "faithful quote"
            case .fairParaphrase: return chinese ? "公允轉述" : "fair paraphrase"
            case .selective: return chinese ? "選擇性引用" : "selective"
            case .distorted: return chinese ? "扭曲" : "distorted"
            case .notInSource: return chinese ? "原文查無" : "not in the source"
            }
        }
    }

    /// The key of the move kind of passages that attribute something to someone (轉述): the kind
    /// of the reader's own attributions when the taxonomy has it.
    public static let kindKey = "attribution"

    /// The source's address; nil when no source holding the statement was found.
    public var url: String?
    /// Where in the source: a section and paragraph, in words.
    public var location: String?
    /// The source's own words (a sentence or two), exactly as it has them; nil when not found.
    public var words: String?
    /// How faithfully the passage renders them.
    public var verdict: Verdict
    /// Whether a translated phrase holds (a hedge or qualifier the translation leaves out), if
    /// the passage translates one.
    public var translation: String?

    /// A source of a passage.
    public init(url: String?, location: String? = nil, words: String? = nil, verdict: Verdict, translation: String? = nil) {
        self.url = url
        self.location = location
        self.words = words
        self.verdict = verdict
        self.translation = translation
    }

    /// Reads a source from a parsed file, as `Codable` does.
    init(json field: JSONField) throws(FileFormatError) {
        url = try field.optionalMember("url")?.string()
        location = try field.optionalMember("location")?.string()
        words = try field.optionalMember("words")?.string()
        let verdictField = try field.member("verdict")
        let name = try verdictField.string()
        guard let verdict = Verdict(rawValue: name) else {
            throw verdictField.failure(.notAVerdict(name, allowed: Verdict.allCases.map(\.rawValue)))
        }
        self.verdict = verdict
        translation = try field.optionalMember("translation")?.string()
    }
}
