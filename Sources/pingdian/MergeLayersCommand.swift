import ArgumentParser
import PingdianRuntime

/// `pingdian merge-layers PATH… --agree all|N --output FILE`: what readers agree on, as a layer.
struct MergeLayersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-layers",
        abstract: "Pre-merge what several readers agree on into one layer, listing what was left out and why.",
        discussion: """
        A passage goes in when --agree readers (all, or at least N) marked it with the same kind \
        and their spans overlap by at least --overlap (the shared part over the stretch both \
        cover, 0 to 1). It is written as a pingdian layer (open it with --layer or --with); its \
        note says who agreed and what each wrote. Every note left out is listed with why: no one \
        else marked the words, others gave another kind, the overlap is too small, too few agree. \
        Docs/together.md.

        Exit codes: 0 done, 64 bad usage, 65 fewer than two readers could be read, 66 a text that \
        cannot be opened, 73 the output cannot be written.
        """)

    @Argument(help: "Readers' notes files (state files, layers, pingdian/W3C/Hypothesis exports).")
    var paths: [String]

    @Option(help: "How many readers must agree: all, or a number.")
    var agree: String = "all"

    @Option(help: "How much the spans must overlap, from 0 to 1.")
    var overlap: Double = 0.5

    @Option(name: .customLong("text"), help: "The text the notes are on (default: the bundled essay).")
    var file: String?

    @Option(help: "The layer file to write.")
    var output: String

    func validate() throws {
        guard agree == "all" || Int(agree) != nil else { throw ValidationError("--agree must be all or a number, not '\(agree)'") }
        guard (0...1).contains(overlap) else { throw ValidationError("--overlap must be between 0 and 1") }
        if paths.count < 2 { throw ValidationError("give at least two readers' notes files") }
    }

    func run() throws {
        let threshold: Commands.AgreementThreshold = Int(agree).map { .atLeast($0) } ?? .all
        Commands.mergeLayers(paths: paths, file: file, agree: threshold, overlap: overlap, output: output).finish()
    }
}
