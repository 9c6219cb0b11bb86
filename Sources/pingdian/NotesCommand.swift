import PingdianRuntime
import ArgumentParser
import Foundation
import PingdianCore

/// `pingdian notes`: the reader's own annotations of a text, for people and for other programs.
struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "List your own notes on a text: one block per note, or a JSON array with --json.",
        discussion: """
        Reads the state file the reader keeps for the text (or the one given with --notes) and never \
        changes it. No notes print nothing (or [] with --json). Exit codes: 0 listed, 65 a state \
        file that is corrupt or from a newer pingdian, 66 a file that cannot be read.
        """)

    @Argument(help: "The text the notes belong to (default: the bundled essay).")
    var file: String?

    @Flag(help: "Print a JSON array (id, kind, quote, start, end, paragraph, note, links, created, modified).")
    var json = false

    @Option(help: "The state file to read (default: the one the reader uses for the text, under $XDG_DATA_HOME/pingdian/).")
    var notes: String?

    func run() throws {
        let text: LoadedText
        do {
            text = try LoadedText.open(file)
        } catch let failure as CommandFailure {
            failure.exit()
        }
        let url = ReadingStateFile.url(override: notes, for: text, environment: ProcessInfo.processInfo.environment)
        let state: ReadingState?
        do {
            state = try StateStore.load(from: url)
        } catch {
            switch error {
            case .corrupt, .newerVersion: CommandFailure(message: error.message, exitCode: 65).exit()
            default: CommandFailure(message: error.message, exitCode: 66).exit()
            }
        }
        let listing = NoteListing(state?.annotations ?? [], in: text.document)
        FileHandle.standardOutput.write(Data((json ? listing.json : listing.plain).utf8))
    }
}
