import Foundation
import PingdianApp
import PingdianCore
import PingdianTexts

/// Finds and loads the annotation layer of a text and the move taxonomy that styles it.
enum LayerLoading {
    /// What loading found: the annotations to show and, for a layer that could not be shown, why.
    struct Result {
        let annotations: AnnotationSet
        let warning: String?
    }

    /// The layer given with `--layer`, else the one next to the text (`<text>.moves.json`),
    /// else, for the bundled essay, the one in Texts/. A layer given explicitly that cannot be
    /// read ends the program; a layer found next to the text that cannot be read is skipped
    /// with a warning, so that the text still opens.
    static func load(explicitPath: String?, for text: LoadedText) throws -> Result {
        let taxonomy: Taxonomy
        do {
            guard let bytes = EmbeddedFiles.bytes(named: BundledText.taxonomyFileName) else {
                throw CommandFailure(message: "the move taxonomy is missing from this build", exitCode: 70)
            }
            taxonomy = try Taxonomy.decode(bytes)
        } catch let error as FileFormatError {
            throw CommandFailure(message: "the bundled move taxonomy is invalid: \(error)", exitCode: 70)
        }
        if let explicitPath {
            let bytes = try readLayerFile(explicitPath)
            do {
                let layer = try AnnotationLayer.decode(bytes)
                return Result(annotations: resolve(layer, text: text, taxonomy: taxonomy), warning: nil)
            } catch {
                throw CommandFailure(message: "\(explicitPath): \(error)", exitCode: 65)
            }
        }
        let found: (bytes: [UInt8], name: String)?
        if let path = text.path {
            let candidate = companionPath(forText: path)
            found = FileManager.default.fileExists(atPath: candidate)
                ? (try? readLayerFile(candidate)).map { ($0, candidate) } : nil
        } else {
            let name = BundledText.layerFileName(forText: BundledText.essayFileName)
            found = EmbeddedFiles.bytes(named: name).map { ($0, name) }
        }
        guard let found else { return Result(annotations: AnnotationSet(), warning: nil) }
        do {
            let layer = try AnnotationLayer.decode(found.bytes)
            return Result(annotations: resolve(layer, text: text, taxonomy: taxonomy), warning: nil)
        } catch {
            let name = URL(fileURLWithPath: found.name).lastPathComponent
            return Result(annotations: AnnotationSet(), warning: "\(name): \(error)")
        }
    }

    /// `<dir>/<stem>.moves.json` for `<dir>/<stem>.txt` (or `<file>.moves.json` for other names).
    static func companionPath(forText path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let name = BundledText.layerFileName(forText: url.lastPathComponent)
        return url.deletingLastPathComponent().appendingPathComponent(name).path
    }

    private static func resolve(_ layer: AnnotationLayer, text: LoadedText, taxonomy: Taxonomy) -> AnnotationSet {
        AnnotationSet(index: AnnotationIndex(layer: layer, document: text.document, taxonomy: taxonomy), taxonomy: taxonomy)
    }

    private static func readLayerFile(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure(message: "\(path): no such layer file", exitCode: 66)
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure(message: "\(path): cannot be read as a layer file", exitCode: 66)
        }
        return [UInt8](data)
    }
}
