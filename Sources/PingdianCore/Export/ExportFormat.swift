/// Every format `pingdian export --format` knows, and the exporter of each (Docs/file-formats.md).
///
/// Formats another branch is still building have no exporter yet: ``export(_:options:)``
/// returns nil for them, and the command says so instead of writing anything.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// Markdown for people: the text's annotations as a readable list.
    case markdown
    /// pingdian's own versioned JSON (`pingdian-export`).
    case json
    /// A W3C Web Annotation `AnnotationCollection` (JSON-LD).
    case w3c
    /// A file the Hypothesis client imports.
    case hypothesis
    /// A standalone HTML page of the text with its annotations.
    case html
    /// One row per annotation, comma-separated.
    case csv
    /// brat standoff annotations.
    case brat
    /// The contradictions and their claims as an Argdown argument map.
    case argdown

    /// Writes an ``ExportDocument`` as a format's bytes.
    public typealias Exporter = @Sendable (ExportDocument, ExportOptions) -> [UInt8]

    /// The exporter of the format; nil while it is not built yet. The one place to register one.
    public var exporter: Exporter? {
        switch self {
        case .json: return { document, _ in JSONExporter.export(document) }
        case .w3c: return { document, _ in W3CExporter.export(document) }
        case .hypothesis: return { document, options in HypothesisExporter.export(document, options: options) }
        // Not built yet: each is filled in by the branch that writes its exporter.
        case .markdown: return nil
        case .html: return nil
        case .csv: return nil
        case .brat: return nil
        case .argdown: return nil
        }
    }

    /// Whether this build can write the format.
    public var isAvailable: Bool { exporter != nil }

    /// The format's bytes for `document`; nil while its exporter is not built yet.
    public func export(_ document: ExportDocument, options: ExportOptions = ExportOptions()) -> [UInt8]? {
        exporter?(document, options)
    }
}
