extension LayerCheck {
    /// Reports each id already used by an earlier annotation (empty ids were reported on reading).
    mutating func checkIDs(_ annotations: [CheckedAnnotation]) {
        var firstIndexByID: [String: Int] = [:]
        for annotation in annotations {
            guard let id = annotation.id else { continue }
            if let first = firstIndexByID[id] {
                report(annotation.index, id: id, "\(annotation.path).id", "duplicate id, already used by annotations[\(first)]")
            } else {
                firstIndexByID[id] = annotation.index
            }
        }
    }

    /// Reports each kind that is not the key of a kind of the taxonomy.
    mutating func checkKinds(_ annotations: [CheckedAnnotation]) {
        let keys = taxonomy.kinds.map(\.key).joined(separator: ", ")
        for annotation in annotations {
            guard let kind = annotation.kind, taxonomy.kind(forKey: kind) == nil else { continue }
            report(annotation.index, id: annotation.id, "\(annotation.path).kind",
                   "\(ProblemText.quoted(kind)) is not a kind of the taxonomy (\(keys))")
        }
    }
}
