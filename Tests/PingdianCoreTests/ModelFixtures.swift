import Foundation
import PingdianTexts
@testable import PingdianCore

/// Test helpers shared by the model's tests (anchors, layers, state file).
enum ModelFixtures {
    /// The bundled essay, decoded as the reader decodes it.
    static let essay: TextDocument = {
        let bytes = EmbeddedFiles.bytes(named: BundledText.essayFileName) ?? []
        return (try? TextDecoder.decode(bytes, title: BundledText.essayFileName))?.0 ?? TextDocument(title: "missing", text: "")
    }()

    /// The bundled taxonomy.
    static let taxonomy: Taxonomy = {
        let bytes = EmbeddedFiles.bytes(named: BundledText.taxonomyFileName) ?? []
        return (try? Taxonomy.decode(bytes)) ?? Taxonomy(kinds: [])
    }()

    /// The scalar range of the first occurrence of `text` in `document` (after `from`).
    static func range(of text: String, in document: TextDocument, from: Int = 0) -> Range<Int>? {
        let needle = Array(text.unicodeScalars)
        guard let start = ScalarSearch.occurrences(of: needle, in: document.scalars).first(where: { $0 >= from }) else { return nil }
        return start..<start + needle.count
    }

    /// `document` with `text` inserted at a scalar offset.
    static func inserting(_ text: String, at offset: Int, in document: TextDocument) -> TextDocument {
        var scalars = document.scalars
        scalars.insert(contentsOf: text.unicodeScalars, at: offset)
        return TextDocument(title: document.title, scalars: scalars)
    }

    /// `document` without the scalars of `range`.
    static func removing(_ range: Range<Int>, from document: TextDocument) -> TextDocument {
        var scalars = document.scalars
        scalars.removeSubrange(range)
        return TextDocument(title: document.title, scalars: scalars)
    }
}

extension ModelFixtures {
    /// The bundled essay's curated layer (99 annotations).
    static let curatedLayer: AnnotationLayer = {
        let bytes = EmbeddedFiles.bytes(named: BundledText.layerFileName(forText: BundledText.essayFileName)) ?? []
        return (try? AnnotationLayer.decode(bytes)) ?? AnnotationLayer(id: "missing", annotations: [])
    }()

    /// `document` with the scalars of `range` replaced by `text`.
    static func replacing(_ range: Range<Int>, with text: String, in document: TextDocument) -> TextDocument {
        var scalars = document.scalars
        scalars.replaceSubrange(range, with: text.unicodeScalars)
        return TextDocument(title: document.title, scalars: scalars)
    }
}

/// A test that changes state files of the bundled essay at fixed moments (`StateStore.apply`).
protocol EssayStateChanging {}

extension EssayStateChanging {
    /// The essay, as the reader decodes it.
    var essay: TextDocument { ModelFixtures.essay }

    /// A fixed moment, so that files written by the tests are the same on every run.
    var moment: Date { Date(timeIntervalSince1970: 1_738_000_000) }

    /// Applies `changes` to the state file at `url` for the essay, `seconds` after ``moment``.
    func apply(_ changes: [StateChange], to url: URL, at seconds: TimeInterval = 0) throws -> ReadingState {
        try StateStore.apply(changes, to: url, document: essay, path: nil, now: moment.addingTimeInterval(seconds))
    }
}
