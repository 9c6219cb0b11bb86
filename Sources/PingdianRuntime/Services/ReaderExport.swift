import Foundation
import PingdianApp
import PingdianCore
import PingdianDictionary

/// What `E` in the reader does: writes the curated layer and the reader's notes in a format,
/// next to the notes file, named as the text's own state file is (its name and a short hash of
/// its path), so that two texts of one name never write over each other's export.
struct ReaderExport {
    let text: LoadedText
    let taxonomy: Taxonomy
    /// Where exports go, without the extension each format adds.
    let stem: URL

    /// Writes the export of `state`'s annotations in `format`; returns the path written and
    /// whether it replaced this text's previous export (brat's companion files go beside it).
    func write(format: ExportFormat, state: AppState) -> Result<ExportWritten, ExportFailure> {
        var document = ExportDocument(
            document: text.document, sourcePath: text.path, taxonomy: taxonomy,
            layers: [(.curated, state.textAnnotations.layerAnnotations), (.user, state.textAnnotations.readerNotes)])
        document.vocabulary = VocabularyListing(state.vocabulary, in: text.document, index: BundledDictionary.index).rows
        let options = ExportOptions(now: Date(), language: state.strings.language)
        let path = stem.path + "." + format.fileExtension
        let replaced = FileManager.default.fileExists(atPath: path)
        do throws(SystemFailure) {
            try ExportFile.makeFolder(stem.deletingLastPathComponent().path)
            try ExportWriting.write(document, format: format, options: options, toPath: path)
            return .success(ExportWritten(path: path, replaced: replaced))
        } catch {
            return .failure(.unwritable(path: path, error))
        }
    }
}
