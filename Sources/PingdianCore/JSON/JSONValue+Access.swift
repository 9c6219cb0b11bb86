extension JSONValue {
    /// The members, when this is an object.
    var objectValue: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The integer, when this is a number without a fraction that fits an `Int`.
    var integerValue: Int? {
        switch self {
        case .integer(let value): return value
        case .number(let value) where value.rounded() == value && abs(value) < 1e15: return Int(value)
        default: return nil
        }
    }

    /// The value as a list: an array's elements, nothing for null, else the value alone (JSON-LD
    /// lets one value stand for a list of one).
    var listValue: [JSONValue] {
        switch self {
        case .array(let elements): return elements
        case .null: return []
        default: return [self]
        }
    }

    /// The strings of ``listValue``.
    var strings: [String] { listValue.compactMap(\.stringValue) }

    /// A JSON string, or null for nil.
    static func string(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }
}
