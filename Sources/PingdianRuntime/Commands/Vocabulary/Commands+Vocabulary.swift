import Foundation
import PingdianCore
import PingdianDictionary

extension Commands {
    /// `pingdian vocabulary`: the words saved from the dictionary on `file` (nil: the bundled
    /// essay), as the state file `stateFile` (nil: the reader's) holds them, as TSV for Anki or
    /// JSON; never writes. Exit 65 for a state file that is corrupt or from a newer pingdian, 66
    /// for a file that cannot be read.
    public static func vocabulary(file: String?, stateFile: String?, json: Bool,
                                  environment: [String: String] = ProcessInfo.processInfo.environment) -> CommandResult {
        do {
            let text = try LoadedText.open(file)
            let state = try AnnotationSources.state(at: ReadingStateFile.url(override: stateFile, for: text, environment: environment))
            let listing = VocabularyListing(state?.vocabulary ?? [], in: text.document, index: BundledDictionary.index)
            return CommandResult(output: Array((json ? listing.json : listing.tsv).utf8))
        } catch {
            return .failed(CommandFailure(error))
        }
    }
}
