/// Reads the members of one JSON object of a layer, reporting those missing or of the wrong type.
struct MemberReader {
    /// The object's members, as parsed.
    let members: [String: JSONValue]
    /// The JSON path of the object.
    let path: String
    /// The position of the annotation it belongs to.
    let index: Int
    /// That annotation's id, for the problems; nil until it is known to be usable.
    var id: String?

    /// A string member; nil, reported unless optional, when it is missing; nil, reported, when it is not a string.
    func string(_ name: String, required: Bool = true, in check: inout LayerCheck) -> String? {
        switch members[name] {
        case .string(let value)?: return value
        case nil: if required { check.report(index, id: id, "\(path).\(name)", "missing") }
        case let value?: check.report(index, id: id, "\(path).\(name)", "expected a string, found \(value.shortDescription)")
        }
        return nil
    }

    /// An integer member (no fraction, no exponent), reported when missing or anything else.
    func integer(_ name: String, in check: inout LayerCheck) -> Int? {
        switch members[name] {
        case .integer(let value)?: return value
        case nil: check.report(index, id: id, "\(path).\(name)", "missing")
        case let value?: check.report(index, id: id, "\(path).\(name)", "expected an integer, found \(value.shortDescription)")
        }
        return nil
    }

    /// An object member (required unless told).
    func object(_ name: String, required: Bool = true, in check: inout LayerCheck) -> [String: JSONValue]? {
        switch members[name] {
        case .object(let value)?: return value
        case nil: if required { check.report(index, id: id, "\(path).\(name)", "missing") }
        case let value?: check.report(index, id: id, "\(path).\(name)", "expected an object, found \(value.shortDescription)")
        }
        return nil
    }

    /// An optional array member; nil when it is absent, or (reported) not an array.
    func array(_ name: String, in check: inout LayerCheck) -> [JSONValue]? {
        switch members[name] {
        case .array(let value)?: return value
        case nil: break
        case let value?: check.report(index, id: id, "\(path).\(name)", "expected an array, found \(value.shortDescription)")
        }
        return nil
    }

    /// A warning for each member not in `known`, in name order.
    func reportUnknownMembers(_ known: Set<String>, in check: inout LayerCheck) {
        for name in members.keys.sorted() where !known.contains(name) {
            check.report(index, id: id, "\(path).\(name)", LayerCheck.unknownMember, as: .warning)
        }
    }
}
