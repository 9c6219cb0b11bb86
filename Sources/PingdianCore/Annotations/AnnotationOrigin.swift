/// Where a note copied from another reader's layer came from (`pingdian --with`, Docs/together.md):
/// who made it, which file it was read from, and its id there.
public struct AnnotationOrigin: Codable, Hashable, Sendable {
    /// The reader who made the original note, when known.
    public var creator: String?
    /// The file it was copied from, as given on the command line.
    public var file: String
    /// Its id in that file.
    public var id: String

    /// The origin of a copied note.
    public init(creator: String?, file: String, id: String) {
        self.creator = creator
        self.file = file
        self.id = id
    }

    /// Reads an origin from a parsed file, as `Codable` does.
    init(json field: JSONField) throws(FileFormatError) {
        creator = try field.optionalMember("creator")?.string()
        file = try field.member("file").string()
        id = try field.member("id").string()
    }
}
