import Foundation
import PingdianCore

extension Commands {
    /// `pingdian import`: adds the annotations of the export at `export` to the reader's notes on
    /// `file` (nil: the bundled essay), in the state file `notes` (nil: the reader's), through
    /// the reader's lock; duplicates of a note or of the curated layer (`layer`) are skipped.
    /// With `dryRun`, writes nothing. Says how many were imported, skipped and orphaned. Exit 65
    /// for a file pingdian does not import or a notes file it must not change, 66 for a file that
    /// cannot be opened, 73 for a notes file that cannot be written.
    public static func importAnnotations(from export: String, into file: String?, notes: String?, layer: String?, dryRun: Bool,
                                         environment: [String: String] = ProcessInfo.processInfo.environment) -> CommandResult {
        var warnings: [String] = []
        do {
            let line = try importing(from: export, into: file, notes: notes, layer: layer, dryRun: dryRun, environment: environment,
                                     warnings: &warnings)
            return CommandResult(warnings: warnings, output: CommandResult.bytes(lines: line.map { [$0] } ?? []))
        } catch {
            return .failed(CommandFailure(error), warnings: warnings)
        }
    }

    /// The import itself; returns the summary line (none when no plan was made).
    private static func importing(from export: String, into file: String?, notes: String?, layer: String?, dryRun: Bool,
                                  environment: [String: String], warnings: inout [String]) throws -> String? {
        let bytes = try FileBytes.read(export, missing: "no such file", unreadable: "cannot be read")
        let text = try LoadedText.open(file)
        let curated = try AnnotationSources.curated(explicitPath: layer, for: text)
        if let warning = curated.warning { warnings.append(warning) }
        let imported: ImportFile
        do {
            imported = try ImportFile.read(bytes, taxonomy: curated.taxonomy)
        } catch {
            throw CommandFailure(message: "\(export): \(error.message)", exitCode: 65)
        }
        if let sha256 = imported.textSHA256, sha256 != TextIdentity.fingerprint(of: text.document) {
            warnings.append("\(export) was exported from another text (or another version of it); its annotations are found again by their quotes")
        }
        let url = ReadingStateFile.url(override: notes, for: text, environment: environment)
        // A hint imported as a note must not keep the id of the hint: an export of notes and
        // hints would hold two annotations of one id.
        let hintIDs = Set(AnnotationSources.hints(for: text.document, language: .english).map(\.id))
        func plan(_ state: ReadingState?) -> ImportPlan {
            Importer.plan(imported, document: text.document, notes: state?.annotations ?? [], curated: curated.annotations, reservedIDs: hintIDs)
        }
        var made: ImportPlan?
        if dryRun {
            made = plan(try AnnotationSources.state(at: url))
        } else {
            do {
                try StateStore.apply(to: url, document: text.document, path: text.path) { state in
                    made = plan(state)
                    return made?.changes ?? []
                }
            } catch {
                throw AnnotationSources.failure(error)
            }
        }
        return made.map { ImportSummary.line($0, format: imported.format, into: url.path, dryRun: dryRun) }
    }
}
