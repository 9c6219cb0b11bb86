import ArgumentParser
import PingdianApp
import PingdianCore
import PingdianRuntime

/// The options every command that shows a text shares: which text, which layer, how to show it.
struct TextOptions: ParsableArguments {
    @Argument(help: "A UTF-8 text file (default: the bundled essay). Paragraphs are found as the text writes them: see --paragraphs.")
    var file: String?

    @Option(help: "An annotation layer (JSON) to show over the text (default: <text>.moves.json next to it).")
    var layer: String?

    @Option(name: .customLong("ui-lang"), help: "Interface language: zh-Hant or en (default: from LC_ALL, LC_MESSAGES, LANG).")
    var uiLanguage: String?

    @Option(help: "How to show ASCII punctuation between Chinese characters: full (，：（）？；「」) or original.")
    var punct: PunctuationChoice = .original

    @Flag(help: "Indent each paragraph by two full-width spaces.")
    var indent = false

    @Option(help: ArgumentHelp(
        "How the text marks paragraphs: lines (one per line, a blank line starts a section) or blank (separated by a blank line, lines hard-wrapped; two blank lines or * * * start a section).",
        discussion: "Default: found in the text; the help screen (?) says which."))
    var paragraphs: ParagraphConvention?

    @Option(help: ArgumentHelp(
        "A text to check the attributions against (e.g. the English essay saved from the web): O shows, beside the Chinese, where each passage's source words are in it; @ moves into it, to make attributions of your own.",
        discussion: "Docs/sources.md explains the source pane and its keys."))
    var source: String?

    @Option(help: ArgumentHelp(
        "The address of the --source text, recorded in the attributions you make with it.",
        discussion: "Default: the address the layer's attributions found in the source text name, if any."))
    var sourceURL: String?

    /// The options as plain values.
    var choice: TextChoice {
        TextChoice(file: file, layer: layer, uiLanguage: uiLanguage, punctuation: punct.style, indent: indent, paragraphs: paragraphs,
                   sourceText: source, sourceURL: sourceURL)
    }

    /// A bad `--ui-lang` is a usage error, said by the parser with the usage.
    func validate() throws {
        if let uiLanguage, UILanguage(flag: uiLanguage) == nil {
            throw ValidationError("--ui-lang must be zh-Hant or en, not '\(uiLanguage)'")
        }
    }
}

/// The values of `--punct`.
enum PunctuationChoice: String, ExpressibleByArgument, CaseIterable {
    case full, original

    var style: PunctuationStyle { self == .full ? .full : .original }
}

/// `--paragraphs lines|blank`.
extension ParagraphConvention: ExpressibleByArgument {}

/// `--color auto|always|never`.
extension ColorChoice: ExpressibleByArgument {}
extension ScriptChoice: ExpressibleByArgument {}
