/// Turns suggestions into annotations of their own layer, so the reader can index them with an
/// ``AnnotationIndex`` apart from the curated and the reader's annotations.
public enum SuggestionLayer {
    /// The id of the hints layer.
    public static let id = "hints"
    /// The prefix of every hint annotation's id.
    public static let idPrefix = "hint-"
    /// The name of the hints layer.
    public static let name = LocalizedText(traditionalChinese: "提示（依標記推測）", english: "Cue hints")

    /// One annotation per suggestion, in the suggestions' order: id `hint-<start>-<rule>`
    /// (stable for the same text and rules), the suggestion's kind and span, and as note the
    /// rationale of each of its rules in `language`, joined by " / ". No links.
    public static func annotations(for suggestions: [Suggestion], rules: [CueRule], in document: TextDocument, language: UILanguage) -> [Annotation] {
        let ruleByID = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return suggestions.map { suggestion in
            let notes = suggestion.ruleIDs.compactMap { ruleByID[$0]?.rationale.text(in: language) }.filter { !$0.isEmpty }
            return Annotation(
                id: "\(idPrefix)\(suggestion.range.lowerBound)-\(suggestion.ruleID)",
                kind: suggestion.kind,
                anchor: TextAnchor.make(range: suggestion.range, in: document),
                note: notes.isEmpty ? nil : notes.joined(separator: " / "))
        }
    }

    /// The hint annotations of the paragraphs `paragraphs` of `document`: what
    /// ``CueSuggester/suggest(in:paragraphs:rules:)`` suggests there, as ``annotations(for:rules:in:language:)``
    /// makes them. The reader asks for the paragraphs it draws.
    public static func annotations(in document: TextDocument, paragraphs: Range<Int>, rules: [CueRule] = CueRules.standard, language: UILanguage) -> [Annotation] {
        annotations(for: CueSuggester.suggest(in: document, paragraphs: paragraphs, rules: rules), rules: rules, in: document, language: language)
    }

    /// The suggestions as a layer of id ``id``, ready for ``AnnotationIndex/init(layer:document:taxonomy:)``
    /// or to be written as a `pingdian-layer` file.
    public static func layer(for suggestions: [Suggestion], rules: [CueRule], in document: TextDocument, language: UILanguage) -> AnnotationLayer {
        AnnotationLayer(id: id, name: name, annotations: annotations(for: suggestions, rules: rules, in: document, language: language))
    }
}
