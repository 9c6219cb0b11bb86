import Foundation
import PingdianApp
import PingdianCore

/// The annotations of a text as `export` and `import` find them: its curated layer as the reader
/// finds it, the reader's notes from the state file, the cue hints.
public enum AnnotationSources {
    /// The curated layer's annotations (empty when the text has none), and the warning to give
    /// when a layer next to the text cannot be read and is left out; one given with `--layer`
    /// that cannot be read is a failure.
    public static func curated(explicitPath: String?, for text: LoadedText) throws
        -> (annotations: [Annotation], taxonomy: Taxonomy, warning: String?) {
        let loaded = try LayerLoading.load(explicitPath: explicitPath, for: text)
        return (loaded.annotations.layerAnnotations, loaded.taxonomy, loaded.warning.map { "the curated layer is left out: \(UIStrings(.english).warning($0))" })
    }

    /// The reader's state file of `text` as it is now (nil when there is none); a corrupt or newer
    /// one is a failure (65), one that cannot be read too (66). Never writes.
    public static func state(at url: URL) throws -> ReadingState? {
        do {
            return try StateStore.load(from: url)
        } catch {
            throw failure(error)
        }
    }

    /// The command failure for a state file error: 65 a file pingdian must not change, 66 one it
    /// cannot read, 73 one it cannot write.
    public static func failure(_ error: StateFileError) -> CommandFailure {
        switch error {
        case .corrupt, .newerVersion, .invalidChange: return CommandFailure(message: error.message, exitCode: 65)
        case .unreadable: return CommandFailure(message: error.message, exitCode: 66)
        case .unwritable: return CommandFailure(message: error.message, exitCode: 73)
        }
    }

    /// The cue hints' suggestions for `document` as annotations, their notes in `language`.
    public static func hints(for document: TextDocument, language: UILanguage) -> [Annotation] {
        let rules = CueRules.standard
        return SuggestionLayer.annotations(for: CueSuggester.suggest(in: document, rules: rules), rules: rules, in: document, language: language)
    }
}
