import Foundation
import PingdianApp
import PingdianCore
import PingdianTexts

/// Finds and loads the annotation layer of a text and the move taxonomy that styles it.
public enum LayerLoading {
    /// What loading found: the annotations to show and, for a layer that could not be shown, why.
    public struct Result {
        /// The layer's annotations resolved against the text (empty, without a taxonomy, when
        /// there is no layer).
        public let annotations: AnnotationSet
        /// Why a layer found next to the text is not shown, if it is not.
        public let warning: OpeningWarning?
        /// The move taxonomy (bundled), also for the reader's own notes and the cue hints.
        public let taxonomy: Taxonomy
    }

    /// The layer given with `--layer`, else the one next to the text (`<text>.moves.json`),
    /// else, for the bundled essay, the one in Texts/. A layer given explicitly that cannot be
    /// read ends the program; a layer found next to the text that cannot be read is skipped
    /// with a warning, so that the text still opens. A layer found (not given) comes with the
    /// passages of the text's source layer, `<text>.sources.json` or the bundled essay's, unless
    /// `withSources` is false (``AnnotationLayer/merging(sources:)``, Docs/sources.md).
    public static func load(explicitPath: String?, for text: LoadedText, withSources: Bool = true) throws -> Result {
        let taxonomy = try bundledTaxonomy()
        guard let found = source(explicitPath: explicitPath, for: text) else {
            return Result(annotations: AnnotationSet(), warning: nil, taxonomy: taxonomy)
        }
        if let explicitPath {
            let bytes = try bytes(of: found)
            do {
                let layer = try AnnotationLayer.decode(bytes)
                return Result(annotations: resolve(layer, text: text, taxonomy: taxonomy), warning: nil, taxonomy: taxonomy)
            } catch {
                throw CommandFailure(message: "\(explicitPath): \(error)", exitCode: 65)
            }
        }
        guard let bytes = try? bytes(of: found) else { return Result(annotations: AnnotationSet(), warning: nil, taxonomy: taxonomy) }
        do {
            var layer = try AnnotationLayer.decode(bytes)
            if withSources, let sources = sourcesLayer(for: text) { layer = layer.merging(sources: sources) }
            return Result(annotations: resolve(layer, text: text, taxonomy: taxonomy), warning: nil, taxonomy: taxonomy)
        } catch {
            return Result(annotations: AnnotationSet(), warning: .layerNotShown(file: found.fileName, error), taxonomy: taxonomy)
        }
    }

    /// Reads and decodes the layer given with `--layer` without resolving it against a text, so
    /// that a bad one ends the program before the terminal is taken, with the same message and
    /// exit code as ``load(explicitPath:for:)`` (66: cannot be read, 65: not a layer).
    public static func check(explicitPath: String) throws {
        let bytes = try bytes(of: .file(explicitPath))
        do {
            _ = try AnnotationLayer.decode(bytes)
        } catch {
            throw CommandFailure(message: "\(explicitPath): \(error)", exitCode: 65)
        }
    }

    /// Where a text's layer comes from.
    public enum Source {
        /// A file on disk, given with `--layer` or found next to the text.
        case file(String)
        /// The bundled essay's layer, compiled in under this name.
        case embedded(String)

        /// The file name, for messages.
        public var fileName: String {
            switch self {
            case .file(let path): return URL(fileURLWithPath: path).lastPathComponent
            case .embedded(let name): return name
            }
        }
    }

    /// The layer of a text: `--layer` when given (whether or not it exists), else the companion
    /// file `<text>.moves.json` when it exists, else for the bundled essay its bundled layer;
    /// nil when there is none.
    public static func source(explicitPath: String?, for text: LoadedText) -> Source? {
        if let explicitPath { return .file(explicitPath) }
        if let path = text.path {
            let candidate = companionPath(forText: path)
            return FileManager.default.fileExists(atPath: candidate) ? .file(candidate) : nil
        }
        let name = BundledText.layerFileName(forText: BundledText.essayFileName)
        return EmbeddedFiles.bytes(named: name) == nil ? nil : .embedded(name)
    }

    /// The bytes of a layer; a file that is missing or cannot be read ends the program (66).
    public static func bytes(of source: Source) throws -> [UInt8] {
        switch source {
        case .file(let path): return try readLayerFile(path)
        case .embedded(let name):
            guard let bytes = EmbeddedFiles.bytes(named: name) else {
                throw CommandFailure(message: "the bundled layer \(name) is missing from this build", exitCode: 70)
            }
            return bytes
        }
    }

