/// What ``LayerCheck/check(_:document:taxonomy:)`` found: the problems and a few counts.
public struct LayerCheckReport: Hashable, Sendable {
    /// Every problem, in file order (the file's header first, then annotation by annotation).
    public var problems: [LayerProblem]
    /// How many elements the `annotations` array has, well-formed or not.
    public var annotationCount: Int
    /// How many pairs of annotations are linked by `contradicts` (declared on one side or both).
    public var contradictionPairCount: Int
    /// How many different kinds the annotations use.
    public var kindCount: Int
    /// False when the file is not a layer this build can check at all (not JSON, not a JSON
    /// object, another `format`, a newer `version`); then only that problem is reported.
    public var isCheckable: Bool

    /// Makes a report from its parts.
    public init(problems: [LayerProblem], annotationCount: Int, contradictionPairCount: Int, kindCount: Int, isCheckable: Bool) {
        self.problems = problems
        self.annotationCount = annotationCount
        self.contradictionPairCount = contradictionPairCount
        self.kindCount = kindCount
        self.isCheckable = isCheckable
    }

    /// The problems that fail the check.
    public var errors: [LayerProblem] { problems.filter(\.isError) }

    /// Whether the layer passed: it could be checked and no problem is an error.
    public var passed: Bool { isCheckable && errors.isEmpty }

    /// The last line `check` prints: `ok: 99 annotations, 20 contradiction pairs, 14 kinds`,
    /// or `3 problems in 99 annotations`, each followed by the warnings and notes, if any.
    public var summary: String {
        var counts: [String] = []
        for severity in [LayerProblem.Severity.warning, .note] {
            let count = problems.count { $0.severity == severity }
            if count > 0 { counts.append(Self.count(count, severity.rawValue)) }
        }
        let others = counts.isEmpty ? "" : " (\(counts.joined(separator: ", ")))"
        guard isCheckable else { return "not checked: the file is not a layer this pingdian reads" }
        guard passed else {
            return "\(Self.count(errors.count, "problem")) in \(Self.count(annotationCount, "annotation"))\(others)"
        }
        return "ok: \(Self.count(annotationCount, "annotation")), \(Self.count(contradictionPairCount, "contradiction pair")), "
            + "\(Self.count(kindCount, "kind"))\(others)"
    }

    /// `1 kind`, `14 kinds`.
    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
