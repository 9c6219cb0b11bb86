/// Writes pingdian's own export format, `pingdian-export` version 1 (Docs/file-formats.md): the
/// text's identity, the kinds used, and every annotation with its layer, kind, quote, context,
/// offsets, note, links and dates. Stable: the same document always gives the same bytes.
public enum JSONExporter {
    /// The `format` member of an export file.
    public static let format = "pingdian-export"
    /// The `version` this build writes, and the highest it imports.
    public static let version = 1

    /// The export file of `document`: pretty-printed, keys sorted, a final newline.
    public static func export(_ document: ExportDocument) -> [UInt8] {
        let usedKeys = Set(document.annotations.map(\.kindKey))
        let file = File(
            format: format, version: version,
            text: TextRecord(TextIdentity(document: document.document, path: document.sourcePath)),
            taxonomy: document.taxonomy.kinds.filter { usedKeys.contains($0.key) },
            annotations: document.annotations.map(ExportRecord.init),
            vocabulary: document.vocabulary)
        return StableJSON.bytes(of: file)
    }

    /// The whole file as written.
    private struct File: Encodable {
        let format: String
        let version: Int
        let text: TextRecord
        let taxonomy: [MoveKind]
        let annotations: [ExportRecord]
        /// The reader's vocabulary (always written, even empty).
        let vocabulary: [ExportedWord]
    }

    /// `text` with every member present.
    private struct TextRecord: Encodable {
        let title: String
        let path: String?
        let sha256: String
        let scalarCount: Int

        init(_ identity: TextIdentity) {
            title = identity.title
            path = identity.path
            sha256 = identity.sha256
            scalarCount = identity.scalarCount
        }

        private enum CodingKeys: String, CodingKey { case title, path, sha256, scalarCount }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(title, forKey: .title)
            try container.encode(path, forKey: .path)
            try container.encode(sha256, forKey: .sha256)
            try container.encode(scalarCount, forKey: .scalarCount)
        }
    }
}
