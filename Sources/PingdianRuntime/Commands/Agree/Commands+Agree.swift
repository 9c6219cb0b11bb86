import CellWidth
import Foundation
import PingdianCore

extension Commands {
    /// How `pingdian agree` prints its report.
    public enum AgreementFormat: String, Sendable, CaseIterable {
        case text, json, csv
    }

    /// `pingdian agree PATH…`: how far the readers whose notes files are `paths` agree on the
    /// moves of `file` (nil: the bundled essay), and with `curated` each against the text's
    /// curated layer. Files that cannot be read are left out with a line each; fewer than two
    /// readers left (one with the curated layer) is a failure (65).
    public static func agree(paths: [String], file: String?, layer: String?, curated: Bool, format: AgreementFormat,
                             language: UILanguage) -> CommandResult {
        // Columns are padded by terminal cells, which the C library counts in a UTF-8 locale.
        UTF8Locale.activate()
        var warnings: [String] = []
        do {
            let readers = try ReadersOfText(paths: paths, file: file, layer: layer, warnings: &warnings)
            let (document, curatedLayer, layers) = (readers.text.document, readers.curated, readers.layers)
            if curated && curatedLayer.annotations.isEmpty {
                throw CommandFailure(message: "--curated: the text has no curated layer (give one with --layer)", exitCode: 66)
            }
            guard layers.count >= 2 || (curated && layers.count == 1) else {
                throw CommandFailure(message: "agreement needs two readers' notes (or one with --curated); \(layers.count) could be read", exitCode: 65)
            }
            let report = AgreementReport(layers: layers, document: document, taxonomy: curatedLayer.taxonomy,
                                         curated: curated ? curatedLayer.annotations : nil)
            let listing = AgreementListing(report: report, title: document.title, taxonomy: curatedLayer.taxonomy, language: language)
            let output: String
            switch format {
            case .text: output = listing.plain
            case .json: output = listing.json
            case .csv: output = listing.csv
            }
            return CommandResult(warnings: warnings, output: Array(output.utf8))
        } catch {
            return .failed(CommandFailure(error), warnings: warnings)
        }
    }
}
