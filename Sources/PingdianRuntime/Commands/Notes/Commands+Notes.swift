import Foundation
import PingdianCore

extension Commands {
    /// `pingdian notes`: the reader's notes on `file` (nil: the bundled essay) as the state file
    /// `stateFile` (nil: the reader's) holds them, one block each or a JSON array; never writes.
    /// Exit 65 for a state file that is corrupt or from a newer pingdian, 66 for a file that
    /// cannot be read.
    public static func notes(file: String?, stateFile: String?, json: Bool,
                             environment: [String: String] = ProcessInfo.processInfo.environment) -> CommandResult {
        do {
            let text = try LoadedText.open(file)
            let state = try AnnotationSources.state(at: ReadingStateFile.url(override: stateFile, for: text, environment: environment))
            let listing = NoteListing(state?.annotations ?? [], in: text.document)
            return CommandResult(output: Array((json ? listing.json : listing.plain).utf8))
        } catch {
            return .failed(CommandFailure(error))
        }
    }
}
