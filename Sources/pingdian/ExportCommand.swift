import ArgumentParser
import PingdianCore
import PingdianRuntime

/// `pingdian export`: a text's annotations in another format, for other programs and people.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a text's annotations (curated layer, your notes, cue hints) in another format.",
        discussion: """
        Formats: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")). Docs/export.md describes \
        each. With --output, brat also writes the text (.txt) and its annotation.conf and visual.conf beside the .ann.

        The curated layer is found as the reader finds it (--layer, else <text>.moves.json, else the \
        bundled essay's); your notes are read from the state file the reader keeps (or --notes) and \
        never changed. Every format carries each annotation's kind, quote, note, offsets and links.

        Exit codes: 0 written, 64 bad usage, 65 a corrupt or newer notes file or a layer that cannot \
        be read, 66 a file that cannot be opened, 73 an output file that cannot be written.
        """)

    @Argument(help: "The text (default: the bundled essay).")
    var file: String?

    @Option(help: "The format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: String

    @Option(name: [.short, .long], help: "Write to this file (replaced atomically) instead of standard output.")
    var output: String?

    @Option(help: "Which annotations, comma-separated: curated, user (your notes), hints, conversion (the words a Simplified→Traditional converter put in or left, Docs/provenance.md).")
    var layers = "curated,user"

    @Option(help: "Only these kinds, comma-separated keys (default: all).")
    var kinds: String?

    @Option(help: "The state file holding your notes (default: the one the reader uses for the text).")
    var notes: String?

    @Option(help: "The curated layer (default: <text>.moves.json next to the text, or the bundled essay's).")
    var layer: String?

    /// Refuses an unknown format, layer or kind before anything is read, listing the valid ones.
    func validate() throws {
        _ = try request()
        if let kinds, let taxonomy = try? LayerLoading.bundledTaxonomy() { _ = try usage { try ExportSelection.kinds(kinds, taxonomy: taxonomy) } }
    }

    func run() throws {
        Commands.export(try request()).finish()
    }

    /// The options as plain values; an unknown format or layer is a usage error.
    private func request() throws -> ExportRequest {
        try usage {
            ExportRequest(file: file, format: try ExportSelection.format(format), layers: try ExportSelection.layers(layers), kinds: kinds,
                          notes: notes, layer: layer, output: output)
        }
    }
}

/// Runs `body`, turning the runtime's usage failure (64) into the parser's, which says it with the usage.
private func usage<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let failure as CommandFailure where failure.isUsage { throw ValidationError(failure.message) }
}
