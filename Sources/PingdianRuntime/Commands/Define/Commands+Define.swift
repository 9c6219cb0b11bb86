import Foundation
import PingdianCore
import PingdianDictionary

extension Commands {
    /// `pingdian define WORD…`: each word's entries (Traditional or Simplified) in the bundled
    /// dictionary, or its parts, and in the reader's own dictionaries
    /// (`$XDG_DATA_HOME/pingdian/dictionaries/`; one that cannot be read is named on standard
    /// error). Exit 1 when none of the words is found, 70 when the dictionary is missing from the build.
    public static func define(words: [String], json: Bool,
                              environment: [String: String] = ProcessInfo.processInfo.environment) -> CommandResult {
        guard BundledDictionary.index != nil else {
            return .failed(CommandFailure(message: "the dictionary is missing from this build", exitCode: 70))
        }
        let dictionary = BundledWordDictionary(userFolder: UserDictionaries.folder(dataDirectory: StateStore.directory(environment: environment)))
        let listing = DefinitionListing(lookups: words.map(dictionary.lookUp(phrase:)))
        let problems = listing.lookups.flatMap(\.problems).map { "dictionary not used: " + $0 }
        return CommandResult(warnings: problems, output: Array((json ? listing.json : listing.plain).utf8), exitCode: listing.isEmpty ? 1 : 0)
    }
}
