import PingdianDictionary

extension Commands {
    /// `pingdian define WORD…`: the bundled dictionary's entries for each word (Traditional or
    /// Simplified), or its parts. Exit 1 when none of the words is found, 70 when the dictionary
    /// is missing from the build.
    public static func define(words: [String], json: Bool) -> CommandResult {
        guard let index = BundledDictionary.index else {
            return .failed(CommandFailure(message: "the dictionary is missing from this build", exitCode: 70))
        }
        let listing = DefinitionListing(words: words, index: index)
        return CommandResult(output: Array((json ? listing.json : listing.plain).utf8), exitCode: listing.isEmpty ? 1 : 0)
    }
}
