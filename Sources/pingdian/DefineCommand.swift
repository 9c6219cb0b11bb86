import ArgumentParser
import PingdianRuntime

/// `pingdian define`: look words up in the bundled dictionary (CC-CEDICT).
struct DefineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "define",
        abstract: "Look words up in the bundled Chinese–English dictionary (CC-CEDICT): pinyin, 注音, glosses.",
        discussion: """
        A word that is not a headword is looked up by its parts, the longest headword at each place \
        (出口管制 → 出口, 管制). Traditional or Simplified. Exit codes: 0 found, 1 none of the words found.
        """)

    @Argument(help: "The words.")
    var words: [String]

    @Flag(help: "Print a JSON array: per word its phrase, kind (headword, parts, characters) and words with their entries.")
    var json = false

    func validate() throws {
        if words.isEmpty { throw ValidationError("give at least one word") }
    }

    func run() throws {
        Commands.define(words: words, json: json).finish()
    }
}