    /// A taxonomy by name — `moves` or `conversion`, the bundled ones — or from a file.
    public static func taxonomy(_ nameOrPath: String) throws -> Taxonomy {
        switch nameOrPath {
        case "moves": return try bundledTaxonomy()
        case "conversion": return try bundledTaxonomy(named: BundledText.conversionTaxonomyFileName)
        default:
            let bytes = try bytes(of: .file(nameOrPath))
            do {
                return try Taxonomy.decode(bytes)
            } catch {
                throw CommandFailure(message: "\(nameOrPath): \(error)", exitCode: 65)
            }
        }
    }

    /// The move taxonomy compiled into the binary; a missing or invalid one ends the program (70).
    public static func bundledTaxonomy() throws -> Taxonomy {
        try bundledTaxonomy(named: BundledText.taxonomyFileName)
    }

    /// A taxonomy compiled into the binary; a missing or invalid one ends the program (70).
    static func bundledTaxonomy(named name: String) throws -> Taxonomy {
        guard let bytes = EmbeddedFiles.bytes(named: name) else {
            throw CommandFailure(message: "the taxonomy \(name) is missing from this build", exitCode: 70)
        }
        do {
            return try Taxonomy.decode(bytes)
        } catch {
            throw CommandFailure(message: "the bundled taxonomy \(name) is invalid: \(error)", exitCode: 70)
        }
    }

    /// The source layer of a text (Docs/sources.md): `<text>.sources.json` next to it, or the
    /// bundled essay's; nil when there is none or it cannot be read.
    static func sourcesLayer(for text: LoadedText) -> AnnotationLayer? {
        let found: Source
        if let path = text.path {
            let companion = sourcesPath(forText: path)
            guard FileManager.default.fileExists(atPath: companion) else { return nil }
            found = .file(companion)
        } else {
            found = .embedded(sourcesFileName(forText: BundledText.essayFileName))
        }
        return (try? bytes(of: found)).flatMap { try? AnnotationLayer.decode($0) }
    }

    /// The conversion layer of a text (Docs/provenance.md), resolved with the conversion
    /// taxonomy: `<text>.conversion.json` next to it, or the bundled essay's; nil when there is
    /// none or it cannot be read.
    static func conversionLayer(for text: LoadedText) -> AnnotationSet? {
        let found: Source
        if let path = text.path {
            let url = URL(fileURLWithPath: path)
            let companion = url.deletingLastPathComponent()
                .appendingPathComponent(BundledText.conversionLayerFileName(forText: url.lastPathComponent)).path
            guard FileManager.default.fileExists(atPath: companion) else { return nil }
            found = .file(companion)
        } else {
            found = .embedded(BundledText.conversionLayerFileName(forText: BundledText.essayFileName))
        }
        guard let bytes = try? bytes(of: found), let layer = try? AnnotationLayer.decode(bytes),
              let taxonomy = try? bundledTaxonomy(named: BundledText.conversionTaxonomyFileName) else { return nil }
        return resolve(layer, text: text, taxonomy: taxonomy)
    }

    /// `<stem>.sources.json` for a text file name `<stem>.txt`.
    static func sourcesFileName(forText name: String) -> String {
        (name.hasSuffix(".txt") ? String(name.dropLast(4)) : name) + ".sources.json"
    }

    /// `<dir>/<stem>.sources.json` for `<dir>/<stem>.txt`.
    static func sourcesPath(forText path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(sourcesFileName(forText: url.lastPathComponent)).path
    }

    /// `<dir>/<stem>.moves.json` for `<dir>/<stem>.txt` (or `<file>.moves.json` for other names).
    public static func companionPath(forText path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let name = BundledText.layerFileName(forText: url.lastPathComponent)
        return url.deletingLastPathComponent().appendingPathComponent(name).path
    }

    private static func resolve(_ layer: AnnotationLayer, text: LoadedText, taxonomy: Taxonomy) -> AnnotationSet {
        AnnotationSet(index: AnnotationIndex(layer: layer, document: text.document, taxonomy: taxonomy), taxonomy: taxonomy)
    }

    private static func readLayerFile(_ path: String) throws(CommandFailure) -> [UInt8] {
        try FileBytes.read(path, missing: "no such layer file", unreadable: "cannot be read as a layer file")
    }
}
