import PingdianCore

/// Writes an export to a file with the companion files its format wants beside it (brat's
/// text and configuration), each replaced atomically: for `pingdian export -o` and `E` in the reader.
enum ExportWriting {
    /// Writes `document` in `format` to `path`, then its companions.
    static func write(_ document: ExportDocument, format: ExportFormat, options: ExportOptions, toPath path: String) throws(SystemFailure) {
        try ExportFile.write(format.export(document, options: options), toPath: path)
        for companion in format.companionFiles(for: path, document: document, options: options) {
            try ExportFile.write(companion.bytes, toPath: companion.path)
        }
    }
}
