extension LayerCheck {
    /// Checks how contradictions pair up and returns how many pairs there are.
    ///
    /// A `contradicts` link is symmetric, so a pair may be declared on one side or on both. An
    /// annotation of kind `contradiction` without a partner is an error (`x` would visit it,
    /// `%` would go nowhere). A pair whose two sides are not both of kind `contradiction` is a
    /// warning (it reads as a contradiction in the reader but is coloured as something else).
    /// An annotation with several partners is a note: allowed, but `%` goes to the first only.
    mutating func checkContradictions(_ annotations: [CheckedAnnotation]) -> Int {
        var byID: [String: CheckedAnnotation] = [:]
        for annotation in annotations {
            if let id = annotation.id, byID[id] == nil { byID[id] = annotation }
        }
        var partners: [String: Set<String>] = [:]
        var pairs: Set<[String]> = []
        for annotation in annotations {
            guard let id = annotation.id else { continue }
            for link in annotation.links where link.type == .contradicts {
                guard let target = link.target, target != id, let other = byID[target] else { continue }
                partners[id, default: []].insert(target)
                partners[target, default: []].insert(id)
                guard pairs.insert([id, target].sorted()).inserted else { continue }
                let odd = [annotation, other].filter { $0.kind != Optional(AnnotationIndex.contradictionKind) }
                if !odd.isEmpty {
                    let which = odd.map { "\($0.id == id ? "this one" : ProblemText.quoted(target)) is of kind \($0.kind ?? "?")" }
                    report(annotation.index, id: id, "\(annotation.path).links[\(link.index)]",
                           "contradicts \(ProblemText.quoted(target)), but \(which.joined(separator: " and ")); "
                               + "both sides of a contradiction should be of kind contradiction",
                           as: .warning)
                }
            }
        }
        for annotation in annotations {
            guard let id = annotation.id, byID[id]?.index == annotation.index else { continue }
            let others = partners[id, default: []]
            if annotation.kind == Optional(AnnotationIndex.contradictionKind) && others.isEmpty {
                report(annotation.index, id: id, "\(annotation.path).kind",
                       "a contradiction needs its other side: a contradicts link to or from another annotation")
            }
            if others.count > 1 {
                let ordered = others.sorted { (byID[$0]?.index ?? 0) < (byID[$1]?.index ?? 0) }
                report(annotation.index, id: id, annotation.path,
                       "contradicts \(others.count) annotations (\(ordered.joined(separator: ", "))): "
                           + "allowed, but % goes only to the first in the text",
                       as: .note)
            }
        }
        return pairs.count
    }
}
