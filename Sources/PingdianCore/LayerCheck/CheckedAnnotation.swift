/// An annotation of a layer as far as ``LayerCheck`` could read it: each part is nil when it was
/// missing or malformed (and reported), so that the checks that follow use what is there.
struct CheckedAnnotation {
    /// Its position in the `annotations` array.
    let index: Int
    /// A non-empty id, if it has one.
    var id: String?
    /// A non-empty kind, if it has one.
    var kind: String?
    /// The anchor, when `exact`, `start` and `end` could be read.
    var anchor: TextAnchor?
    /// Its links, each as far as it could be read.
    var links: [Link] = []

    /// A link as far as it could be read.
    struct Link {
        /// Its position in the `links` array.
        let index: Int
        /// Its type, if it is a string.
        var type: LinkType?
        /// Its target, if it is a string.
        var target: String?
    }

    /// `annotations[3]`, the start of the JSON path of everything in it.
    var path: String { "annotations[\(index)]" }
}

extension LayerCheck {
    /// The members an annotation, an anchor and a link have; others are reported as unknown.
    static let annotationMembers: Set<String> = ["id", "kind", "anchor", "note", "links", "source", "conversion"]
    static let sourceMembers: Set<String> = ["url", "location", "words", "verdict", "translation"]
    static let conversionMembers: Set<String> = ["original", "characterLevel", "converted", "taiwan"]
    static let anchorMembers: Set<String> = ["exact", "prefix", "suffix", "start", "end"]
    static let linkMembers: Set<String> = ["type", "target"]

    /// Reads one element of `annotations`, reporting every member that is missing or of the wrong type.
    mutating func read(_ element: JSONValue, at index: Int) -> CheckedAnnotation {
        var annotation = CheckedAnnotation(index: index)
        let path = annotation.path
        guard case .object(let members) = element else {
            report(index, id: nil, path, "expected an annotation object, found \(element.shortDescription)")
            return annotation
        }
        // The id first: every other problem of the annotation names it.
        var reader = MemberReader(members: members, path: path, index: index, id: nil)
        if let id = reader.string("id", in: &self) {
            if id.isEmpty { report(index, id: nil, "\(path).id", "an annotation needs a non-empty id") } else { annotation.id = id }
        }
        reader.id = annotation.id
        if let kind = reader.string("kind", in: &self) {
            if kind.isEmpty { report(index, id: annotation.id, "\(path).kind", "an annotation needs a kind") } else { annotation.kind = kind }
        }
        _ = reader.string("note", required: false, in: &self)
        if let anchor = reader.object("anchor", in: &self) {
            let anchorReader = MemberReader(members: anchor, path: "\(path).anchor", index: index, id: annotation.id)
            let exact = anchorReader.string("exact", in: &self)
            let prefix = anchorReader.string("prefix", required: false, in: &self) ?? ""
            let suffix = anchorReader.string("suffix", required: false, in: &self) ?? ""
            let start = anchorReader.integer("start", in: &self)
            let end = anchorReader.integer("end", in: &self)
            anchorReader.reportUnknownMembers(Self.anchorMembers, in: &self)
            if let exact, let start, let end {
                annotation.anchor = TextAnchor(exact: exact, prefix: prefix, suffix: suffix, start: start, end: end)
            }
        }
        annotation.links = readLinks(reader, in: annotation)
        if let source = reader.object("source", required: false, in: &self) {
            let sourceReader = MemberReader(members: source, path: "\(path).source", index: index, id: annotation.id)
            for name in ["url", "location", "words", "translation"] { _ = sourceReader.string(name, required: false, in: &self) }
            if let verdict = sourceReader.string("verdict", in: &self), AnnotationSource.Verdict(rawValue: verdict) == nil {
                let allowed = AnnotationSource.Verdict.allCases.map(\.rawValue).joined(separator: ", ")
                report(index, id: annotation.id, "\(path).source.verdict", "\"\(verdict)\" is not a verdict (\(allowed))")
            }
            sourceReader.reportUnknownMembers(Self.sourceMembers, in: &self)
        }
        if let conversion = reader.object("conversion", required: false, in: &self) {
            let conversionReader = MemberReader(members: conversion, path: "\(path).conversion", index: index, id: annotation.id)
            for name in ["original", "converted"] { _ = conversionReader.string(name, in: &self) }
            for name in ["characterLevel", "taiwan"] { _ = conversionReader.string(name, required: false, in: &self) }
            conversionReader.reportUnknownMembers(Self.conversionMembers, in: &self)
        }
        reader.reportUnknownMembers(Self.annotationMembers, in: &self)
        return annotation
    }

    /// The elements of `links` (absent means none), each read on its own.
    private mutating func readLinks(_ reader: MemberReader, in annotation: CheckedAnnotation) -> [CheckedAnnotation.Link] {
        guard let elements = reader.array("links", in: &self) else { return [] }
        var links: [CheckedAnnotation.Link] = []
        for (linkIndex, element) in elements.enumerated() {
            let path = "\(annotation.path).links[\(linkIndex)]"
            guard case .object(let members) = element else {
                report(annotation.index, id: annotation.id, path, "expected a link like {\"type\": \"contradicts\", \"target\": \"m2\"}, found \(element.shortDescription)")
                continue
            }
            let linkReader = MemberReader(members: members, path: path, index: annotation.index, id: annotation.id)
            let type = linkReader.string("type", in: &self).map(LinkType.init(rawValue:))
            let target = linkReader.string("target", in: &self)
            linkReader.reportUnknownMembers(Self.linkMembers, in: &self)
            links.append(CheckedAnnotation.Link(index: linkIndex, type: type, target: target))
        }
        return links
    }
}
