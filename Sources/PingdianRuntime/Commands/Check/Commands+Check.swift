import PingdianCore

extension Commands {
    /// `pingdian check`: the problems of a layer (`layer`, else the one of `file` or of the bundled
    /// essay) against its text and the move taxonomy, one line each, then the summary. Exit 1 for
    /// problems, 65 for a file that is not a layer this pingdian reads, 66 when there is no layer.
    /// The kinds are checked against `taxonomy` (`moves`, `conversion` or a file), by default the
    /// conversion taxonomy for a conversion layer (id `conversion`) and the moves' for others.
    public static func check(file: String?, layer: String?, taxonomy: String? = nil) -> CommandResult {
        let report: LayerCheckReport
        do {
            let text = try LoadedText.open(file)
            guard let source = LayerLoading.source(explicitPath: layer, for: text) else {
                let expected = text.path.map(LayerLoading.companionPath(forText:)) ?? "a bundled layer"
                throw CommandFailure(message: "no layer to check: no \(expected); give one with --layer FILE", exitCode: 66)
            }
            let bytes = try LayerLoading.bytes(of: source)
            let isConversion = (try? AnnotationLayer.decode(bytes))?.id == ConversionLayer.id
            report = LayerCheck.check(bytes, document: text.document,
                                      taxonomy: try LayerLoading.taxonomy(taxonomy ?? (isConversion ? "conversion" : "moves")))
        } catch {
            return .failed(CommandFailure(error))
        }
        let lines = report.problems.map(String.init(describing:)) + [report.summary]
        return CommandResult(output: CommandResult.bytes(lines: lines),
                             exitCode: !report.isCheckable ? 65 : report.passed ? 0 : 1)
    }
}
