/// Writes a file the Hypothesis client's import reads (`export_date`, `export_userid`,
/// `client_version`, `annotations`), in the shape of its own JSON export (hypothesis/client,
/// `AnnotationsExporter.buildJSONExportContent`; annotations as the h API returns them).
///
/// Hypothesis keeps the note (`text`), the tags (the kind's key), the target and the document
/// title when it imports. Its TextPositionSelector counts UTF-16 units, as JavaScript does, so
/// offsets differ from pingdian's where the text has astral characters. pingdian's id, layer,
/// kind and links travel in `metadata.pingdian`, which `pingdian import` reads back. A note's
/// reader is its `user` (`acct:NAME@pingdian`, with the name also as `user_info.display_name`,
/// since Hypothesis user names are ASCII); a reply has `references`, the id it answers.
public enum HypothesisExporter {
    /// The user an exported annotation without a creator is attributed to.
    public static let userID = "acct:pingdian@localhost"

    /// The import file of `document`, dated `options.now`.
    public static func export(_ document: ExportDocument, options: ExportOptions) -> [UInt8] {
        let identity = TextIdentity(document: document.document, path: document.sourcePath)
        let uri = ExportIRI.text(path: document.sourcePath, sha256: identity.sha256)
        let offsets = UTF16Offsets(document.document)
        let file: JSONValue = .object([
            "export_date": .string(ISO8601Seconds.string(from: options.now)),
            "export_userid": .string(userID),
            "client_version": .string("pingdian"),
            "annotations": .array(document.annotations.map { annotation($0, uri: uri, title: document.title, offsets: offsets) }),
        ])
        return StableJSON.bytes(of: file)
    }

    /// One annotation as the h API writes it.
    static func annotation(_ annotation: ExportedAnnotation, uri: String, title: String, offsets: UTF16Offsets) -> JSONValue {
        let selectors = W3CExporter.selectors(of: annotation, position: { offsets.utf16(fromScalar: $0) })
        let user = annotation.creator.map { "acct:\($0)@pingdian" } ?? userID
        let links: [JSONValue] = annotation.links.map {
            .object(["type": .string($0.type.rawValue), "target": .string($0.target)])
        }
        var members: [String: JSONValue] = [
            "uri": .string(uri),
            "text": .string(annotation.note ?? ""),
            "tags": .array([.string(annotation.kindKey)]),
            "user": .string(user),
            "group": .string("__world__"),
            "permissions": .object([
                "read": .array([.string(user)]), "update": .array([.string(user)]), "delete": .array([.string(user)]),
            ]),
            "target": .array([.object(["source": .string(uri), "selector": .array(selectors)])]),
            "document": .object(["title": .array([.string(title)])]),
            "hidden": .bool(false),
            "flagged": .bool(false),
            "metadata": .object(["pingdian": .object([
                "id": .string(annotation.id), "layer": .string(annotation.layer.rawValue),
                "kind": .string(annotation.kindKey), "links": .array(links),
            ])]),
        ]
        members["id"] = .string(annotation.id)
        if let creator = annotation.creator { members["user_info"] = .object(["display_name": .string(creator)]) }
        if let parent = annotation.replyTo { members["references"] = .array([.string(parent)]) }
        if let created = annotation.created { members["created"] = .string(ISO8601Seconds.string(from: created)) }
        if let modified = annotation.modified { members["updated"] = .string(ISO8601Seconds.string(from: modified)) }
        return .object(members)
    }
}
