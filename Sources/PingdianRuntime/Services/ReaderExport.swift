import Foundation
import PingdianApp
import PingdianCore

/// What `E` in the reader does: writes the curated layer and the reader's notes in a format,
/// next to the notes file, and says where.
struct ReaderExport {
    let text: LoadedText
    let taxonomy: Taxonomy
    /// The folder of the notes file, where exports go.
    let folder: URL

    /// Writes the export of `state`'s annotations in `format`; returns the path written (brat's
    /// companion files go beside it).
    func write(format: ExportFormat, state: AppState) -> Result<String, ExportFailure> {
        let document = ExportDocument(
            document: text.document, sourcePath: text.path, taxonomy: taxonomy,
            layers: [(.curated, state.annotations.layerAnnotations), (.user, state.annotations.readerNotes)])
        let options = ExportOptions(now: Date(), language: state.strings.language)
        let stem = (text.document.title as NSString).deletingPathExtension
        let path = folder.appendingPathComponent(stem + "." + format.fileExtension).path
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try ExportWriting.write(document, format: format, options: options, toPath: path)
            return .success(path)
        } catch {
            return .failure(ExportFailure(message: "\(path): \(error)"))
        }
    }
}

/// Why an export from the reader could not be written: one line for the status line.
struct ExportFailure: Error, Sendable {
    let message: String
}
