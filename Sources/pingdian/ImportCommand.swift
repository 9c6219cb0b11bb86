import PingdianRuntime
import ArgumentParser
import Foundation
import PingdianCore

/// `pingdian import`: annotations from an export (pingdian's JSON, W3C, Hypothesis) into your notes.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the annotations of an export (pingdian JSON, W3C Web Annotation, Hypothesis) to your notes on a text.",
        discussion: """
        The format is told from the content. Each annotation is found again in the text by its \
        quote, context and offsets; one whose quote is not there is kept as not found (orphaned). \
        One with the same kind, range and note as one of your notes or of the curated layer is \
        skipped as a duplicate, so importing twice adds nothing. Ids are kept when free, else get \
        -2, -3…; links follow them. W3C linking annotations become links; a kind comes from a \
        tag naming a kind of the taxonomy, else it is 'claim'.

        The notes are written through the same lock as the reader's, so a reader running on the \
        text loses nothing. Prints how many were imported, skipped as duplicates and orphaned.

        Exit codes: 0 done, 64 bad usage, 65 a file pingdian does not import or a corrupt or newer \
        notes file, 66 a file that cannot be opened, 73 a notes file that cannot be written.
        """)

    @Argument(help: "The export to import (JSON).")
    var export: String

    @Argument(help: "The text the annotations belong to (default: the bundled essay).")
    var file: String?

    @Option(help: "The state file holding your notes (default: the one the reader uses for the text).")
    var notes: String?

    @Option(help: "The curated layer, for duplicates (default: <text>.moves.json next to the text, or the bundled essay's).")
    var layer: String?

    @Flag(help: "Say what would be imported, and write nothing.")
    var dryRun = false

    func run() throws {
        do {
            try importAnnotations()
        } catch let failure as CommandFailure {
            failure.exit()
        }
    }

    private func importAnnotations() throws {
        let bytes = try Self.contents(of: export)
        let text = try LoadedText.open(file)
        let (curated, taxonomy) = try AnnotationSources.curated(explicitPath: layer, for: text)
        let imported: ImportFile
        do {
            imported = try ImportFile.read(bytes, taxonomy: taxonomy)
        } catch {
            throw CommandFailure(message: "\(export): \(error.message)", exitCode: 65)
        }
        if let sha256 = imported.textSHA256, sha256 != TextIdentity.fingerprint(of: text.document) {
            FileHandle.standardError.write(Data(
                "pingdian: \(export) was exported from another text (or another version of it); its annotations are found again by their quotes\n".utf8))
        }
        let environment = ProcessInfo.processInfo.environment
        let url = ReadingStateFile.url(override: notes, for: text, environment: environment)
        // A hint imported as a note must not keep the id of the hint: an export of notes and
        // hints would hold two annotations of one id.
        let hintIDs = Set(AnnotationSources.hints(for: text.document, language: .english).map(\.id))
        var plan: ImportPlan?
        if dryRun {
            let state = try AnnotationSources.state(at: url)
            plan = Importer.plan(imported, document: text.document, notes: state?.annotations ?? [], curated: curated, reservedIDs: hintIDs)
        } else {
            do {
                try StateStore.apply(to: url, document: text.document, path: text.path) { state in
                    let made = Importer.plan(imported, document: text.document, notes: state?.annotations ?? [], curated: curated,
                                             reservedIDs: hintIDs)
                    plan = made
                    return made.changes
                }
            } catch {
                throw AnnotationSources.failure(error)
            }
        }
        guard let plan else { return }
        print(Self.summary(plan, format: imported.format, into: url.path, dryRun: dryRun))
    }

    /// `3 imported, 1 skipped as duplicates, 1 orphaned (W3C Web Annotation file, into PATH)`,
    /// with what was left out or renamed when anything was.
    static func summary(_ plan: ImportPlan, format: ImportFile.Format, into path: String, dryRun: Bool) -> String {
        var parts = ["\(plan.annotations.count) \(dryRun ? "to import" : "imported")",
                     "\(plan.duplicates) skipped as duplicates", "\(plan.orphaned) orphaned"]
        if plan.renamed > 0 { parts.append("\(plan.renamed) given a new id") }
        if plan.unusable > 0 { parts.append("\(plan.unusable) left out (no quote or position)") }
        let place = dryRun ? "dry run, nothing written to \(path)" : "into \(path)"
        return parts.joined(separator: ", ") + " (\(format.name) file, \(place))"
    }

    /// The bytes of the file to import; a missing or unreadable one ends the program (66).
    private static func contents(of path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure(message: "\(path): no such file", exitCode: 66)
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure(message: "\(path): cannot be read", exitCode: 66)
        }
        return [UInt8](data)
    }
}
