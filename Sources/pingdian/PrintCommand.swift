import ArgumentParser
import PingdianRuntime

/// `pingdian print`: the laid-out text on standard output, for pipes and other programs.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: "Print the text laid out for a width, with highlights as ANSI styles when colour is on.")

    @OptionGroup var text: TextOptions

    @Option(help: "Columns per line (default: $COLUMNS, else 80).")
    var width: Int?

    @Option(help: "Colour: auto (when standard output is a terminal and NO_COLOR is unset), always or never.")
    var color: ColorChoice = .auto

    @Option(help: ArgumentHelp(
        "Which script: hant (the text as it is), original (the Simplified original a converted text was made from, its words reconstructed) or hans (Simplified characters, the text's words).",
        discussion: "Docs/provenance.md."))
    var script: ScriptChoice = .hant

    mutating func validate() throws {
        if let width, width < 1 { throw ValidationError("--width must be at least 1") }
    }

    func run() throws {
        Commands.printText(text.choice, width: width, color: color, script: script).finish()
    }
}
