import CellWidth
import Foundation
import PingdianApp
import PingdianCore

extension Commands {
    /// `pingdian print`: the text of `choice` with its layer, laid out for `width` (nil:
    /// `$COLUMNS`, else 80), highlights as ANSI styles when `color` says so. The lines are made
    /// one paragraph at a time as they are written; a text or layer that cannot be opened is a
    /// failure, a layer next to the text that cannot be read a warning.
    public static func printText(_ choice: TextChoice, width: Int?, color: ColorChoice, script: ScriptChoice = .hant,
                                 environment: [String: String] = ProcessInfo.processInfo.environment) -> CommandResult {
        UTF8Locale.activate()
        let loaded: LoadedText
        let layer: LayerLoading.Result
        let language: UILanguage
        do {
            loaded = try LoadedText.open(choice.file, paragraphs: choice.paragraphs)
            layer = try LayerLoading.load(explicitPath: choice.layer, for: loaded)
            language = try choice.language(environment: environment)
        } catch {
            return .failed(CommandFailure(error))
        }
        let columns = width ?? Int(environment["COLUMNS"] ?? "").flatMap { $0 > 0 ? $0 : nil } ?? 80
        var document = loaded.document
        var annotations = layer.annotations
        if script != .hant {
            guard let converted = script.conversion(of: loaded.document) else {
                return .failed(CommandFailure(message: "OpenCC is not installed (Debian: libopencc1.1 and opencc-data)", exitCode: 69))
            }
            // The same highlights on the same words of the other script.
            document = converted.original
            if let index = annotations.index {
                let taxonomy = layer.taxonomy
                let placed = index.placed.compactMap { resolved in resolved.range.map { (resolved.annotation, $0) } }
                annotations = AnnotationSet(layer: converted.annotationsInOriginal(placed), readerNotes: [], document: document, taxonomy: taxonomy)
            }
        }
        let printer = TextPrinter(
            document: document,
            annotations: annotations,
            options: LayoutOptions(width: columns, indentParagraphs: choice.indent, punctuation: choice.punctuation),
            colorCapability: color.capability(environment: environment))
        let strings = UIStrings(language)
        var result = CommandResult(warnings: [loaded.warning.map(strings.warning), layer.warning.map(strings.warning)].compactMap { $0 })
        result.lines = printer.printLines
        return result
    }
}
