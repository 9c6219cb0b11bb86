import Foundation

/// Reads pingdian's versioned JSON files: syntax, `format` and `version` first, then the content,
/// turning every failure into a ``FileFormatError`` with a JSON path and an element's id.
///
/// Layers, the taxonomy and state files read their content from the checked document with
/// ``JSONField``; ``decode(_:from:)`` (a `Decodable` type through `JSONDecoder`) reads exports
/// for `pingdian import`, and is the reference the ``JSONField`` readers are tested against.
struct JSONFileReader {
    /// The expected value of the top-level `format` member.
    var format: String
    /// The highest `version` this build reads.
    var supportedVersion: Int
    /// For paths through these arrays, the member that identifies an element (`annotations` → `id`).
    var identifyingMembers: [String: String] = [:]

    /// Parses the bytes and checks `format` and `version`; returns the parsed document.
    func checkedDocument(_ bytes: [UInt8]) throws(FileFormatError) -> JSONValue {
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            throw FileFormatError(.notJSON(line: error.line, column: error.column, error.problem), path: "")
        }
        guard case .object = document else {
            throw FileFormatError(.notAnObject(format: format, found: JSONValueSummary(document)), path: "")
        }
        guard let foundFormat = document["format"] else {
            throw FileFormatError(.wrongFormat(expected: format, found: nil), path: "format")
        }
        guard foundFormat.stringValue == format else {
            throw FileFormatError(.wrongFormat(expected: format, found: JSONValueSummary(foundFormat)), path: "format")
        }
        guard let foundVersion = document["version"] else {
            throw FileFormatError(.missing, path: "version")
        }
        guard case .integer(let version) = foundVersion, version >= 1 else {
            throw FileFormatError(.expected(.positiveInteger, found: JSONValueSummary(foundVersion)), path: "version")
        }
        guard version <= supportedVersion else {
            throw FileFormatError(.newerVersion(format: format, found: version, supported: supportedVersion), path: "version")
        }
        return document
    }

    /// Checks the file as ``checkedDocument(_:)`` does, then decodes it as `T`.
    func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws(FileFormatError) -> T {
        let document = try checkedDocument(bytes)
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw translate(error, in: document)
        } catch {
            throw FileFormatError(.decoding("\(error)"), path: "")
        }
    }

    /// A ``FileFormatError`` for a path in the document: names the element's id when the path
    /// goes through one of the ``identifyingMembers`` arrays.
    func error(at path: [any CodingKey], in document: JSONValue, _ problem: FileFormatProblem) -> FileFormatError {
        var id: String?
        var idField = "id"
        for (position, key) in path.enumerated() where key.intValue == nil {
            guard let member = identifyingMembers[key.stringValue], position + 1 < path.count,
                  path[position + 1].intValue != nil else { continue }
            if let found = document.value(at: Array(path[...(position + 1)]))?[member]?.stringValue {
                id = found
                idField = member
            }
        }
        return FileFormatError(problem, path: Self.render(path), id: id, idField: idField)
    }

    /// A ``FileFormatError`` from what `JSONDecoder` threw.
    private func translate(_ error: DecodingError, in document: JSONValue) -> FileFormatError {
        switch error {
        case .keyNotFound(let key, let context):
            return self.error(at: context.codingPath + [key], in: document, .missing)
        case .valueNotFound(let type, let context):
            return self.error(at: context.codingPath, in: document, .expected(Self.valueType(type), found: .null))
        case .typeMismatch(let type, let context):
            let found = document.value(at: context.codingPath).map(JSONValueSummary.init) ?? .unknown
            return self.error(at: context.codingPath, in: document, .expected(Self.valueType(type), found: found))
        case .dataCorrupted(let context):
            return self.error(at: context.codingPath, in: document, .decoding(context.debugDescription))
        @unknown default:
            return FileFormatError(.decoding("\(error)"), path: "")
        }
    }

    /// `kinds[3].color` for a coding path.
    static func render(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }

    /// The JSON type of a type `JSONDecoder` expected.
    private static func valueType(_ type: Any.Type) -> JSONValueType {
        switch type {
        case is String.Type: return .string
        case is Int.Type: return .integer
        case is Bool.Type: return .boolean
        case is Double.Type, is Float.Type: return .number
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") || name.hasPrefix("[") && !name.contains(":") { return .array }
            if name.hasPrefix("Dictionary") || name.contains(":") { return .object }
            return .other(name)
        }
    }
}
