/// A coding key of any name, for containers whose members are not all known in advance.
struct AnyCodingKey: CodingKey, Hashable, ExpressibleByStringLiteral {
    var stringValue: String
    var intValue: Int?

    init(_ name: String) {
        stringValue = name
        intValue = nil
    }

    init(stringValue: String) { self.init(stringValue) }

    init?(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }

    init(stringLiteral name: String) { self.init(name) }
}

extension KeyedDecodingContainer where Key == AnyCodingKey {
    /// The members whose names are not in `known`, as they were read.
    func unknownMembers(excluding known: Set<String>) throws -> [String: JSONValue] {
        var members: [String: JSONValue] = [:]
        for key in allKeys where !known.contains(key.stringValue) {
            members[key.stringValue] = try decode(JSONValue.self, forKey: key)
        }
        return members
    }

    /// An integer member, with a clear error for a fraction, a string or anything else.
    ///
    /// Foundation's `JSONDecoder` reports a fraction where an `Int` is expected as invalid JSON
    /// at the root; reading the value first keeps the path and says what was found.
    func decodeInteger(forKey key: AnyCodingKey) throws -> Int {
        let value = try decode(JSONValue.self, forKey: key)
        guard case .integer(let integer) = value else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "expected an integer, found \(value.shortDescription)")
        }
        return integer
    }
}

extension KeyedEncodingContainer where Key == AnyCodingKey {
    /// Writes members kept from a file that this version of pingdian does not know.
    mutating func encodeUnknownMembers(_ members: [String: JSONValue]) throws {
        for (name, value) in members {
            try encode(value, forKey: AnyCodingKey(name))
        }
    }
}
