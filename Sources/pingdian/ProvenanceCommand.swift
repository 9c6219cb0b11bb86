import ArgumentParser
import PingdianRuntime

/// `pingdian provenance`: whether a text is a machine conversion from Simplified Chinese.
struct ProvenanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "provenance",
        abstract: "Say whether a text is OpenCC's conversion of a Simplified original, and list the words the converter put in.",
        discussion: """
        Each paragraph is converted back and forward again with s2twp, s2tw, s2hk and s2t; a text is \
        converted when nearly all its paragraphs come back unchanged (Docs/provenance.md). \
        Exit codes: 0 reported, 1 --layer of a text that is not converted, 65 not a text, 66 a file that \
        cannot be read, 69 OpenCC not installed.
        """)

    @Argument(help: "The text (default: the bundled essay).")
    var file: String?

    @Flag(help: "Print a JSON object (file, verdict, configuration, paragraphs, roundTrips, notRoundTripping, words).")
    var json = false

    @Flag(help: "Print the conversion layer instead: a pingdian-layer of the words the converter put in, to curate (Docs/provenance.md).")
    var layer = false

    func run() throws {
        Commands.provenance(file: file, json: json, layer: layer).finish()
    }
}
