import PingdianCore

/// Another reader's layer as the reader shows it (`--with`; Docs/together.md): read-only, its
/// notes' ids prefixed so that they never clash with the curated layer's, the reader's own or
/// another reader's, and a marker (A, B, C…) that the pane, the outline and the legend show.
public struct OtherReader: Hashable, Sendable {
    /// Who the reader is.
    public var name: String
    /// The file the notes came from, as given.
    public var file: String
    /// A letter for the reader: A–Z, then a–z, then numbers.
    public var marker: String
    /// The notes, their ids (and links and replies within the layer) prefixed with ``idPrefix``.
    public var annotations: [Annotation]

    /// The reader at `position` (from 0) among the others, with `layer`'s notes.
    public init(_ layer: ReaderLayer, position: Int) {
        name = layer.name
        file = layer.file
        marker = Self.marker(position)
        let prefix = "@\(marker)/"
        let own = Set(layer.annotations.map(\.id))
        func renamed(_ id: String) -> String { own.contains(id) ? prefix + id : id }
        annotations = layer.annotations.map { annotation in
            var annotation = annotation
            annotation.id = prefix + annotation.id
            annotation.links = annotation.links.map { AnnotationLink(type: $0.type, target: renamed($0.target)) }
            annotation.replyTo = annotation.replyTo.map(renamed)
            return annotation
        }
    }

    /// What ids of this reader's notes start with.
    public var idPrefix: String { "@\(marker)/" }

    /// The id a note of this layer has in its reader's file.
    public func originalID(of id: String) -> String {
        id.hasPrefix(idPrefix) ? String(id.dropFirst(idPrefix.count)) : id
    }

    /// The marker of the reader at `position`.
    static func marker(_ position: Int) -> String {
        // A–Z (65…), a–z (97…), then numbers.
        if position < 26 { return String(UnicodeScalar(UInt8(65 + position))) }
        if position < 52 { return String(UnicodeScalar(UInt8(97 + position - 26))) }
        return String(position - 51)
    }
}

/// Whose an annotation shown is.
public enum AnnotationOwner: Hashable, Sendable {
    /// The curated layer that came with the text (or the hints, the conversion layer).
    case curated
    /// The reader's own notes, the only ones that can be changed.
    case mine
    /// Another reader's, by position in ``AnnotationSet/otherReaders``.
    case reader(Int)
}
