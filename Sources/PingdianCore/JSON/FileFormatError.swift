/// Why the bytes of a pingdian JSON file (layer, taxonomy, state) cannot be read, and where.
///
/// ``description`` is the one line a reader sees, e.g.
/// `annotations[3].anchor.start (id "m4"): expected an integer, found the string "12"`.
public struct FileFormatError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem it is, for callers that react differently (e.g. to a newer version).
    public enum Reason: Hashable, Sendable {
        /// The bytes are not JSON at all; the message gives a line and column.
        case notJSON
        /// The file is JSON but not of the expected `format`.
        case wrongFormat
        /// The file was written by a newer pingdian whose `version` this one does not read.
        case newerVersion(found: Int, supported: Int)
        /// A value is missing, of the wrong type, or not allowed.
        case invalidValue
    }

    /// The JSON path of the offending value, like `kinds[3].color`; empty for the whole file.
    public var path: String
    /// The identifier of the element the path goes through (an annotation's id, a kind's key).
    public var id: String?
    /// Which member ``id`` comes from (`id`, `key`), for the message.
    public var idField: String
    /// What is wrong.
    public var problem: FileFormatProblem

    /// Makes an error; `idField` names the member ``id`` was taken from.
    public init(_ problem: FileFormatProblem, path: String, id: String? = nil, idField: String = "id") {
        self.problem = problem
        self.path = path
        self.id = id
        self.idField = idField
    }

    /// What kind of problem it is, for callers that react differently (e.g. to a newer version).
    public var reason: Reason { problem.reason }

    /// What is wrong, in a few English words.
    public var message: String { problem.description }

    /// `path (id "x"): message`, or just the message when there is no path.
    public var description: String {
        var location = path
        if let id { location += (location.isEmpty ? "" : " ") + "(\(idField) \"\(id)\")" }
        return location.isEmpty ? message : "\(location): \(message)"
    }
}
