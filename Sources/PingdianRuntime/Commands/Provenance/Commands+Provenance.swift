import PingdianCore

extension Commands {
    /// `pingdian provenance`: whether `file` (nil: the bundled essay) is a machine conversion
    /// from Simplified Chinese, with which OpenCC configuration, and the words the converter put
    /// in. Exit 65 for a file that is not text, 66 for one that cannot be read, 69 when OpenCC
    /// is not installed.
    public static func provenance(file: String?, json: Bool) -> CommandResult {
        do {
            let text = try LoadedText.open(file)
            guard let report = ProvenanceReport(document: text.document) else {
                throw CommandFailure(message: "OpenCC is not installed (Debian: libopencc1.1 and opencc-data)", exitCode: 69)
            }
            return CommandResult(output: Array((json ? report.json : report.plain).utf8))
        } catch {
            return .failed(CommandFailure(error))
        }
    }
}
