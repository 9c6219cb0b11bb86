import ArgumentParser
import PingdianRuntime

/// `pingdian check`: checks a layer against its text and the move taxonomy, one line per problem.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check an annotation layer against its text and the move taxonomy.",
        discussion: """
        Prints one line per problem, 'ID: path: message' ('-' when no annotation is concerned; \
        'warning:' and 'note:' before messages that do not fail the check), then a summary.

        Exit codes: 0 no problem (warnings and notes allowed), 1 problems found, 65 the layer is \
        not a layer this pingdian reads (not JSON, another format, a newer version), 66 a text or \
        layer that cannot be opened, or no layer found.
        """)

    @Argument(help: "The text the layer annotates (default: the bundled essay).")
    var file: String?

    @Option(help: "The layer to check (default: <text>.moves.json next to the text, or the bundled essay's layer).")
    var layer: String?

    @Option(help: ArgumentHelp(
        "The taxonomy of the layer's kinds: moves, conversion (the bundled ones) or a file.",
        discussion: "Default: conversion for a conversion layer (its id is conversion), else moves."))
    var taxonomy: String?

    func run() throws {
        Commands.check(file: file, layer: layer, taxonomy: taxonomy).finish()
    }
}
