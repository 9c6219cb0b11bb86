/// One thing `pingdian check` found wrong (or worth a look) in an annotation layer.
///
/// ``description`` is the line `check` prints: `ID: path: message`, with `-` for a problem that
/// belongs to no annotation, and `warning:` or `note:` before the message of one that does not
/// fail the check.
public struct LayerProblem: Hashable, Sendable, CustomStringConvertible {
    /// How serious a problem is; only errors fail the check.
    public enum Severity: String, Hashable, Sendable {
        /// The layer is wrong: it would not load, or would show or anchor something else than meant.
        case error
        /// Probably a mistake, but the layer loads and shows as written.
        case warning
        /// Allowed and deliberate as often as not; said so that it is a choice.
        case note
    }

    /// How serious it is.
    public var severity: Severity
    /// The id of the annotation it is about; nil for the file, the layer or an annotation without a usable id.
    public var id: String?
    /// The JSON path of the value, like `annotations[3].anchor.start`; `$` for the whole file.
    public var path: String
    /// What is wrong, in a few English words.
    public var message: String

    /// Makes a problem; an error unless said otherwise.
    public init(_ severity: Severity = .error, id: String?, path: String, message: String) {
        self.severity = severity
        self.id = id
        self.path = path
        self.message = message
    }

    /// Whether it fails the check.
    public var isError: Bool { severity == .error }

    /// `ID: path: message`, `-: path: message`, or `ID: path: warning: message`.
    public var description: String {
        let label = severity == .error ? "" : "\(severity.rawValue): "
        return "\(id ?? "-"): \(path): \(label)\(message)"
    }
}
