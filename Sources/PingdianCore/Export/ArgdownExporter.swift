import Foundation

/// Writes an export as Argdown (argdown.org), for argument maps: each annotation a statement
/// `[Title]: 「quote」 — note #(kind)`, titled by its id. The contradiction sides come first,
/// under a heading of their own, with `><` (Argdown's contradiction) from the first side of each
/// pair to the other; the other moves follow, grouped under a heading per kind, with `+>` for a
/// `supports` link. Argdown's special characters in quotes and notes are escaped with a backslash
/// and line breaks become spaces, since a statement is one paragraph (see Docs/export.md).
public enum ArgdownExporter {
    /// The Argdown of `document`, with headings and tags in `language`; ends with a newline.
    public static func export(_ document: ExportDocument, language: UILanguage) -> String {
        let titles = self.titles(document.annotations)
        let pairs = document.contradictionPairs
        var sides: [String] = []
        var others: [String: [ExportedAnnotation]] = [:]
        let sideIDs = Set(pairs.flatMap { [$0.0.id, $0.1.id] })
        for annotation in document.annotations {
            if sideIDs.contains(annotation.id) { sides.append(annotation.id) } else { others[annotation.kindKey, default: []].append(annotation) }
        }
        var blocks = ["# " + escaped(document.title)]
        if !sides.isEmpty {
            blocks.append("## " + escaped(ExportStrings.contradictions(language)))
            for id in sides {
                guard let annotation = document.annotation(withID: id) else { continue }
                var block = statement(annotation, titles: titles, language: language)
                for (first, second) in pairs where first.id == id {
                    block += "\n  >< [\(titles[second.id] ?? second.id)]"
                }
                blocks.append(block)
            }
        }
        let unknown = others.keys.filter { document.taxonomy.kind(forKey: $0) == nil }.sorted()
        for key in document.taxonomy.kinds.map(\.key) + unknown {
            guard let annotations = others[key], let first = annotations.first else { continue }
            blocks.append("## " + escaped(first.kindLabel(in: language)))
            blocks += annotations.map { statement($0, titles: titles, language: language) }
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// A statement, with a `+>` line for each `supports` link.
    static func statement(_ annotation: ExportedAnnotation, titles: [String: String], language: UILanguage) -> String {
        var text = "[\(titles[annotation.id] ?? annotation.id)]: 「" + escaped(annotation.quote) + "」"
        if let note = annotation.note, !note.isEmpty { text += " — " + escaped(note) }
        text += " #(" + tag(annotation.kindLabel(in: language)) + ")"
        if let range = annotation.range {
            // Argdown data: where the quote is in the text (paragraph from 1, scalar offsets).
            text += " {paragraph: \((annotation.paragraph ?? 0) + 1), start: \(range.lowerBound), end: \(range.upperBound)}"
        }
        for link in annotation.links where link.type == .supports {
            if let target = titles[link.target] { text += "\n  +> [\(target)]" }
        }
        return text
    }

    /// Text on one line with Argdown's special characters escaped by a backslash: `\` `@` `#`
    /// `*` `_` `[` `]` `<` `>` `/` `{` `}` `=` (references, mentions, tags, emphasis, comments,
    /// data and front matter). Line breaks and tabs become spaces.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in ExportLines.flattened(text).unicodeScalars {
            if "\\@#*_[]<>/{}=".unicodeScalars.contains(scalar) { result += "\\" }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// A tag's text: `#(…)` ends at the first `)`, so brackets become full-width ones.
    static func tag(_ label: String) -> String {
        ExportLines.flattened(label).replacingOccurrences(of: "(", with: "（").replacingOccurrences(of: ")", with: "）")
    }

    /// A title for each annotation: its id, with brackets and line breaks replaced (a title ends at
    /// `]`), made unique with ` (2)`, ` (3)`… when two ids come out the same.
    static func titles(_ annotations: [ExportedAnnotation]) -> [String: String] {
        var titles: [String: String] = [:]
        var used = Set<String>()
        for annotation in annotations {
            var base = ExportLines.flattened(annotation.id).replacingOccurrences(of: "[", with: "(").replacingOccurrences(of: "]", with: ")")
            if base.isEmpty { base = "-" }
            var title = base
            var number = 2
            while !used.insert(title).inserted {
                title = "\(base) (\(number))"
                number += 1
            }
            titles[annotation.id] = title
        }
        return titles
    }
}
