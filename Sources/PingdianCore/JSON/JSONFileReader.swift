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
            throw FileFormatError(reason: .notJSON, path: "", message: "not valid JSON: \(error.description)")
        }
        guard case .object = document else {
            throw FileFormatError(
                reason: .wrongFormat, path: "",
                message: "expected a JSON object with \"format\": \"\(format)\", found \(document.shortDescription)")
        }
        guard let foundFormat = document["format"] else {
            throw FileFormatError(reason: .wrongFormat, path: "format", message: "missing (expected \"\(format)\")")
        }
        guard foundFormat.stringValue == format else {
            throw FileFormatError(
                reason: .wrongFormat, path: "format",
                message: "expected \"\(format)\", found \(foundFormat.shortDescription)")
        }
        guard let foundVersion = document["version"] else {
            throw FileFormatError(reason: .invalidValue, path: "version", message: "missing")
        }
        guard case .integer(let version) = foundVersion, version >= 1 else {
            throw FileFormatError(
                reason: .invalidValue, path: "version",
                message: "expected a positive integer, found \(foundVersion.shortDescription)")
        }
        guard version <= supportedVersion else {
            throw FileFormatError(
                reason: .newerVersion(found: version, supported: supportedVersion), path: "version",
                message: "version \(version) was written by a newer pingdian; this one reads \(format) "
                    + "up to version \(supportedVersion) — please update pingdian")
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
            throw FileFormatError(reason: .invalidValue, path: "", message: "\(error)")
        }
    }

    /// A ``FileFormatError`` for a path in the document: names the element's id when the path
    /// goes through one of the ``identifyingMembers`` arrays.
    func error(at path: [any CodingKey], in document: JSONValue, _ message: String) -> FileFormatError {
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
        return FileFormatError(reason: .invalidValue, path: Self.render(path), id: id, idField: idField, message: message)
    }

    /// A ``FileFormatError`` from what `JSONDecoder` threw.
    private func translate(_ error: DecodingError, in document: JSONValue) -> FileFormatError {
        switch error {
        case .keyNotFound(let key, let context):
            return self.error(at: context.codingPath + [key], in: document, "missing")
        case .valueNotFound(let type, let context):
            return self.error(at: context.codingPath, in: document, "expected \(Self.phrase(for: type)), found null")
        case .typeMismatch(let type, let context):
            let found = document.value(at: context.codingPath)?.shortDescription ?? "something else"
            return self.error(at: context.codingPath, in: document, "expected \(Self.phrase(for: type)), found \(found)")
        case .dataCorrupted(let context):
            return self.error(at: context.codingPath, in: document, context.debugDescription)
        @unknown default:
            return FileFormatError(reason: .invalidValue, path: "", message: "\(error)")
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

    /// `a string`, `an integer`… for a type `JSONDecoder` expected.
    private static func phrase(for type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "an integer"
        case is Bool.Type: return "true or false"
        case is Double.Type, is Float.Type: return "a number"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") || name.hasPrefix("[") && !name.contains(":") { return "an array" }
            if name.hasPrefix("Dictionary") || name.contains(":") { return "an object" }
            return "a value of type \(name)"
        }
    }
}
