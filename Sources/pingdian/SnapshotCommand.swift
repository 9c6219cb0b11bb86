import ArgumentParser
import PingdianRuntime
import TerminalKit

/// `pingdian snapshot`: the exact screen the reader shows after some keys, as plain text — the
/// reader's own session, run on a terminal in memory.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Print as plain text the screen the reader shows after the given keys.",
        discussion: """
        Keys use vim's notation: j, G, <C-d>, <Down>, <PageDown>, <Space>, <Esc>, <CR>, <lt>, and
        <Resize:80x24> to change the terminal's size. The reading position is not read or saved;
        notes made with the keys last as long as the snapshot, and an export (E) is written to a
        new temporary folder.
        """)

    @OptionGroup var text: TextOptions

    @Option(help: "Terminal size as COLUMNSxROWS.")
    var size = "100x30"

    @Option(help: "Keys to press first.")
    var keys = ""

    @Option(help: "Colour capability to render for: 256, 8 or none (affects styles only; output is plain text).")
    var colors = "256"

    func run() throws {
        guard let terminalSize = TerminalSize(parsing: size) else {
            throw ValidationError("--size must look like 100x30, not '\(size)'")
        }
        let steps: [KeyNotation.Step]
        do { steps = try KeyNotation.parse(keys) } catch { throw ValidationError(error.description) }
        let capability: ColorCapability = colors == "none" ? .monochrome : colors == "8" ? .basic8 : .palette256
        Commands.snapshot(text.choice, size: terminalSize, colorCapability: capability, events: steps.map(\.event)).finish()
    }
}
