import Foundation

/// An annotation as an import file describes it, before ``Importer`` anchors it in the text,
/// checks it against the notes already there and gives it an id.
public struct IncomingAnnotation: Hashable, Sendable {
    /// How the file's links name it (pingdian's id, a W3C IRI); nil when nothing can link to it.
    public var key: String?
    /// The id to keep when no annotation of the text has it yet (pingdian's own); nil to make one.
    public var preferredID: String?
    /// The move kind's key.
    public var kind: String
    /// The quoted text; empty when the file gives only a position.
    public var exact: String
    /// Text just before the quote, as the file has it.
    public var prefix: String
    /// Text just after the quote, as the file has it.
    public var suffix: String
    /// Where the quote started and ended, in the file's ``ImportFile/offsetUnit``; nil when not given.
    public var start: Int?
    /// See ``start``.
    public var end: Int?
    /// The note, if any.
    public var note: String?
    /// Links whose targets are other annotations' ``key``s.
    public var links: [AnnotationLink]
    /// The passage's source and verdict, if the file has one (pingdian's own export).
    public var source: AnnotationSource?
    /// What a machine conversion did at the passage, if the file says (pingdian's own export).
    public var conversion: AnnotationConversion?
    /// Who made it, if the file says (W3C `creator`, Hypothesis `user`, pingdian's `creator`).
    public var creator: String?
    /// Where it was copied from, if the file says (pingdian's own export).
    public var origin: AnnotationOrigin?
    /// The ``key`` (or id) of the annotation it answers, when it is a reply.
    public var replyTo: String?
    /// When it was made, if the file says.
    public var created: Date?
    /// When it was last changed, if the file says.
    public var modified: Date?

    /// Makes an incoming annotation from its parts.
    public init(key: String?, preferredID: String?, kind: String, exact: String, prefix: String = "", suffix: String = "",
                start: Int? = nil, end: Int? = nil, note: String? = nil, links: [AnnotationLink] = [],
                source: AnnotationSource? = nil, conversion: AnnotationConversion? = nil, creator: String? = nil,
                origin: AnnotationOrigin? = nil, replyTo: String? = nil, created: Date? = nil, modified: Date? = nil) {
        self.creator = creator
        self.origin = origin
        self.replyTo = replyTo
        self.source = source
        self.conversion = conversion
        self.key = key
        self.preferredID = preferredID
        self.kind = kind
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
        self.start = start
        self.end = end
        self.note = note
        self.links = links
        self.created = created
        self.modified = modified
    }
}
