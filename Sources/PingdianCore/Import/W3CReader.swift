/// Reads W3C Web Annotations: the annotations embedded in an AnnotationCollection's pages, in an
/// AnnotationPage, a single Annotation or an array of them.
///
/// Each annotation's first target with a selector gives the anchor (TextQuoteSelector: exact,
/// prefix, suffix; TextPositionSelector: start, end in code points); its commenting bodies (or
/// `bodyValue`) the note; its tagging bodies the kind (``KindMatching``). A `linking`
/// annotation becomes links: two or more targets link the first to the others; one target
/// links it to each body IRI. The link's type is its tagging body's value, else `contradicts`.
/// `creator` (a string, or an object's `name` or `nickname`) is the note's reader; a `replying`
/// annotation answers the annotation its IRI target names.
enum W3CReader {
    /// The `type`s that make an object W3C: an annotation or a container of them.
    static let containerTypes: Set<String> = ["Annotation", "AnnotationPage", "AnnotationCollection"]

    /// The annotations of a parsed W3C document.
    static func read(_ value: JSONValue, taxonomy: Taxonomy) throws(ImportError) -> ImportFile {
        var annotations: [IncomingAnnotation] = []
        var linking: [JSONValue] = []
        var unusable = 0
        for item in try annotationObjects(in: value) {
            if item["motivation"]?.strings.contains("linking") == true {
                linking.append(item)
            } else if let annotation = annotation(from: item, taxonomy: taxonomy) {
                annotations.append(annotation)
            } else {
                unusable += 1
            }
        }
        for item in linking { addLinks(of: item, to: &annotations) }
        return ImportFile(format: .w3c, annotations: annotations, offsetUnit: .scalars, unusable: unusable)
    }

    /// The `type` (or `@type`) values of an object.
    static func types(of value: JSONValue) -> Set<String> {
        Set((value["type"] ?? value["@type"])?.strings ?? [])
    }

    /// The id (or `@id`) of an object.
    static func id(of value: JSONValue) -> String? {
        (value["id"] ?? value["@id"])?.stringValue
    }

    /// The annotation objects of a document: a collection's embedded pages (`first`, then each
    /// embedded `next`), a page's items, an annotation, or an array's elements.
    private static func annotationObjects(in value: JSONValue) throws(ImportError) -> [JSONValue] {
        if case .array(let elements) = value { return elements.filter { $0.objectValue != nil } }
        let types = types(of: value)
        var page: JSONValue?
        if types.contains("AnnotationCollection") {
            guard let first = value["first"] else { return [] }
            guard first.objectValue != nil else {
                throw ImportError("the AnnotationCollection does not embed its first page (\"first\" is \(first.shortDescription)); pingdian imports embedded annotations only")
            }
            page = first
        } else if types.contains("AnnotationPage") {
            page = value
        } else {
            return [value]
        }
        var items: [JSONValue] = []
        while let current = page {
            items += (current["items"]?.listValue ?? []).filter { $0.objectValue != nil }
            page = current["next"].flatMap { $0.objectValue != nil ? $0 : nil }
        }
        return items
    }

    /// An annotation with a text target; nil when no target has a usable selector.
    private static func annotation(from item: JSONValue, taxonomy: Taxonomy) -> IncomingAnnotation? {
        guard let selectors = (item["target"]?.listValue ?? []).lazy.compactMap({ $0["selector"]?.listValue }).first else {
            return nil
        }
        var exact = "", prefix = "", suffix = ""
        var start: Int?, end: Int?
        for selector in selectors {
            let kinds = types(of: selector)
            if kinds.contains("TextQuoteSelector"), let quote = selector["exact"]?.stringValue {
                exact = quote
                prefix = selector["prefix"]?.stringValue ?? ""
                suffix = selector["suffix"]?.stringValue ?? ""
            } else if kinds.contains("TextPositionSelector"),
                      let from = selector["start"]?.integerValue, let to = selector["end"]?.integerValue, 0 <= from, from <= to {
                start = from
                end = to
            }
        }
        guard !exact.isEmpty || (start != nil && start != end) else { return nil }
        var comments: [String] = []
        var tags: [String] = []
        for body in item["body"]?.listValue ?? [] {
            // A body that is only an IRI (a linked resource) is neither a note nor a tag.
            guard let value = body["value"]?.stringValue else { continue }
            if body["purpose"]?.strings.contains("tagging") == true { tags.append(value) } else { comments.append(value) }
        }
        if let value = item["bodyValue"]?.stringValue { comments.append(value) }
        let iri = id(of: item)
        let answered = item["motivation"]?.strings.contains("replying") == true
            ? (item["target"]?.listValue ?? []).lazy.compactMap({ $0.stringValue }).first : nil
        return IncomingAnnotation(
            key: iri, preferredID: iri.flatMap(ExportIRI.annotationID(from:)),
            kind: KindMatching.kind(fromTags: tags, taxonomy: taxonomy) ?? KindMatching.fallback,
            exact: exact, prefix: prefix, suffix: suffix, start: start, end: end,
            note: comments.isEmpty ? nil : comments.joined(separator: "\n\n"),
            creator: creator(of: item), replyTo: answered,
            created: item["created"]?.stringValue.flatMap(ISO8601Seconds.date(from:)),
            modified: item["modified"]?.stringValue.flatMap(ISO8601Seconds.date(from:)))
    }

    /// The name of an annotation's creator: a string, or the first creator object's `name`
    /// (else `nickname`); nil when there is none.
    static func creator(of item: JSONValue) -> String? {
        guard let creator = item["creator"]?.listValue.first else { return nil }
        let name = creator.stringValue ?? creator["name"]?.stringValue ?? creator["nickname"]?.stringValue
        return name.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Adds the links a `linking` annotation declares to the annotation they start from.
    private static func addLinks(of item: JSONValue, to annotations: inout [IncomingAnnotation]) {
        let targets = (item["target"]?.listValue ?? []).compactMap(reference)
        let bodies = item["body"]?.listValue ?? []
        let tag = bodies.first { $0["purpose"]?.strings.contains("tagging") == true }?["value"]?.stringValue
        let type = tag.map(LinkType.init(rawValue:)) ?? .contradicts
        let linked = targets.count >= 2 ? Array(targets.dropFirst()) : bodies.filter { $0["value"] == nil }.compactMap(reference)
        guard let from = targets.first, let index = annotations.firstIndex(where: { $0.key == from }) else { return }
        for target in linked where target != from && annotations.contains(where: { $0.key == target }) {
            let link = AnnotationLink(type: type, target: target)
            if !annotations[index].links.contains(link) { annotations[index].links.append(link) }
        }
    }

    /// The IRI a target or body names: itself when a string, else its `id`, else its `source`.
    private static func reference(_ value: JSONValue) -> String? {
        value.stringValue ?? id(of: value) ?? value["source"]?.stringValue
    }
}
