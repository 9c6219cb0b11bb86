/// A value of a parsed pingdian file and its JSON path, to read the file's types straight from
/// the ``JSONValue`` that ``JSONFileReader/checkedDocument(_:)`` already parsed, without `Codable`.
///
/// Each accessor fails as `JSONDecoder` with the type's `init(from:)` failed, with the same
/// ``FileFormatError`` (path, element id, message): decoding through `Codable` parsed every file a
/// second time and instantiated generic metadata at run time, a fifth of the reader's start-up
/// (Docs/speed.md). Members are read in the order the `init(from:)` read them, so the first
/// problem reported is the same one.
struct JSONField {
    /// The value at ``path``.
    let value: JSONValue
    /// Member names and array indices from the top of the file.
    let path: [AnyCodingKey]
    /// The file's reader, which words errors and knows the identifying members.
    let reader: JSONFileReader
    /// The whole file, to find the id of the element an error is in.
    let document: JSONValue

    /// The top of a parsed file.
    init(document: JSONValue, reader: JSONFileReader) {
        self.init(value: document, path: [], reader: reader, document: document)
    }

    private init(value: JSONValue, path: [AnyCodingKey], reader: JSONFileReader, document: JSONValue) {
        self.value = value
        self.path = path
        self.reader = reader
        self.document = document
    }

    /// An error at this value's path, naming the element's id as ``JSONFileReader`` does.
    func failure(_ problem: FileFormatProblem) -> FileFormatError {
        reader.error(at: path, in: document, problem)
    }

    /// The value of a member at this field's path plus `key`.
    private func child(_ value: JSONValue, _ key: AnyCodingKey) -> JSONField {
        JSONField(value: value, path: path + [key], reader: reader, document: document)
    }

    /// The members, when this is an object; fails as a keyed container on anything else.
    func object() throws(FileFormatError) -> [String: JSONValue] {
        if case .object(let members) = value { return members }
        throw failure(.expected(.object, found: JSONValueSummary(value)))
    }

    /// A required member of this object: fails with "missing" at the member's path.
    func member(_ name: String) throws(FileFormatError) -> JSONField {
        guard let found = try object()[name] else { throw child(.null, AnyCodingKey(name)).failure(.missing) }
        return child(found, AnyCodingKey(name))
    }

    /// An optional member of this object; nil when it is missing or null (`decodeIfPresent`).
    func optionalMember(_ name: String) throws(FileFormatError) -> JSONField? {
        guard let found = try object()[name], found != .null else { return nil }
        return child(found, AnyCodingKey(name))
    }

    /// The elements, when this is an array; fails as an unkeyed container on anything else.
    func elements() throws(FileFormatError) -> [JSONField] {
        guard case .array(let elements) = value else { throw failure(.expected(.array, found: JSONValueSummary(value))) }
        return elements.enumerated().map { index, element in child(element, AnyCodingKey(intValue: index)!) }
    }

    /// The string, when this is one.
    func string() throws(FileFormatError) -> String {
        if case .string(let text) = value { return text }
        throw failure(.expected(.string, found: JSONValueSummary(value)))
    }

    /// The integer, when this is one: as `decodeInteger(forKey:)` read it, a number without a
    /// fraction (`2.0` is 2, below 10^15), never a string.
    func integer() throws(FileFormatError) -> Int {
        let number = try codableValue()
        guard case .integer(let integer) = number else {
            throw failure(.expected(.integer, found: JSONValueSummary(number)))
        }
        return integer
    }

    /// The value as `JSONValue`'s `init(from:)` read it through `JSONDecoder`: numbers without a
    /// fraction become integers; a number out of range (`1e999`) fails, as it did, at the first
    /// value on the way to it that is not an object.
    func codableValue() throws(FileFormatError) -> JSONValue {
        switch value {
        case .number(let number):
            guard number.isFinite else { throw failure(.expected(.object, found: JSONValueSummary(value))) }
            return value.integerValue.map(JSONValue.integer) ?? value
        case .array(let elements):
            guard !elements.contains(where: \.holdsInfiniteNumber) else {
                throw failure(.expected(.object, found: JSONValueSummary(value)))
            }
            return .array(elements.map(\.withIntegralNumbersAsIntegers))
        case .object(let members):
            var result: [String: JSONValue] = [:]
            for (name, member) in members {
                result[name] = try child(member, AnyCodingKey(name)).codableValue()
            }
            return .object(result)
        default:
            return value
        }
    }

    /// The members of this object not named in `known`, as ``codableValue()`` reads them.
    func unknownMembers(excluding known: Set<String>) throws(FileFormatError) -> [String: JSONValue] {
        var members: [String: JSONValue] = [:]
        for (name, member) in try object() where !known.contains(name) {
            members[name] = try child(member, AnyCodingKey(name)).codableValue()
        }
        return members
    }
}

private extension JSONValue {
    /// Whether a number out of range (infinite) is in this value, at any depth.
    var holdsInfiniteNumber: Bool {
        switch self {
        case .number(let number): return !number.isFinite
        case .array(let elements): return elements.contains(where: \.holdsInfiniteNumber)
        case .object(let members): return members.values.contains(where: \.holdsInfiniteNumber)
        default: return false
        }
    }

    /// The value with every number without a fraction (below 10^15) written as an integer.
    var withIntegralNumbersAsIntegers: JSONValue {
        switch self {
        case .number: return integerValue.map(JSONValue.integer) ?? self
        case .array(let elements): return .array(elements.map(\.withIntegralNumbersAsIntegers))
        case .object(let members): return .object(members.mapValues(\.withIntegralNumbersAsIntegers))
        default: return self
        }
    }
}
