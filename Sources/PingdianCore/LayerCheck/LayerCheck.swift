/// Checks an annotation layer against its text and the move taxonomy, reporting every problem
/// rather than the first (what `pingdian check` runs; see Docs/file-formats.md).
///
/// The file is read leniently, value by value, so that one malformed annotation does not hide
/// the others. Checked: the header (`format`, a supported `version`, the layer's `id` and
/// `name`); each annotation's members and their types; non-empty, unique ids; kinds of the
/// taxonomy; anchors whose quote is exactly the text at `[start, end)` with a prefix and suffix
/// that agree with the text around it; link targets that exist and are not the annotation
/// itself; contradictions that have another side. Unknown members and link types are warnings;
/// an annotation contradicting several others is a note.
public struct LayerCheck {
    /// The problems found so far, each with the annotation it belongs to (-1: the file itself),
    /// so that they can be put in file order at the end.
    var found: [(annotation: Int, problem: LayerProblem)] = []
    /// The text the anchors must fit.
    let document: TextDocument
    /// The kinds the annotations may use.
    let taxonomy: Taxonomy

    /// The members a layer file has; others are reported as unknown.
    static let layerMembers: Set<String> = ["format", "version", "id", "name", "annotations"]

    /// Checks the bytes of a layer file against `document` and `taxonomy`.
    public static func check(_ bytes: [UInt8], document: TextDocument, taxonomy: Taxonomy) -> LayerCheckReport {
        var check = LayerCheck(document: document, taxonomy: taxonomy)
        return check.run(bytes)
    }

    private init(document: TextDocument, taxonomy: Taxonomy) {
        self.document = document
        self.taxonomy = taxonomy
    }

    /// Records a problem of the annotation at `annotation` (-1 for the file or the layer).
    mutating func report(_ annotation: Int, id: String?, _ path: String, _ message: String, as severity: LayerProblem.Severity = .error) {
        found.append((annotation, LayerProblem(severity, id: id, path: path, message: message)))
    }

    private mutating func run(_ bytes: [UInt8]) -> LayerCheckReport {
        guard let file = checkedHeader(bytes) else {
            return LayerCheckReport(
                problems: found.map(\.problem), annotationCount: 0, contradictionPairCount: 0, kindCount: 0, isCheckable: false)
        }
        var annotations: [CheckedAnnotation] = []
        if let elements = annotationElements(of: file) {
            annotations = elements.enumerated().map { index, element in read(element, at: index) }
        }
        checkIDs(annotations)
        checkKinds(annotations)
        for annotation in annotations { checkAnchor(of: annotation) }
        checkLinks(annotations)
        let pairs = checkContradictions(annotations)
        if !found.contains(where: { $0.problem.isError }) { checkThatTheReaderLoadsIt(bytes) }
        let ordered = found.enumerated().sorted { a, b in
            (a.element.annotation, a.offset) < (b.element.annotation, b.offset)
        }
        return LayerCheckReport(
            problems: ordered.map(\.element.problem),
            annotationCount: annotations.count,
            contradictionPairCount: pairs,
            kindCount: Set(annotations.compactMap(\.kind)).count,
            isCheckable: true)
    }

    /// The parsed file when it is a layer of a version this build reads; else nil, with the
    /// reason reported. Problems with the layer's `id` and `name` are reported but do not stop it.
    private mutating func checkedHeader(_ bytes: [UInt8]) -> [String: JSONValue]? {
        let document: JSONValue
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            report(-1, id: nil, "$", "not valid JSON: \(error.description)")
            return nil
        }
        let format = AnnotationLayer.format
        guard case .object(let members) = document else {
            report(-1, id: nil, "$", "expected a JSON object with \"format\": \"\(format)\", found \(document.shortDescription)")
            return nil
        }
        guard let found = members["format"] else {
            report(-1, id: nil, "format", "missing (expected \"\(format)\")")
            return nil
        }
        guard found.stringValue == format else {
            report(-1, id: nil, "format", "expected \"\(format)\", found \(found.shortDescription)")
            return nil
        }
        let supported = AnnotationLayer.supportedVersion
        switch members["version"] {
        case nil:
            report(-1, id: nil, "version", "missing (this pingdian writes \(supported))")
        case .integer(let version) where version > supported:
            report(-1, id: nil, "version", "version \(version) was written by a newer pingdian; this one reads up to version \(supported)")
            return nil
        case .integer(let version) where version >= 1:
            break
        case let value?:
            report(-1, id: nil, "version", "expected a positive integer, found \(value.shortDescription)")
        }
        checkLayerID(members["id"])
        if let name = members["name"] { checkName(name) }
        for member in members.keys.sorted() where !Self.layerMembers.contains(member) {
            report(-1, id: nil, member, Self.unknownMember, as: .warning)
        }
        return members
    }

    /// What is said of a member this version does not know.
    static let unknownMember = "unknown member: ignored, and dropped when pingdian writes the layer"

    private mutating func checkLayerID(_ value: JSONValue?) {
        switch value {
        case nil: report(-1, id: nil, "id", "missing (a layer needs an id, like \"curated\")")
        case .string(let id) where id.isEmpty: report(-1, id: nil, "id", "a layer needs a non-empty id")
        case .string: break
        case let value?: report(-1, id: nil, "id", "expected a string, found \(value.shortDescription)")
        }
    }

    /// A localized text: an object whose `zh-Hant` and `en`, where present, are strings, not both empty.
    private mutating func checkName(_ value: JSONValue) {
        guard case .object(let languages) = value else {
            report(-1, id: nil, "name", "expected an object like {\"zh-Hant\": \"…\", \"en\": \"…\"}, found \(value.shortDescription)")
            return
        }
        var hasText = false
        for language in UILanguage.allCases {
            switch languages[language.rawValue] {
            case nil: break
            case .string(let text): hasText = hasText || !text.isEmpty
            case let other?: report(-1, id: nil, "name.\(language.rawValue)", "expected a string, found \(other.shortDescription)")
            }
        }
        if !hasText { report(-1, id: nil, "name", "needs a text for \"zh-Hant\" or \"en\" (or both)") }
    }

    /// The elements of `annotations`, or nil (reported) when it is missing or not an array.
    private mutating func annotationElements(of file: [String: JSONValue]) -> [JSONValue]? {
        switch file["annotations"] {
        case .array(let elements)?: return elements
        case nil: report(-1, id: nil, "annotations", "missing (an empty layer has \"annotations\": [])")
        case let value?: report(-1, id: nil, "annotations", "expected an array, found \(value.shortDescription)")
        }
        return nil
    }

    /// The reader's own decoding, as a last guard: a layer that passes must load.
    private mutating func checkThatTheReaderLoadsIt(_ bytes: [UInt8]) {
        do {
            _ = try AnnotationLayer.decode(bytes)
        } catch {
            report(Int.max, id: error.id, error.path.isEmpty ? "$" : error.path, error.message)
        }
    }
}
