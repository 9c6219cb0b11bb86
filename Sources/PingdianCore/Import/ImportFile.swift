/// The annotations of a file to import, whatever its format, as ``Importer`` takes them.
public struct ImportFile: Sendable {
    /// The formats `pingdian import` reads.
    public enum Format: String, Sendable, CaseIterable {
        /// pingdian's own export (`pingdian-export`).
        case pingdian
        /// W3C Web Annotation: an AnnotationCollection, an AnnotationPage, an Annotation or an array.
        case w3c
        /// A Hypothesis export (an object with `annotations`, or an array of them).
        case hypothesis

        /// The format's name, for messages.
        public var name: String {
            switch self {
            case .pingdian: return "pingdian export"
            case .w3c: return "W3C Web Annotation"
            case .hypothesis: return "Hypothesis"
            }
        }
    }

    /// What the file's offsets count.
    public enum OffsetUnit: Sendable {
        /// Unicode scalars (code points), as pingdian and the W3C model count.
        case scalars
        /// UTF-16 units, as JavaScript and the Hypothesis client count.
        case utf16
    }

    /// Which format the file is in.
    public var format: Format
    /// Its annotations, in file order (W3C `linking` annotations are turned into ``IncomingAnnotation/links``).
    public var annotations: [IncomingAnnotation]
    /// What `start` and `end` count.
    public var offsetUnit: OffsetUnit
    /// How many of its annotations point at no text: no quote and no position (Hypothesis
    /// replies, page notes, annotations of images…). They are not imported.
    public var unusable: Int
    /// The SHA-256 of the text the file was made on, when the file says (pingdian's exports).
    public var textSHA256: String?

    /// Makes a file's content from its parts.
    public init(format: Format, annotations: [IncomingAnnotation], offsetUnit: OffsetUnit, unusable: Int = 0, textSHA256: String? = nil) {
        self.format = format
        self.annotations = annotations
        self.offsetUnit = offsetUnit
        self.unusable = unusable
        self.textSHA256 = textSHA256
    }

    /// Reads a file, telling its format by its content: an object with `"format":
    /// "pingdian-export"`; W3C (an `@context`, or a `type` of Annotation, AnnotationPage or
    /// AnnotationCollection); Hypothesis (an object with an `annotations` or `rows` array, or an
    /// array of objects with `target`). Kinds from tags are matched against `taxonomy`.
    public static func read(_ bytes: [UInt8], taxonomy: Taxonomy) throws(ImportError) -> ImportFile {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            throw ImportError("not valid JSON: \(error.description)")
        }
        switch detect(value) {
        case .pingdian: return try PingdianExportReader.read(bytes)
        case .w3c: return try W3CReader.read(value, taxonomy: taxonomy)
        case .hypothesis: return HypothesisReader.read(value, taxonomy: taxonomy)
        case nil:
            if let format = value["format"]?.stringValue {
                throw ImportError("a \"\(format)\" file is not something pingdian imports; " + expected)
            }
            throw ImportError("not a file pingdian imports; " + expected)
        }
    }

    private static let expected = "expected a pingdian export (\"format\": \"pingdian-export\"), "
        + "W3C Web Annotations (an Annotation, AnnotationPage or AnnotationCollection) "
        + "or a Hypothesis export (an object with \"annotations\")"

    /// The format of a parsed file; nil when it is none of them.
    static func detect(_ value: JSONValue) -> Format? {
        switch value {
        case .object(let members):
            if let format = members["format"] {
                return format.stringValue == JSONExporter.format ? .pingdian : nil
            }
            if members["@context"] != nil || !W3CReader.types(of: value).isDisjoint(with: W3CReader.containerTypes) {
                return .w3c
            }
            if case .array = members["annotations"] { return .hypothesis }
            if case .array = members["rows"] { return .hypothesis }
            return nil
        case .array(let elements):
            guard let first = elements.first else { return .w3c }
            if first["@context"] != nil || W3CReader.types(of: first).contains("Annotation") { return .w3c }
            if first["target"] != nil || first["uri"] != nil { return .hypothesis }
            return nil
        default:
            return nil
        }
    }
}
