import Foundation
import PingdianApp
import PingdianCore

extension Commands {
    /// `pingdian search`: every match of `query` in `file` (nil: the bundled essay) with
    /// `context` scalars on each side, one grep-like line each (the match styled with `color`) or
    /// a JSON array. Exit 1 when nothing matched, as grep; 65 for a file that is not a text, 66
    /// for one that cannot be opened.
    public static func search(_ query: SearchQuery, in file: String?, context: Int, json: Bool, color: ColorChoice,
                              environment: [String: String] = ProcessInfo.processInfo.environment) -> CommandResult {
        let text: LoadedText
        do { text = try LoadedText.open(file) } catch { return .failed(CommandFailure(error)) }
        let strings = UIStrings(UILanguage.preferred(environment: environment))
        let listing = SearchListing(query, in: text.document, context: context)
        let output = json ? Array(listing.json.utf8) : CommandResult.bytes(lines: listing.lines(color: color.capability(environment: environment) != nil))
        return CommandResult(warnings: text.warning.map { [strings.warning($0)] } ?? [], output: output,
                             exitCode: listing.entries.isEmpty ? 1 : 0)
    }
}
