import ArgumentParser
import Foundation
import PingdianApp
import PingdianRuntime
import PingdianCore

/// `pingdian export`: a text's annotations in another format, for other programs and people.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a text's annotations (curated layer, your notes, cue hints) in another format.",
        discussion: """
        Formats: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")). Docs/export.md describes \
        each. With --output, brat also writes the text (.txt) and its annotation.conf and visual.conf beside the .ann.

        The curated layer is found as the reader finds it (--layer, else <text>.moves.json, else the \
        bundled essay's); your notes are read from the state file the reader keeps (or --notes) and \
        never changed. Every format carries each annotation's kind, quote, note, offsets and links.

        Exit codes: 0 written, 64 bad usage, 65 a corrupt or newer notes file or a layer that cannot \
        be read, 66 a file that cannot be opened, 73 an output file that cannot be written.
        """)

    @Argument(help: "The text (default: the bundled essay).")
    var file: String?

    @Option(help: "The format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: String

    @Option(name: [.short, .long], help: "Write to this file (replaced atomically) instead of standard output.")
    var output: String?

    @Option(help: "Which annotations, comma-separated: curated, user (your notes), hints.")
    var layers = "curated,user"

    @Option(help: "Only these kinds, comma-separated keys (default: all).")
    var kinds: String?

    @Option(help: "The state file holding your notes (default: the one the reader uses for the text).")
    var notes: String?

    @Option(help: "The curated layer (default: <text>.moves.json next to the text, or the bundled essay's).")
    var layer: String?

    /// Refuses an unknown format, layer or kind before anything is read, listing the valid ones.
    func validate() throws {
        _ = try Self.parseFormat(format)
        _ = try Self.parseLayers(layers)
        if let kinds, let taxonomy = try? LayerLoading.bundledTaxonomy() { _ = try Self.parseKinds(kinds, taxonomy: taxonomy) }
    }

    func run() throws {
        let exportFormat = try Self.parseFormat(format)
        let chosenLayers = try Self.parseLayers(layers)
        let environment = ProcessInfo.processInfo.environment
        let language = UILanguage.preferred(environment: environment)
        let document: ExportDocument
        do {
            let text = try LoadedText.open(file)
            let (curated, taxonomy) = try AnnotationSources.curated(explicitPath: layer, for: text)
            let chosenKinds = try kinds.map { try Self.parseKinds($0, taxonomy: taxonomy) }
            var sources: [(ExportLayer, [Annotation])] = []
            if chosenLayers.contains(.curated) { sources.append((.curated, curated)) }
            if chosenLayers.contains(.user) {
                let url = ReadingStateFile.url(override: notes, for: text, environment: environment)
                sources.append((.user, try AnnotationSources.state(at: url)?.annotations ?? []))
            }
            if chosenLayers.contains(.hints) {
                sources.append((.hints, AnnotationSources.hints(for: text.document, language: language)))
            }
            Self.warnAboutSharedIDs(sources)
            document = ExportDocument(document: text.document, sourcePath: text.path, taxonomy: taxonomy,
                                      layers: sources, kinds: chosenKinds)
        } catch let failure as CommandFailure {
            failure.exit()
        }
        let bytes = exportFormat.export(document, options: ExportOptions(now: Date(), language: language))
        guard let output else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        do {
            try ExportFile.write(bytes, toPath: output)
            for companion in exportFormat.companionFiles(for: output, document: document, options: ExportOptions(now: Date(), language: language)) {
                try ExportFile.write(companion.bytes, toPath: companion.path)
            }
        } catch {
            CommandFailure(message: "\(output): cannot write the export (\(error.reason))", exitCode: 73).exit()
        }
    }

    /// Warns on standard error about an id two layers use (a notes file made beside another
    /// layer): the export holds both, and links to that id are ambiguous.
    static func warnAboutSharedIDs(_ sources: [(ExportLayer, [Annotation])]) {
        var layerByID: [String: ExportLayer] = [:]
        for (layer, annotations) in sources {
            for annotation in annotations {
                if let other = layerByID[annotation.id], other != layer {
                    FileHandle.standardError.write(Data(
                        "pingdian: warning: the id \"\(annotation.id)\" is used by the \(other.rawValue) and \(layer.rawValue) layers; links to it are ambiguous\n".utf8))
                }
                layerByID[annotation.id] = layerByID[annotation.id] ?? layer
            }
        }
    }

    /// The format named `name`, or a usage error listing them all.
    static func parseFormat(_ name: String) throws -> ExportFormat {
        guard let format = ExportFormat(rawValue: name.lowercased()) else {
            throw ValidationError("unknown format '\(name)'; the formats are \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return format
    }

    /// The layers of a comma-separated list, or a usage error listing them.
    static func parseLayers(_ list: String) throws -> Set<ExportLayer> {
        let names = Self.items(of: list)
        let valid = ExportLayer.allCases.map(\.rawValue).joined(separator: ", ")
        guard !names.isEmpty else { throw ValidationError("--layers needs at least one of \(valid)") }
        return Set(try names.map { name in
            guard let layer = ExportLayer(rawValue: name) else {
                throw ValidationError("unknown layer '\(name)'; the layers are \(valid)")
            }
            return layer
        })
    }

    /// The kind keys of a comma-separated list, or a usage error listing the taxonomy's.
    static func parseKinds(_ list: String, taxonomy: Taxonomy) throws -> Set<String> {
        let keys = Self.items(of: list)
        let valid = taxonomy.kinds.map(\.key).joined(separator: ", ")
        guard !keys.isEmpty else { throw ValidationError("--kinds needs at least one of \(valid)") }
        for key in keys where taxonomy.kind(forKey: key) == nil {
            throw ValidationError("unknown kind '\(key)'; the kinds are \(valid)")
        }
        return Set(keys)
    }

    /// The non-empty, trimmed items of a comma-separated list.
    static func items(of list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
