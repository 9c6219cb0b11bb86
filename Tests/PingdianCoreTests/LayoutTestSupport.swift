import CellWidth
import Foundation
import Testing
@testable import PingdianCore

/// Helpers shared by the layout tests.
enum LayoutTestSupport {
    /// Turns on a UTF-8 character type so that `wcwidth` measures CJK; every measuring test calls it.
    static func activateLocale() {
        let active = UTF8Locale.activate()
        precondition(active, "no UTF-8 locale on this machine: widths cannot be measured")
    }

    /// A document of one paragraph, `text`.
    static func document(_ text: String) -> TextDocument {
        TextDocument(title: "test", text: text)
    }

    /// Lays out the first paragraph of `text`.
    static func layout(
        _ text: String, width: Int, indent: Bool = false, punctuation: PunctuationStyle = .original
    ) -> ParagraphLayout {
        activateLocale()
        let document = document(text)
        let options = LayoutOptions(width: width, indentParagraphs: indent, punctuation: punctuation)
        return LineLayout.layout(paragraph: 0, of: document, options: options)
    }

    /// The text each line shows.
    static func lines(_ text: String, width: Int, indent: Bool = false, punctuation: PunctuationStyle = .original) -> [String] {
        layout(text, width: width, indent: indent, punctuation: punctuation).lines.map(\.displayText)
    }

    /// The bundled essay, read from the repository and decoded like any file.
    static let essay: TextDocument = {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent("Texts/amodei-deepseek-essay.zh-Hant.txt")
        guard let data = try? Data(contentsOf: url) else { fatalError("cannot read \(url.path)") }
        do {
            return try TextDecoder.decode([UInt8](data), title: "essay").0
        } catch {
            fatalError("cannot decode the essay: \(error)")
        }
    }()
}
