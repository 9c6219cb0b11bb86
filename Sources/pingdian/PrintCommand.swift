import ArgumentParser
import CellWidth
import Foundation
import PingdianApp
import PingdianCore
import PingdianRuntime
import TerminalKit

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

    mutating func validate() throws {
        if let width, width < 1 { throw ValidationError("--width must be at least 1") }
    }

    func run() throws {
        try Self.printText(text.choice, width: width, color: color)
    }

    /// Prints the text of `options` laid out for `width` (default: `$COLUMNS`, else 80).
    static func printText(_ options: TextChoice, width: Int?, color: ColorChoice) throws {
        UTF8Locale.activate()
        let environment = ProcessInfo.processInfo.environment
        let (loaded, layer) = options.open()
        let columns = width ?? Int(environment["COLUMNS"] ?? "").flatMap { $0 > 0 ? $0 : nil } ?? 80
        let printer = TextPrinter(
            document: loaded.document,
            annotations: layer.annotations,
            options: LayoutOptions(width: columns, indentParagraphs: options.indent, punctuation: options.punctuation),
            colorCapability: colorCapability(color, environment: environment))
        let strings = UIStrings(try options.language(environment: environment))
        for warning in [loaded.warning.map(strings.warning), layer.warning.map(strings.layerNotShown)].compactMap({ $0 }) {
            FileHandle.standardError.write(Data("pingdian: \(warning)\n".utf8))
        }
        printer.printLines { line in print(line) }
    }

    /// The colours for output: none for `never`, none for `auto` on a pipe or with NO_COLOR.
    static func colorCapability(_ choice: ColorChoice, environment: [String: String]) -> ColorCapability? {
        switch choice {
        case .never: return nil
        case .always: return .palette256
        case .auto:
            if isatty(STDOUT_FILENO) == 0 { return nil }
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return nil }
            return .palette256
        }
    }
}
