import Foundation
import PingdianCore

/// What `pingdian agree` and `merge-layers` start from: the text, its curated layer (with the
/// taxonomy), and the readers' files read for it; what to say of a layer or file left out is
/// added to `warnings`.
struct ReadersOfText {
    let text: LoadedText
    let curated: (annotations: [Annotation], taxonomy: Taxonomy, warning: String?)
    let layers: [ReaderLayer]

    /// Opens `file` (nil: the bundled essay) with `layer` (nil: the one found for it) and reads
    /// each of `paths` as a reader's notes on it. A text or layer that cannot be opened throws.
    init(paths: [String], file: String?, layer: String?, warnings: inout [String]) throws {
        text = try LoadedText.open(file)
        curated = try AnnotationSources.curated(explicitPath: layer, for: text)
        warnings += curated.warning.map { [$0] } ?? []
        let loaded = OtherReaders.load(paths, document: text.document, taxonomy: curated.taxonomy)
        warnings += loaded.warnings
        layers = loaded.layers
    }
}
