/// Writes an export in brat's standoff format: a `.txt` holding the text exactly, and a `.ann`
/// with one `T` line per annotation, an `R` line per link, and a `#` AnnotatorNotes line per note.
///
/// Offsets are Unicode scalars (code points) of the `.txt`, which is what brat counts: it reads
/// the file as UTF-8 into a Python string, whose indices are code points, so `𠀀` is one offset
/// in pingdian, in brat and in Python alike. A quote that runs over a line break becomes a
/// discontinuous span (`START END;START END`), one fragment per line, since brat spans may not
/// hold one; its text in the `.ann` is the fragments' texts joined by a space, as brat writes
/// it. A note's line breaks and tabs become spaces (a `.ann` line cannot hold them). Orphans,
/// which have no offsets, are left out, with their links. ``configuration(_:language:)`` and
/// ``visualConfiguration(_:language:)`` give the `annotation.conf` and `visual.conf` to go with them.
public enum BratExporter {
    /// The `.txt` (the document's text) and the `.ann` (the annotations). The `.ann` names kinds
    /// by key, so it is the same in every language.
    public static func export(_ document: ExportDocument, language: UILanguage) -> (text: String, annotations: String) {
        let text = String(String.UnicodeScalarView(document.document.scalars))
        var lines: [String] = []
        var entityByID: [String: String] = [:]
        var notes: [(entity: String, note: String)] = []
        for annotation in document.annotations {
            guard let range = annotation.range else { continue }
            let fragments = self.fragments(of: range, in: document.document)
            guard !fragments.isEmpty else { continue }
            let entity = "T\(entityByID.count + 1)"
            entityByID[annotation.id] = entity
            let spans = fragments.map { "\($0.lowerBound) \($0.upperBound)" }.joined(separator: ";")
            let quote = fragments.map { document.document.text(in: $0) }.joined(separator: " ")
            lines.append("\(entity)\t\(entityType(annotation.kindKey)) \(spans)\t\(quote)")
            if let note = annotation.note.map(ExportLines.flattened), !note.isEmpty { notes.append((entity, note)) }
        }
        var relations: [String] = []
        for (first, second) in document.contradictionPairs {
            guard let arg1 = entityByID[first.id], let arg2 = entityByID[second.id] else { continue }
            relations.append("\(relationType(.contradicts)) Arg1:\(arg1) Arg2:\(arg2)")
        }
        for annotation in document.annotations {
            for link in annotation.links where link.type != .contradicts {
                guard let arg1 = entityByID[annotation.id], let arg2 = entityByID[link.target] else { continue }
                relations.append("\(relationType(link.type)) Arg1:\(arg1) Arg2:\(arg2)")
            }
        }
        lines += relations.enumerated().map { "R\($0.offset + 1)\t\($0.element)" }
        lines += notes.enumerated().map { "#\($0.offset + 1)\tAnnotatorNotes \($0.element.entity)\t\($0.element.note)" }
        return (text, lines.map { $0 + "\n" }.joined())
    }

    /// The parts of `range` between line breaks, leaving out empty and blank ones.
    static func fragments(of range: Range<Int>, in document: TextDocument) -> [Range<Int>] {
        var fragments: [Range<Int>] = []
        var start = range.lowerBound
        for offset in range where ExportLines.isLineBreak(document.scalars[offset]) {
            fragments.append(start..<offset)
            start = offset + 1
        }
        fragments.append(start..<range.upperBound)
        return fragments.filter { fragment in
            document.scalars[fragment].contains { !$0.properties.isWhitespace }
        }
    }
}
