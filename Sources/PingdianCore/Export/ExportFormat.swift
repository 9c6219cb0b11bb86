import Foundation

/// Every format `pingdian export --format` knows, and the exporter of each (Docs/file-formats.md).
///
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

    /// The exporter of the format: the one place to register one.
    public var exporter: Exporter {
        switch self {
        case .json: return { document, _ in JSONExporter.export(document) }
        case .w3c: return { document, _ in W3CExporter.export(document) }
        case .hypothesis: return { document, options in HypothesisExporter.export(document, options: options) }
        case .markdown: return { document, options in Array(MarkdownExporter.export(document, language: options.language).utf8) }
        case .html: return { document, options in Array(HTMLExporter.export(document, language: options.language).utf8) }
        case .csv: return { document, options in CSVExporter.export(document, language: options.language) }
        case .brat: return { document, options in Array(BratExporter.export(document, language: options.language).annotations.utf8) }
        case .argdown: return { document, options in Array(ArgdownExporter.export(document, language: options.language).utf8) }
        }
    }

    /// The extension of a file of this format.
    public var fileExtension: String {
        switch self {
        case .markdown: return "md"
        case .json: return "export.json"
        case .w3c: return "w3c.jsonld"
        case .hypothesis: return "hypothesis.json"
        case .html: return "html"
        case .csv: return "csv"
        case .brat: return "ann"
        case .argdown: return "argdown"
        }
    }

    /// Files that belong beside an export written to `path` (brat needs the text and its
    /// configuration next to the `.ann`): each a path and its bytes.
    public func companionFiles(for path: String, document: ExportDocument, options: ExportOptions) -> [(path: String, bytes: [UInt8])] {
        guard self == .brat else { return [] }
        let folder = (path as NSString).deletingLastPathComponent
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let text = BratExporter.export(document, language: options.language).text
        return [
            ((folder as NSString).appendingPathComponent(stem + ".txt"), Array(text.utf8)),
            ((folder as NSString).appendingPathComponent("annotation.conf"), Array(BratExporter.configuration(document, language: options.language).utf8)),
            ((folder as NSString).appendingPathComponent("visual.conf"), Array(BratExporter.visualConfiguration(document, language: options.language).utf8)),
        ]
    }

    /// The format's bytes for `document`.
    public func export(_ document: ExportDocument, options: ExportOptions = ExportOptions()) -> [UInt8] {
        exporter(document, options)
    }
}
