import PingdianApp
import PingdianCore

/// The cue hints of a text: what the rule table suggests, as a layer of its own for `H`.
enum HintLoading {
    /// The suggestions of the standard rules for `document`, resolved as a separate set.
    static func hints(for document: TextDocument, taxonomy: Taxonomy, language: UILanguage) -> AnnotationSet {
        let rules = CueRules.standard
        let suggestions = CueSuggester.suggest(in: document, rules: rules)
        let annotations = SuggestionLayer.annotations(for: suggestions, rules: rules, in: document, language: language)
        return AnnotationSet(index: AnnotationIndex(annotations: annotations, document: document, taxonomy: taxonomy), taxonomy: taxonomy)
    }
}
