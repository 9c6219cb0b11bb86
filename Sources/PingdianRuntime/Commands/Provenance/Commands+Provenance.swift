import PingdianCore

extension Commands {
    /// `pingdian provenance`: whether `file` (nil: the bundled essay) is a machine conversion
    /// from Simplified Chinese, with which OpenCC configuration, and the words the converter put
    /// in. Exit 65 for a file that is not text, 66 for one that cannot be read, 69 when OpenCC
    /// is not installed.
    /// With `layer`, prints instead the conversion layer of a converted text (a `pingdian-layer`
    /// of its converter's words, for curating); exit 1 when the text is not converted.
    public static func provenance(file: String?, json: Bool, layer: Bool = false) -> CommandResult {
        do {
            let text = try LoadedText.open(file)
            guard let report = ProvenanceReport(document: text.document) else {
                throw CommandFailure(message: "OpenCC is not installed (Debian: libopencc1.1 and opencc-data)", exitCode: 69)
            }
            if layer {
                guard report.verdict == .converted, let configuration = report.configuration,
                      let generated = ConversionLayer.layer(of: text.document, configuration: configuration) else {
                    return CommandResult(failure: CommandFailure(message: "\(text.document.title) is not a converted text: no conversion layer", exitCode: 1))
                }
                return CommandResult(output: generated.encoded())
            }
            return CommandResult(output: Array((json ? report.json : report.plain).utf8))
        } catch {
            return .failed(CommandFailure(error))
        }
    }
}
