/// Writes a W3C Web Annotation `AnnotationCollection` (Web Annotation Data Model, JSON-LD with
/// `http://www.w3.org/ns/anno.jsonld`), its annotations embedded in its first page.
///
/// Each annotation targets the text with a TextQuoteSelector (exact, prefix, suffix) and a
/// TextPositionSelector (scalar offsets = code points); an orphan has the quote selector only,
/// since the model requires every selector of a target to describe the same segment. Its
/// bodies are the note (commenting) and the kind's key (tagging). Each link becomes a `linking`
/// annotation: a contradiction pair targets both annotations' IRIs; a directional link targets
/// the linking annotation and has the linked one as body. A note's reader is its `creator` (a
/// Person); a reply is `replying` and targets the IRI of the annotation it answers besides the
/// text. Docs/file-formats.md has the details.
public enum W3CExporter {
    /// The JSON-LD context of the Web Annotation vocabulary.
    public static let context = "http://www.w3.org/ns/anno.jsonld"

    /// The collection of `document`'s annotations, pretty-printed with keys sorted.
    public static func export(_ document: ExportDocument) -> [UInt8] {
        let sha256 = TextIdentity.fingerprint(of: document.document)
        let source = ExportIRI.text(path: document.sourcePath, sha256: sha256)
        var items = document.annotations.map { annotation(for: $0, source: source, sha256: sha256) }
        items += linkingAnnotations(of: document, sha256: sha256)
        let collection: JSONValue = .object([
            "@context": .string(context),
            "id": .string(ExportIRI.collection(textSHA256: sha256)),
            "type": .string("AnnotationCollection"),
            "label": .string("評點 annotations on \(document.title)"),
            "total": .integer(items.count),
            "last": .string(ExportIRI.page(textSHA256: sha256)),
            "first": .object([
                "id": .string(ExportIRI.page(textSHA256: sha256)),
                "type": .string("AnnotationPage"),
                "partOf": .string(ExportIRI.collection(textSHA256: sha256)),
                "startIndex": .integer(0),
                "items": .array(items),
            ]),
        ])
        return StableJSON.bytes(of: collection)
    }

    /// One annotation: the note and the kind as bodies, the quote and its place as target.
    static func annotation(for annotation: ExportedAnnotation, source: String, sha256: String) -> JSONValue {
        var bodies: [JSONValue] = []
        let hasNote = !(annotation.note ?? "").isEmpty
        if let note = annotation.note, hasNote {
            bodies.append(.object([
                "type": .string("TextualBody"), "value": .string(note), "format": .string("text/plain"),
                "language": .string("zh-Hant"), "purpose": .string("commenting"),
            ]))
        }
        bodies.append(tag(annotation.kindKey))
        if let checked = annotation.source {
            // The verdict as an assessing body; the source's words as a quote in the source page.
            bodies.append(.object(["type": .string("TextualBody"), "value": .string(checked.verdict.rawValue), "purpose": .string("assessing")]))
            if let url = checked.url {
                var resource: [String: JSONValue] = ["type": .string("SpecificResource"), "source": .string(url)]
                if let words = checked.words {
                    resource["selector"] = .object(["type": .string("TextQuoteSelector"), "exact": .string(words)])
                }
                bodies.append(.object(resource))
            }
        }
        if let conversion = annotation.conversion {
            // The original's word as a describing body; a word left unlocalised, its Taiwan form as an edit.
            if let taiwan = conversion.taiwan {
                bodies.append(.object(["type": .string("TextualBody"), "value": .string(taiwan), "language": .string("zh-Hant-TW"),
                                       "purpose": .string("editing")]))
            } else {
                bodies.append(.object(["type": .string("TextualBody"), "value": .string(conversion.original), "language": .string("zh-Hans"),
                                       "purpose": .string("describing")]))
            }
        }
        var members: [String: JSONValue] = [
            "id": .string(ExportIRI.annotation(annotation.id, textSHA256: sha256)),
            "type": .string("Annotation"),
            "motivation": .string(annotation.replyTo != nil ? "replying" : hasNote ? "commenting" : "tagging"),
            "body": .array(bodies),
            "target": target(of: annotation, source: source),
        ]
        if let parent = annotation.replyTo {
            members["target"] = .array([.string(ExportIRI.annotation(parent, textSHA256: sha256)), target(of: annotation, source: source)])
        }
        if let creator = annotation.creator {
            members["creator"] = .object(["type": .string("Person"), "name": .string(creator)])
        }
        if let created = annotation.created { members["created"] = .string(ISO8601Seconds.string(from: created)) }
        if let modified = annotation.modified { members["modified"] = .string(ISO8601Seconds.string(from: modified)) }
        return .object(members)
    }

    /// The text as a SpecificResource, selected by quote and (when placed) by position.
    static func target(of annotation: ExportedAnnotation, source: String) -> JSONValue {
        .object(["type": .string("SpecificResource"), "source": .string(source),
                 "selector": .array(selectors(of: annotation, position: { $0 }))])
    }

    /// A TextQuoteSelector and, when the annotation is placed, a TextPositionSelector whose
    /// offsets are the scalar offsets turned by `position` (the identity for W3C, UTF-16 for
    /// Hypothesis).
    static func selectors(of annotation: ExportedAnnotation, position: (Int) -> Int) -> [JSONValue] {
        var selectors: [JSONValue] = [.object([
            "type": .string("TextQuoteSelector"), "exact": .string(annotation.quote),
            "prefix": .string(annotation.prefix), "suffix": .string(annotation.suffix),
        ])]
        if let range = annotation.range {
            selectors.append(.object([
                "type": .string("TextPositionSelector"),
                "start": .integer(position(range.lowerBound)), "end": .integer(position(range.upperBound)),
            ]))
        }
        return selectors
    }

    /// A tagging body.
    static func tag(_ value: String) -> JSONValue {
        .object(["type": .string("TextualBody"), "value": .string(value), "purpose": .string("tagging")])
    }

    /// A `linking` annotation per contradiction pair (both IRIs as targets), then one per
    /// directional link (the declaring annotation as target, the linked one as body).
    static func linkingAnnotations(of document: ExportDocument, sha256: String) -> [JSONValue] {
        func iri(_ id: String) -> JSONValue { .string(ExportIRI.annotation(id, textSHA256: sha256)) }
        var links: [JSONValue] = document.contradictionPairs.map { first, second in
            .object([
                "id": .string(ExportIRI.link(from: first.id, type: .contradicts, to: second.id, textSHA256: sha256)),
                "type": .string("Annotation"), "motivation": .string("linking"),
                "body": tag(LinkType.contradicts.rawValue),
                "target": .array([iri(first.id), iri(second.id)]),
            ])
        }
        for annotation in document.annotations {
            for link in annotation.links where !link.type.isSymmetric {
                links.append(.object([
                    "id": .string(ExportIRI.link(from: annotation.id, type: link.type, to: link.target, textSHA256: sha256)),
                    "type": .string("Annotation"), "motivation": .string("linking"),
                    "body": .array([iri(link.target), tag(link.type.rawValue)]),
                    "target": iri(annotation.id),
                ]))
            }
        }
        return links
    }
}
