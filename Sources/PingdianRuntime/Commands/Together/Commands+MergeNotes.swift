import Foundation
import PingdianCore

extension Commands {
    /// `pingdian merge-notes BASE OURS THEIRS`: git's merge driver for notes files (`%O %A %B`,
    /// set up by `pingdian git-setup`), also run by hand. Merges the three state files by note id
    /// (``NotesMerge``) and writes the result over `ours` (or to `output`): always a state file
    /// pingdian reads, never one with conflict markers — a note changed on both sides keeps both
    /// versions for the reader to choose between. An empty or missing `base` means the file is
    /// new on both sides. Says on standard error what it did, and exits 0.
    ///
    /// Files that are not pingdian state files (another JSON file the `.gitattributes` pattern
    /// caught) are merged as git merges text, with `git merge-file` (exit 1 when that leaves
    /// conflicts). A corrupt state file or one from a newer pingdian is left alone, exit 65.
    public static func mergeNotes(base: String, ours: String, theirs: String, output: String?,
                                  environment: [String: String] = ProcessInfo.processInfo.environment) -> CommandResult {
        do {
            return try mergingNotes(base: base, ours: ours, theirs: theirs, output: output, environment: environment)
        } catch {
            return .failed(CommandFailure(error))
        }
    }

    private static func mergingNotes(base: String, ours: String, theirs: String, output: String?,
                                     environment: [String: String]) throws -> CommandResult {
        let ourBytes = try FileBytes.read(ours, missing: "no such file", unreadable: "cannot be read")
        let theirBytes = try FileBytes.read(theirs, missing: "no such file", unreadable: "cannot be read")
        let baseBytes = FileManager.default.contents(atPath: base).map { [UInt8]($0) } ?? []
        guard ReadingState.isStateFile(ourBytes), ReadingState.isStateFile(theirBytes) else {
            return try mergeAsText(base: base, ours: ours, theirs: theirs, output: output, environment: environment)
        }
        let ourState = try loadState(ours)
        let theirState = try loadState(theirs)
        let baseState = baseBytes.isEmpty || !ReadingState.isStateFile(baseBytes) ? nil : try loadState(base)
        let (merged, report) = NotesMerge.merge(base: baseState, ours: ourState, theirs: theirState)
        let destination = output ?? ours
        do {
            try StateStore.save(merged, to: URL(fileURLWithPath: destination))
        } catch {
            throw CommandFailure(message: error.message, exitCode: 73)
        }
        var warnings = [MergeSummary.line(report, notes: merged.annotations.count, file: destination)]
        if ourState.text.sha256 != theirState.text.sha256 {
            warnings.append("the two sides were made on different versions of the text; each note is found again by its quote when the text is opened")
        }
        return CommandResult(warnings: warnings)
    }

    /// A state file, or the failure that leaves it alone (65 corrupt or newer, 66 unreadable).
    private static func loadState(_ path: String) throws -> ReadingState {
        do {
            guard let state = try StateStore.load(from: URL(fileURLWithPath: path)) else {
                throw CommandFailure(message: "\(path): no such file", exitCode: 66)
            }
            return state
        } catch let error as StateFileError {
            if case .unreadable = error { throw CommandFailure(message: error.message, exitCode: 66) }
            throw CommandFailure(message: error.message, exitCode: 65)
        }
    }

    /// Merges files that are not state files as git does text: `git merge-file`, writing
    /// conflict markers into `ours` (or `output`) where the sides disagree.
    private static func mergeAsText(base: String, ours: String, theirs: String, output: String?,
                                    environment: [String: String]) throws -> CommandResult {
        guard let git = ExternalCommand.find("git", environment: environment) else {
            throw CommandFailure(message: "\(ours) is not a pingdian notes file, and git (to merge it as text) is not on PATH", exitCode: 65)
        }
        var arguments = ["merge-file"]
        if output != nil { arguments.append("--stdout") }
        arguments += [ours, base, theirs]
        let run = try ExternalCommand.run(git, arguments, environment: environment)
        if let output { try Data(run.output).write(to: URL(fileURLWithPath: output)) }
        let conflicts = max(0, run.status)
        return CommandResult(warnings: ["\(ours) is not a pingdian notes file: merged as text (git merge-file), \(conflicts) conflict(s)"],
                             exitCode: conflicts == 0 ? 0 : 1)
    }
}

/// The line `pingdian merge-notes` says.
enum MergeSummary {
    static func line(_ report: NotesMerge.Report, notes: Int, file: String) -> String {
        var parts = ["merged \(file): \(notes) note(s)", "\(report.takenFromTheirs) from the other side", "\(report.deleted) deleted"]
        if !report.conflicts.isEmpty {
            parts.append("\(report.conflicts.count) changed on both sides, both versions kept for you to choose in the reader ("
                         + report.conflicts.joined(separator: ", ") + ")")
        }
        if !report.keptOverDeletion.isEmpty {
            parts.append("\(report.keptOverDeletion.count) deleted on one side but changed on the other, kept (" + report.keptOverDeletion.joined(separator: ", ") + ")")
        }
        return parts.joined(separator: "; ")
    }
}
