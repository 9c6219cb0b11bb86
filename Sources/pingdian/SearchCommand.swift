import ArgumentParser
import PingdianCore
import PingdianRuntime

/// `pingdian search`: the matches of a pattern in a text, one line each like grep, or JSON.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find a pattern in a text, as a Chinese reader means it: Traditional or Simplified, any width, any case.",
        discussion: """
        强化学习 finds 強化學習 (ICU's Hant-Hans, one character at a time), ， finds , and Ａ finds a; \
        a regional word finds the other region's (芯片 and 晶片, 软件 and 軟體: OpenCC's phrases); \
        a match may cross a line break. Each match is printed as '¶PARAGRAPH:  …before【match】after…', \
        the match in reverse video when colour is on. See Docs/search.md.

        Exit codes: 0 something matched, 1 nothing did (as grep), 64 bad usage (an empty pattern), \
        65 not a text, 66 a file that cannot be opened.
        """)

    @Argument(help: "What to find. A line break in the text never stops a match.")
    var pattern: String

    @Argument(help: "A UTF-8 text file (default: the bundled essay).")
    var file: String?

    @Flag(help: "Print a JSON array (paragraph, start, end, match, before, after; offsets in Unicode scalars).")
    var json = false

    @Option(help: "Characters of context on each side of a match, within its paragraph.")
    var context = 15

    @Option(help: "Colour: auto (when standard output is a terminal and NO_COLOR is unset), always or never.")
    var color: ColorChoice = .auto

    mutating func validate() throws {
        if context < 0 { throw ValidationError("--context must be 0 or more") }
        if SearchQuery(pattern) == nil { throw ValidationError("the pattern is empty") }
    }

    func run() throws {
        guard let query = SearchQuery(pattern) else { throw ValidationError("the pattern is empty") }
        Commands.search(query, in: file, context: context, json: json, color: color).finish()
    }
}
