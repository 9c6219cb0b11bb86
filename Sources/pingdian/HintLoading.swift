import PingdianApp
import PingdianCore

/// The cue hints of a text for the reader's `H`: what the rule table suggests, as a layer of
/// its own, suggested a paragraph at a time as the reader draws (see ``HintLayer``).
enum HintLoading {
    /// The hints layer of `document`, its notes in `language`.
    static func layer(for document: TextDocument, taxonomy: Taxonomy, language: UILanguage) -> HintLayer {
        HintLayer(document: document, taxonomy: taxonomy) { paragraphs in
            SuggestionLayer.annotations(in: document, paragraphs: paragraphs, language: language)
        }
    }

    /// How many hints the whole of `document` has (slow on a large text: run it off the key path).
    static func count(in document: TextDocument, isCancelled: () -> Bool = { false }) -> Int? {
        CueSuggester.count(in: document, isCancelled: isCancelled)
    }
}
