/// The move kinds a layer may use, in the order the legend shows them.
///
/// Read from a `pingdian-taxonomy` file (see Docs/file-formats.md); the bundled one is
/// `Texts/moves.taxonomy.json`.
public struct Taxonomy: Hashable, Sendable {
    /// The `format` member of a taxonomy file.
    public static let format = "pingdian-taxonomy"
    /// The highest taxonomy `version` this build reads.
    public static let supportedVersion = 1

    /// The kinds, in order.
    public let kinds: [MoveKind]
    private let indexByKey: [String: Int]

    /// Makes a taxonomy of these kinds; if two share a key, ``kind(forKey:)`` finds the first.
    public init(kinds: [MoveKind]) {
        self.kinds = kinds
        var indexByKey: [String: Int] = [:]
        for (index, kind) in kinds.enumerated() where indexByKey[kind.key] == nil {
            indexByKey[kind.key] = index
        }
        self.indexByKey = indexByKey
    }

    /// The kind with this key, or nil when the taxonomy has none.
    public func kind(forKey key: String) -> MoveKind? {
        indexByKey[key].map { kinds[$0] }
    }

    /// Reads a taxonomy file: at least one kind, each well-formed, no two with the same key.
    public static func decode(_ bytes: [UInt8]) throws(FileFormatError) -> Taxonomy {
        let reader = JSONFileReader(format: format, supportedVersion: supportedVersion, identifyingMembers: ["kinds": "key"])
        let top = try JSONField(document: reader.checkedDocument(bytes), reader: reader)
        return try Taxonomy(checking: top.member("kinds").elements().map { (kind) throws(FileFormatError) in try MoveKind(json: kind) })
    }

    /// The taxonomy of a file's kinds, checked: at least one, no two with the same key.
    init(checking kinds: [MoveKind]) throws(FileFormatError) {
        guard !kinds.isEmpty else {
            throw FileFormatError(.noKinds, path: "kinds")
        }
        var firstIndexByKey: [String: Int] = [:]
        for (index, kind) in kinds.enumerated() {
            if let first = firstIndexByKey[kind.key] {
                throw FileFormatError(.duplicateKey(firstIndex: first), path: "kinds[\(index)].key", id: kind.key, idField: "key")
            }
            firstIndexByKey[kind.key] = index
        }
        self.init(kinds: kinds)
    }
}
