import PingdianCore

/// Where the reader is in the outline of annotations (`o`).
public struct OutlineState: Hashable, Sendable {
    /// Text that narrows the list (typed after `/`).
    public var query = ""
    /// Whether keys go to the query.
    public var isEditingQuery = false
    /// The selected row of the narrowed list.
    public var selection = 0
    /// The first row shown.
    public var scroll = 0

    public init() {}
}

extension AppState {
    /// The annotations the outline lists: visible ones in reading order, then orphans, narrowed
    /// by the query (matched in the quote, the note and the kind's labels, folded as `/` folds).
    public func outlineEntries(query: String) -> [ResolvedAnnotation] {
        guard let index = annotations.index else { return [] }
        let all = (index.placed + index.orphans).filter(annotations.isVisible)
        let needle = query.lowercased()
        guard !needle.isEmpty else { return all }
        let engine = searchEngine
        return all.filter { entry in
            let kind = entry.kind
            let fields = [
                entry.range.map { document.text(in: $0) } ?? entry.annotation.anchor.exact,
                entry.annotation.note ?? "", entry.annotation.kind,
                kind?.label.traditionalChinese ?? "", kind?.label.english ?? "",
                // Who made it: another reader's name, or the creator of a note.
                annotations.readerName(of: entry) ?? "",
            ]
            // With the search engine, Simplified finds Traditional and widths fold, as in `/`.
            if let engine { return fields.contains { engine.textMatches(query, in: $0) } }
            return fields.contains { $0.lowercased().contains(needle) }
        }
    }

    /// The kinds of the taxonomy in its order, for the legend and the filter.
    public var kinds: [MoveKind] { annotations.taxonomy?.kinds ?? [] }
}
