import Foundation

/// The brat configuration that goes with a `.ann` of ``BratExporter``: the entity and relation
/// types (`annotation.conf`), and their labels and colours (`visual.conf`).
extension BratExporter {
    /// `annotation.conf`: an entity per kind (the taxonomy's, then unknown keys in use), the
    /// relations (`Contradicts`, symmetric, and any other link type in use), overlaps allowed.
    public static func configuration(_ document: ExportDocument, language: UILanguage) -> String {
        var lines = ["# brat configuration for pingdian's move kinds (written by pingdian; see Docs/export.md)", "[entities]"]
        for key in kindKeys(document) {
            let label = document.taxonomy.kind(forKey: key)?.label.text(in: language)
            lines.append(entityType(key) + (label.map { "\t# " + oneLine($0) } ?? ""))
        }
        lines.append("[relations]")
        lines.append("\(relationType(.contradicts))\tArg1:<ENTITY>, Arg2:<ENTITY>, <REL-TYPE>:symmetric")
        for type in otherLinkTypes(document) {
            lines.append("\(relationType(type))\tArg1:<ENTITY>, Arg2:<ENTITY>")
        }
        lines.append("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>")
        lines += ["[events]", "[attributes]"]
        return lines.map { $0 + "\n" }.joined()
    }

    /// `visual.conf`: each kind's label (in `language`, then the other) and colour, lightened so
    /// that the text stays readable on it.
    public static func visualConfiguration(_ document: ExportDocument, language: UILanguage) -> String {
        var labels = ["[labels]"]
        var drawing = ["[drawing]", "SPAN_DEFAULT\tfgColor:black, bgColor:#dddddd, borderColor:darken",
                       "ARC_DEFAULT\tcolor:black, arrowHead:triangle-5"]
        for key in kindKeys(document) {
            guard let kind = document.taxonomy.kind(forKey: key) else { continue }
            let names = [kind.label.text(in: language), kind.label.text(in: language.other)]
            labels.append(([entityType(key)] + names.map(oneLine)).joined(separator: " | "))
            let light = [kind.color.red, kind.color.green, kind.color.blue].map { UInt8((Int($0) + 255) / 2) }
            drawing.append("\(entityType(key))\tbgColor:\(RGBColor(red: light[0], green: light[1], blue: light[2]).hex)")
        }
        labels.append("\(relationType(.contradicts)) | \(oneLine(ExportStrings.contradicts(language)))")
        drawing.append("\(relationType(.contradicts))\tcolor:#cc0000, arrowHead:none, dashArray:3-3")
        return (labels + [""] + drawing).map { $0 + "\n" }.joined()
    }

    /// The brat type of a kind key: letters, digits, `-` and `_` kept, anything else `_`; a key
    /// that does not start with a letter gets `K_` before it.
    static func entityType(_ key: String) -> String {
        let name = String(String.UnicodeScalarView(key.unicodeScalars.map { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_") ? scalar : "_"
        }))
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic else { return "K_" + name }
        return name
    }

    /// The brat relation type of a link type: `Contradicts`, `Supports`, `Responds`, or the
    /// type's name with a capital.
    static func relationType(_ type: LinkType) -> String {
        let name = entityType(type.rawValue)
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    /// The kind keys to declare: the taxonomy's, then unknown ones in use, sorted.
    static func kindKeys(_ document: ExportDocument) -> [String] {
        let unknown = Set(document.annotations.map(\.kindKey)).filter { document.taxonomy.kind(forKey: $0) == nil }
        return document.taxonomy.kinds.map(\.key) + unknown.sorted()
    }

    /// The link types other than `contradicts` in use, sorted by name.
    static func otherLinkTypes(_ document: ExportDocument) -> [LinkType] {
        let types = Set(document.annotations.flatMap(\.links).map(\.type)).filter { $0 != .contradicts }
        return types.sorted { $0.rawValue < $1.rawValue }
    }

    /// A label on one line without `|`, which separates labels in `visual.conf`.
    static func oneLine(_ text: String) -> String {
        ExportLines.flattened(text).replacingOccurrences(of: "|", with: "/")
    }
}
