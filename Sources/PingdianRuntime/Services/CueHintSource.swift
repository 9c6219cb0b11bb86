import PingdianApp
import PingdianCore

/// Where the reader's cue hints (`H`) come from: the rule table's suggestions, as a layer of
/// their own suggested a paragraph at a time as paragraphs come on screen (see ``HintLayer``),
/// and their count over the whole text.
public enum CueHintSource {
    /// The hints layer of `document`, its notes in `language`.
    public static func layer(for document: TextDocument, taxonomy: Taxonomy, language: UILanguage) -> HintLayer {
        HintLayer(document: document, taxonomy: taxonomy) { paragraphs in
            SuggestionLayer.annotations(in: document, paragraphs: paragraphs, language: language)
        }
    }

    /// How many hints the whole of `document` has (slow on a large text: run it off the key path).
    public static func count(in document: TextDocument, isCancelled: () -> Bool = { false }) -> Int? {
        CueSuggester.count(in: document, isCancelled: isCancelled)
    }
}
