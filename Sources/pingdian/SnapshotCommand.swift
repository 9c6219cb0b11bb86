import ArgumentParser
import CellWidth
import Foundation
import PingdianApp
import PingdianCore
import TerminalKit

/// `pingdian snapshot`: the exact screen the reader shows after some keys, as plain text.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Print as plain text the screen the reader shows after the given keys.",
        discussion: """
        Keys use vim's notation: j, G, <C-d>, <Down>, <PageDown>, <Space>, <Esc>, <CR>, <lt>, and
        <Resize:80x24> to change the terminal's size. The reading position is not read or saved.
        """)

    @OptionGroup var text: TextOptions

    @Option(help: "Terminal size as COLUMNSxROWS.")
    var size = "100x30"

    @Option(help: "Keys to press first.")
    var keys = ""

    @Option(help: "Colour capability to render for: 256, 8 or none (affects styles only; output is plain text).")
    var colors = "256"

    func run() throws {
        UTF8Locale.activate()
        let environment = ProcessInfo.processInfo.environment
        guard let terminalSize = TerminalSize(parsing: size) else {
            throw ValidationError("--size must look like 100x30, not '\(size)'")
        }
        let steps: [KeyNotation.Step]
        do { steps = try KeyNotation.parse(keys) } catch { throw ValidationError(error.description) }
        let (loaded, layer) = text.open()
        let language = try text.language(environment: environment)
        var state = AppState(
            document: loaded.document,
            annotations: layer.annotations,
            language: language,
            size: terminalSize,
            colorCapability: colors == "none" ? .monochrome : colors == "8" ? .basic8 : .palette256,
            indentParagraphs: text.indent,
            punctuation: text.punct.style)
        state.searchEngine = FoldingSearch(document: loaded.document)
        let (document, taxonomy) = (loaded.document, layer.taxonomy)
        state.hints = HintLoading.layer(for: document, taxonomy: taxonomy, language: language)
        state.message = loaded.warning(state.strings) ?? layer.warning.map(state.strings.layerNotShown)
        run: for step in steps {
            let action: Action
            switch step {
            case .key(let key): action = .key(key)
            case .resize(let size): action = .resize(size)
            }
            for effect in Reader.update(&state, action) {
                switch effect {
                case .quit: break run
                // A snapshot is not interactive: it counts the hints at once, as the reader does in the background.
                case .countHints: _ = Reader.update(&state, .hintsCounted(HintLoading.count(in: document) ?? 0))
                default: break
                }
            }
        }
        for line in Screen.render(state).lines { print(line) }
    }
}
