import PingdianCore

/// The annotations shown over a text, resolved against it, with the kinds that style them.
public struct AnnotationSet {
    public init() {}

    /// Whether there is no annotation at all.
    public var isEmpty: Bool { true }
}
