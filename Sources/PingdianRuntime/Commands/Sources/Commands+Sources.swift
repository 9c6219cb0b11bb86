import Foundation
import PingdianCore
import PingdianTexts

extension Commands {
    /// `pingdian sources`: the passages of `file` (nil: the bundled essay) checked against what
    /// they attribute — from `layer`, else `<text>.sources.json` next to the text, else the
    /// bundled essay's — one block each or a JSON array. Exit 65 for a layer that is not one, 66
    /// when there is none.
    public static func sources(file: String?, layer: String?, json: Bool) -> CommandResult {
        do {
            let text = try LoadedText.open(file)
            let bytes: [UInt8]
            if let layer {
                bytes = try LayerLoading.bytes(of: .file(layer))
            } else if let path = text.path {
                let companion = LayerLoading.sourcesPath(forText: path)
                guard FileManager.default.fileExists(atPath: companion) else {
                    throw CommandFailure(message: "no sources layer: no \(companion); give one with --layer FILE", exitCode: 66)
                }
                bytes = try LayerLoading.bytes(of: .file(companion))
            } else {
                bytes = try LayerLoading.bytes(of: .embedded(LayerLoading.sourcesFileName(forText: BundledText.essayFileName)))
            }
            let decoded: AnnotationLayer
            do {
                decoded = try AnnotationLayer.decode(bytes)
            } catch {
                throw CommandFailure(message: "\(layer ?? "the sources layer"): \(error)", exitCode: 65)
            }
            let listing = SourceListing(decoded.annotations, in: text.document, taxonomy: try LayerLoading.bundledTaxonomy())
            return CommandResult(output: Array((json ? listing.json : listing.plain).utf8))
        } catch {
            return .failed(CommandFailure(error))
        }
    }
}
