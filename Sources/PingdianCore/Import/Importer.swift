/// Turns the annotations of an import file into the reader's own notes on a text.
///
/// Each annotation is anchored again (``TextAnchor/resolve(in:)`` from the file's quote, context
/// and offsets) and stored with a fresh anchor where it is found, or as written when it is not
/// (an orphan, kept). One with the same kind, range and note as an existing annotation — a note
/// or, when given, one of the curated layer — or as one imported before it is a duplicate and
/// skipped. Ids are kept when free, else get `-2`, `-3`…; annotations without one become
/// `imported-N`. Links follow the renamed ids; a link to a skipped duplicate goes to the
/// annotation already there; a symmetric link is stored once.
public enum Importer {
    /// The plan for importing `file` into `notes`, the reader's annotations of `document`;
    /// `curated` (the text's layer) also counts for ids and duplicates; `reservedIDs` (the cue
    /// hints', which an export may hold beside the notes) are not given to imported notes.
    public static func plan(_ file: ImportFile, document: TextDocument, notes: [Annotation], curated: [Annotation] = [],
                            reservedIDs: Set<String> = []) -> ImportPlan {
        let offsets = file.offsetUnit == .utf16 ? UTF16Offsets(document) : nil
        var existing: [Signature: String] = [:]
        for annotation in curated + notes {
            let signature = Signature(annotation, range: annotation.anchor.resolve(in: document).range)
            if existing[signature] == nil { existing[signature] = annotation.id }
        }
        var taken = reservedIDs.union((curated + notes).map(\.id))
        var plan = ImportPlan(annotations: [], duplicates: 0, orphaned: 0, unusable: file.unusable, renamed: 0)
        var idByKey: [String: String] = [:]
        var skippedLinks: [(from: String, links: [AnnotationLink])] = []
        var unnamed = 0
        var anchorByKey: [String: TextAnchor] = [:]
        for incoming in file.annotations {
            // A reply without a quote of its own is on the words of the note it answers.
            let answered = incoming.replyTo.flatMap { anchorByKey[$0] }
            guard let anchor = anchor(of: incoming, in: document, offsets: offsets) ?? answered else {
                plan.unusable += 1
                continue
            }
            if let key = incoming.key { anchorByKey[key] = anchor }
            let range = anchor.resolve(in: document).range
            var annotation = Annotation(
                id: "", kind: incoming.kind, anchor: range.map { TextAnchor.make(range: $0, in: document) } ?? anchor,
                note: incoming.note, source: incoming.source, conversion: incoming.conversion,
                creator: incoming.creator, origin: incoming.origin, replyTo: incoming.replyTo, created: incoming.created, modified: incoming.modified)
            let signature = Signature(annotation, range: range)
            if let duplicate = existing[signature] {
                plan.duplicates += 1
                if let key = incoming.key, idByKey[key] == nil { idByKey[key] = duplicate }
                skippedLinks.append((duplicate, incoming.links))
                continue
            }
            let preferred: String
            if let id = incoming.preferredID, !id.isEmpty {
                preferred = id
            } else {
                unnamed += 1
                preferred = "imported-\(unnamed)"
            }
            annotation.id = freeID(preferred, taken: taken)
            if annotation.id != preferred && incoming.preferredID != nil { plan.renamed += 1 }
            taken.insert(annotation.id)
            existing[signature] = annotation.id
            if let key = incoming.key, idByKey[key] == nil { idByKey[key] = annotation.id }
            if range == nil { plan.orphaned += 1 }
            annotation.links = incoming.links
            plan.annotations.append(annotation)
        }
        plan.annotations = linked(plan.annotations, idByKey: idByKey, skippedLinks: skippedLinks)
        // A reply answers the annotation its key names in the file, or (not in the file) the id it gives.
        for index in plan.annotations.indices {
            guard let key = plan.annotations[index].replyTo else { continue }
            plan.annotations[index].replyTo = idByKey[key] ?? ExportIRI.annotationID(from: key) ?? key
        }
        return plan
    }

    /// The anchor the file gives (offsets turned into scalars, the quote taken from the text when
    /// the file gives only a position); nil when it gives neither a quote nor a position in the text.
    static func anchor(of incoming: IncomingAnnotation, in document: TextDocument, offsets: UTF16Offsets?) -> TextAnchor? {
        func scalar(_ offset: Int?) -> Int? {
            guard let offset else { return nil }
            return offsets?.scalar(fromUTF16: offset) ?? offset
        }
        let start = scalar(incoming.start)
        var exact = incoming.exact
        if exact.isEmpty, let start, let end = scalar(incoming.end), start < end, end <= document.scalarCount {
            exact = document.text(in: start..<end)
        }
        guard !exact.isEmpty else { return nil }
        // Only a hint for the search: a start past the text (a file can say Int.max) is kept at
        // the text's end, so that `end` below cannot overflow.
        let stored = min(max(0, start ?? 0), document.scalarCount)
        return TextAnchor(exact: exact, prefix: incoming.prefix, suffix: incoming.suffix,
                          start: stored, end: stored + exact.unicodeScalars.count)
    }

    /// `preferred` when no annotation has it, else the first free `preferred-2`, `preferred-3`…
    static func freeID(_ preferred: String, taken: Set<String>) -> String {
        guard taken.contains(preferred) else { return preferred }
        var number = 2
        while taken.contains("\(preferred)-\(number)") { number += 1 }
        return "\(preferred)-\(number)"
    }

    /// The annotations with their links pointed at the ids they got (or at the annotation a
    /// duplicate stood for), links to nothing known dropped, each symmetric pair once; a
    /// symmetric link declared by a skipped duplicate is declared by its imported partner.
    private static func linked(_ annotations: [Annotation], idByKey: [String: String],
                               skippedLinks: [(from: String, links: [AnnotationLink])]) -> [Annotation] {
        var result = annotations
        var pairs = Set<[String]>()
        let position = Dictionary(result.enumerated().map { ($1.id, $0) }) { first, _ in first }
        func add(_ link: AnnotationLink, to index: Int) {
            let from = result[index].id
            guard link.target != from, !result[index].links.contains(link) else { return }
            if link.type.isSymmetric {
                guard pairs.insert([from, link.target].sorted() + [link.type.rawValue]).inserted else { return }
            }
            result[index].links.append(link)
        }
        for index in result.indices {
            let declared = result[index].links
            result[index].links = []
            for link in declared {
                guard let target = idByKey[link.target] else { continue }
                add(AnnotationLink(type: link.type, target: target), to: index)
            }
        }
        for (from, links) in skippedLinks {
            for link in links where link.type.isSymmetric {
                guard let target = idByKey[link.target], let index = position[target] else { continue }
                add(AnnotationLink(type: link.type, target: from), to: index)
            }
        }
        return result
    }

    /// What makes two annotations the same for the import: kind, range (the quote when not
    /// found) and note (none and an empty one alike).
    struct Signature: Hashable {
        let kind: String
        let range: Range<Int>?
        let orphanQuote: String?
        let note: String

        init(_ annotation: Annotation, range: Range<Int>?) {
            kind = annotation.kind
            self.range = range
            orphanQuote = range == nil ? annotation.anchor.exact : nil
            note = annotation.note ?? ""
        }
    }
}
