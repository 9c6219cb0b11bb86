import Foundation

/// Which layer an exported annotation comes from.
public enum ExportLayer: String, Hashable, Sendable, CaseIterable, Codable {
    /// The curated layer that came with the text.
    case curated
    /// The reader's own notes.
    case user
    /// The cue hints (rule-based suggestions).
    case hints
    /// The conversion layer of a converted text (Docs/provenance.md).
    case conversion
}

/// One annotation as every exporter sees it: kind, quote, note, offsets, links, layer.
public struct ExportedAnnotation: Hashable, Sendable {
    public var id: String
    public var layer: ExportLayer
    /// The move kind's key, and the kind itself when the taxonomy has it.
    public var kindKey: String
    public var kind: MoveKind?
    /// The annotated text as the document holds it now (the stored quote for an orphan).
    public var quote: String
    /// Up to 32 scalars before and after the quote.
    public var prefix: String
    public var suffix: String
    /// Scalar offsets in the document, half-open; nil when the quote was not found (an orphan).
    public var range: Range<Int>?
    /// The index of the paragraph holding the start, and whether that paragraph opens a section.
    public var paragraph: Int?
    public var note: String?
    /// Links to other exported annotations (symmetric `contradicts` links appear on both sides).
    public var links: [AnnotationLink]
    /// What the passage attributes, checked against the source (Docs/sources.md); nil for most.
    public var source: AnnotationSource?
    /// What a machine conversion did at the passage (Docs/provenance.md); nil for most.
    public var conversion: AnnotationConversion?
    /// Who made it, where a copy came from, and what it answers (Docs/together.md).
    public var creator: String?
    public var origin: AnnotationOrigin?
    public var replyTo: String?
    public var created: Date?
    public var modified: Date?

    /// The kind's label in a language, or its key when the taxonomy does not know it.
    public func kindLabel(in language: UILanguage) -> String {
        kind?.label.text(in: language) ?? kindKey
    }
}

/// A word of the reader's vocabulary as the exports carry it (Docs/dictionary.md): its reading
/// and glosses as the dictionary gives them, and the sentence it was saved from.
public struct ExportedWord: Hashable, Sendable, Encodable {
    public var word: String
    public var pinyin: String
    public var zhuyin: String
    public var glosses: [String]
    /// The sentence it was saved from, the word in `<b>` `</b>`.
    public var sentence: String
    /// Where it was saved from (scalar offsets), and that place's paragraph from 1; nil when no longer found.
    public var start: Int?
    public var end: Int?
    public var paragraph: Int?
    /// When it was saved, when known.
    public var created: Date?

    public init(word: String, pinyin: String, zhuyin: String, glosses: [String], sentence: String,
                start: Int?, end: Int?, paragraph: Int?, created: Date? = nil) {
        self.word = word
        self.pinyin = pinyin
        self.zhuyin = zhuyin
        self.glosses = glosses
        self.sentence = sentence
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self.created = created
    }

    /// Every member, null when absent.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(word, forKey: .word)
        try container.encode(pinyin, forKey: .pinyin)
        try container.encode(zhuyin, forKey: .zhuyin)
        try container.encode(glosses, forKey: .glosses)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(paragraph, forKey: .paragraph)
        try container.encode(created.map(ISO8601Seconds.string), forKey: .created)
    }

    private enum CodingKeys: String, CodingKey { case word, pinyin, zhuyin, glosses, sentence, start, end, paragraph, created }
}

/// A text with the annotations to export, resolved and in reading order: the one input of every
/// exporter (Markdown, JSON, W3C, Hypothesis, HTML, CSV, brat, Argdown).
public struct ExportDocument: Sendable {
    /// The text.
    public let document: TextDocument
    /// Where the text came from: an absolute path, or nil for the bundled essay.
    public let sourcePath: String?
    /// The move kinds.
    public let taxonomy: Taxonomy
    /// The annotations: placed ones by position (then longer first), orphans last.
    public let annotations: [ExportedAnnotation]
    /// The reader's vocabulary, when the reader's layer is exported; empty otherwise.
    public var vocabulary: [ExportedWord] = []

    /// Resolves the layers' annotations against the document, keeping only the kinds asked for
    /// (all when `kinds` is nil). Ids must be unique across layers.
    public init(document: TextDocument, sourcePath: String?, taxonomy: Taxonomy,
                layers: [(ExportLayer, [Annotation])], kinds: Set<String>? = nil) {
        self.document = document
        self.sourcePath = sourcePath
        self.taxonomy = taxonomy
        var layerByID: [String: ExportLayer] = [:]
        var all: [Annotation] = []
        for (layer, annotations) in layers {
            for annotation in annotations where kinds?.contains(annotation.kind) ?? true {
                layerByID[annotation.id] = layer
                all.append(annotation)
            }
        }
        let index = AnnotationIndex(annotations: all, document: document, taxonomy: taxonomy)
        self.annotations = (index.placed + index.orphans).map { resolved in
            let annotation = resolved.annotation
            let range = resolved.range
            let context = range.map { TextAnchor.make(range: $0, in: document) }
            var links = annotation.links.filter { index.annotation(withID: $0.target) != nil }
            for partner in index.contradictionPartners(of: annotation.id)
            where !links.contains(where: { $0.type == .contradicts && $0.target == partner }) {
                links.append(AnnotationLink(type: .contradicts, target: partner))
            }
            return ExportedAnnotation(
                id: annotation.id, layer: layerByID[annotation.id] ?? .curated, kindKey: annotation.kind,
                kind: resolved.kind, quote: range.map { document.text(in: $0) } ?? annotation.anchor.exact,
                prefix: context?.prefix ?? annotation.anchor.prefix, suffix: context?.suffix ?? annotation.anchor.suffix,
                range: range, paragraph: range.flatMap { document.paragraphIndex(containing: $0.lowerBound) },
                note: annotation.note, links: links, source: annotation.source, conversion: annotation.conversion,
                creator: annotation.creator, origin: annotation.origin, replyTo: annotation.replyTo, created: annotation.created,
                modified: annotation.modified)
        }
    }

    /// The title of the text.
    public var title: String { document.title }

    /// The exported replies to an annotation, in export order.
    public func replies(to id: String) -> [ExportedAnnotation] {
        annotations.filter { $0.replyTo == id }
    }

    /// Whether an annotation is a reply whose note it answers is exported too (then shown under it).
    public func isThreaded(_ annotation: ExportedAnnotation) -> Bool {
        annotation.replyTo.map { self.annotation(withID: $0) != nil } ?? false
    }

    /// The annotation with this id.
    public func annotation(withID id: String) -> ExportedAnnotation? {
        annotations.first { $0.id == id }
    }

    /// Each contradiction pair once, in reading order of its first side.
    public var contradictionPairs: [(ExportedAnnotation, ExportedAnnotation)] {
        var seen = Set<String>()
        var pairs: [(ExportedAnnotation, ExportedAnnotation)] = []
        for annotation in annotations {
            for link in annotation.links where link.type == .contradicts {
                let key = [annotation.id, link.target].sorted().joined(separator: "\u{1F}")
                guard seen.insert(key).inserted, let other = self.annotation(withID: link.target) else { continue }
                pairs.append((annotation, other))
            }
        }
        return pairs
    }

    /// How many annotations of each kind key there are.
    public var countsByKind: [String: Int] {
        annotations.reduce(into: [:]) { $0[$1.kindKey, default: 0] += 1 }
    }
}
