/// What a link between two annotations means. Written in JSON as a string.
///
/// Types this version does not know are kept as ``other(_:)`` and written back unchanged.
public enum LinkType: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The two spans contradict each other; symmetric (A contradicts B means B contradicts A).
    case contradicts
    /// The span supports the target (evidence for a claim, say).
    case supports
    /// The span answers the target (a rebuttal to a reconstruction, say).
    case responds
    /// A type written by a newer pingdian or by hand, kept as it was. Make link types with
    /// ``init(rawValue:)``, which never gives `.other` for a known name.
    case other(String)

    /// The type for its JSON name.
    public init(rawValue: String) {
        switch rawValue {
        case "contradicts": self = .contradicts
        case "supports": self = .supports
        case "responds": self = .responds
        default: self = .other(rawValue)
        }
    }

    /// The JSON name of the type.
    public var rawValue: String {
        switch self {
        case .contradicts: return "contradicts"
        case .supports: return "supports"
        case .responds: return "responds"
        case .other(let name): return name
        }
    }

    /// Whether a link of this type holds both ways, declared on one side only.
    public var isSymmetric: Bool { self == .contradicts }

    /// The JSON name of the type.
    public var description: String { rawValue }

    /// Reads the type from its JSON name.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Writes the JSON name.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
