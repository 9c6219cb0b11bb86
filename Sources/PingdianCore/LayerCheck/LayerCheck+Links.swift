extension LayerCheck {
    /// Reports links to ids the layer does not have or to the annotation itself (errors), and
    /// link types pingdian does not know or a link repeated in one annotation (warnings).
    mutating func checkLinks(_ annotations: [CheckedAnnotation]) {
        let ids = Set(annotations.compactMap(\.id))
        let known = [LinkType.contradicts, .supports, .responds].map(\.rawValue).joined(separator: ", ")
        for annotation in annotations {
            var firstIndexByLink: [String: Int] = [:]
            for link in annotation.links {
                let path = "\(annotation.path).links[\(link.index)]"
                if case .other(let name)? = link.type {
                    report(annotation.index, id: annotation.id, "\(path).type",
                           "unknown link type \(ProblemText.quoted(name)): kept, but it means nothing to pingdian (\(known))",
                           as: .warning)
                }
                guard let target = link.target else { continue }
                if !ids.contains(target) {
                    report(annotation.index, id: annotation.id, "\(path).target",
                           "no annotation of the layer has id \(ProblemText.quoted(target))")
                } else if target == annotation.id {
                    report(annotation.index, id: annotation.id, "\(path).target", "an annotation cannot link to itself")
                }
                guard let type = link.type else { continue }
                let key = type.rawValue + "\u{0}" + target
                if let first = firstIndexByLink[key] {
                    report(annotation.index, id: annotation.id, path, "the same link as links[\(first)]", as: .warning)
                } else {
                    firstIndexByLink[key] = link.index
                }
            }
        }
    }
}
