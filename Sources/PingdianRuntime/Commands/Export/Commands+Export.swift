import Foundation
import PingdianApp
import PingdianCore
import PingdianDictionary

extension Commands {
    /// `pingdian export`: the annotations `request` asks for in its format, on standard output
    /// or written to `request.output` with the format's companion files. Exit 65 for a notes
    /// file or layer that cannot be read, 66 for a file that cannot be opened, 73 for an output
    /// that cannot be written.
    public static func export(_ request: ExportRequest, environment: [String: String] = ProcessInfo.processInfo.environment,
                              now: Date = Date()) -> CommandResult {
        let language = UILanguage.preferred(environment: environment)
        let options = ExportOptions(now: now, language: language)
        let strings = UIStrings(language)
        var warnings: [String] = []
        let document: ExportDocument
        do {
            document = try exportDocument(request, language: language, environment: environment, warnings: &warnings)
        } catch {
            return .failed(CommandFailure(error), warnings: warnings)
        }
        guard let output = request.output else {
            return CommandResult(warnings: warnings, output: request.format.export(document, options: options))
        }
        do {
            try ExportWriting.write(document, format: request.format, options: options, toPath: output)
        } catch {
            return .failed(CommandFailure(message: strings.exportNotWritten(path: output, error), exitCode: 73), warnings: warnings)
        }
        return CommandResult(warnings: warnings)
    }

    /// The export of `request` before it is written: the text, the layers asked for (the curated
    /// one as the reader finds it, the notes from the state file, the hints with notes in
    /// `language`) and the kinds. Appends to `warnings` a curated layer left out and the ids two
    /// layers share.
    public static func exportDocument(_ request: ExportRequest, language: UILanguage, environment: [String: String],
                                      warnings: inout [String]) throws -> ExportDocument {
        let text = try LoadedText.open(request.file)
        let curated = try AnnotationSources.curated(explicitPath: request.layer, for: text)
        if let warning = curated.warning { warnings.append(warning) }
        let kinds = try request.kinds.map { list throws(CommandFailure) in try ExportSelection.kinds(list, taxonomy: curated.taxonomy) }
        var sources: [(ExportLayer, [Annotation])] = []
        if request.layers.contains(.curated) { sources.append((.curated, curated.annotations)) }
        var vocabulary: [VocabularyEntry] = []
        if request.layers.contains(.user) {
            let url = ReadingStateFile.url(override: request.notes, for: text, environment: environment)
            let state = try AnnotationSources.state(at: url)
            sources.append((.user, state?.annotations ?? []))
            vocabulary = state?.vocabulary ?? []
        }
        if request.layers.contains(.hints) {
            sources.append((.hints, AnnotationSources.hints(for: text.document, language: language)))
        }
        var taxonomy = curated.taxonomy
        if request.layers.contains(.conversion) {
            // The conversion layer's kinds are its own taxonomy's, added to the moves' for the export.
            guard let conversion = LayerLoading.conversionLayer(for: text), let kinds = conversion.taxonomy?.kinds else {
                throw CommandFailure(message: "\(text.document.title) has no conversion layer (pingdian provenance --layer makes one)", exitCode: 66)
            }
            sources.append((.conversion, conversion.layerAnnotations))
            taxonomy = Taxonomy(kinds: taxonomy.kinds + kinds.filter { taxonomy.kind(forKey: $0.key) == nil })
        }
        warnings += SharedIDs.warnings(sources)
        var document = ExportDocument(document: text.document, sourcePath: text.path, taxonomy: taxonomy, layers: sources, kinds: kinds)
        // The reader's vocabulary goes with the reader's layer.
        document.vocabulary = VocabularyListing(vocabulary, in: text.document, index: BundledDictionary.index).rows
        return document
    }
}
