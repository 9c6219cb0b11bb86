/// Reads a Hypothesis export (`{"annotations": [...]}` as the client writes it, `{"rows": [...]}`
/// as the h search API answers, or a bare array of annotations).
///
/// The note is `text`; the kind comes from `tags` (``KindMatching``); the anchor from the first
/// target's TextQuoteSelector and TextPositionSelector, whose offsets count UTF-16 units.
/// pingdian's own exports also carry `metadata.pingdian` (`id`, `kind`, `links`), which wins.
/// The reader is `user_info.display_name`, else the name in `user` (`acct:NAME@authority`); the
/// last of `references` is the annotation a reply answers.
enum HypothesisReader {
    /// The annotations of a parsed Hypothesis file.
    static func read(_ value: JSONValue, taxonomy: Taxonomy) -> ImportFile {
        let items = (value["annotations"] ?? value["rows"] ?? value).listValue.filter { $0.objectValue != nil }
        var annotations: [IncomingAnnotation] = []
        var unusable = 0
        for item in items {
            if let annotation = annotation(from: item, taxonomy: taxonomy) {
                annotations.append(annotation)
            } else {
                unusable += 1
            }
        }
        return ImportFile(format: .hypothesis, annotations: annotations, offsetUnit: .utf16, unusable: unusable)
    }

    /// The name of the annotation's user: `user_info.display_name`, else `user` without `acct:`
    /// and its authority; nil when neither is there, or for pingdian's anonymous export user.
    static func creator(of item: JSONValue) -> String? {
        if let name = item["user_info"]?["display_name"]?.stringValue, !name.isEmpty { return name }
        guard var user = item["user"]?.stringValue, user != HypothesisExporter.userID else { return nil }
        if user.hasPrefix("acct:") { user.removeFirst(5) }
        if let at = user.lastIndex(of: "@") { user = String(user[..<at]) }
        return user.isEmpty ? nil : user
    }

    /// An annotation with a quote or a position; nil for replies without one and page notes.
    private static func annotation(from item: JSONValue, taxonomy: Taxonomy) -> IncomingAnnotation? {
        let selectors = item["target"]?.listValue.first?["selector"]?.listValue ?? []
        var exact = "", prefix = "", suffix = ""
        var start: Int?, end: Int?
        for selector in selectors {
            switch selector["type"]?.stringValue {
            case "TextQuoteSelector":
                exact = selector["exact"]?.stringValue ?? ""
                prefix = selector["prefix"]?.stringValue ?? ""
                suffix = selector["suffix"]?.stringValue ?? ""
            case "TextPositionSelector":
                if let from = selector["start"]?.integerValue, let to = selector["end"]?.integerValue, 0 <= from, from <= to {
                    start = from
                    end = to
                }
            default:
                continue
            }
        }
        let references = item["references"]?.listValue.last?.stringValue
        // A reply without a quote of its own (as Hypothesis keeps them) takes its note's place at import.
        guard !exact.isEmpty || (start != nil && start != end) || references != nil else { return nil }
        let pingdian = item["metadata"]?["pingdian"]
        let ownID = pingdian?["id"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        let ownKind = pingdian?["kind"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
        let links = (pingdian?["links"]?.listValue ?? []).compactMap { link -> AnnotationLink? in
            guard let type = link["type"]?.stringValue, let target = link["target"]?.stringValue else { return nil }
            return AnnotationLink(type: LinkType(rawValue: type), target: target)
        }
        let text = item["text"]?.stringValue ?? ""
        return IncomingAnnotation(
            key: ownID ?? item["id"]?.stringValue, preferredID: ownID,
            kind: ownKind ?? KindMatching.kind(fromTags: item["tags"]?.strings ?? [], taxonomy: taxonomy) ?? KindMatching.fallback,
            exact: exact, prefix: prefix, suffix: suffix, start: start, end: end,
            note: text.isEmpty ? nil : text, links: links,
            creator: creator(of: item), replyTo: references,
            created: item["created"]?.stringValue.flatMap(ISO8601Seconds.date(from:)),
            modified: item["updated"]?.stringValue.flatMap(ISO8601Seconds.date(from:)))
    }
}
