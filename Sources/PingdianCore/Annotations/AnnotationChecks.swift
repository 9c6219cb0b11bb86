/// What a list of annotations must satisfy beyond its types, for layers and for the reader's notes.
enum AnnotationChecks {
    /// Checks unique non-empty ids, non-empty kinds, anchors whose quote fills `[start, end)`, and
    /// links that do not point at their own annotation. When `linkTargetsMustExist`, every link
    /// must name an annotation of the list (a layer); the reader's notes allow a link whose target
    /// another running copy deleted. Errors name `annotations[i]…` and the id.
    static func check(_ annotations: [Annotation], linkTargetsMustExist: Bool) throws(FileFormatError) {
        func failure(_ path: String, _ id: String?, _ message: String) -> FileFormatError {
            FileFormatError(reason: .invalidValue, path: path, id: id, message: message)
        }
        var indexByID: [String: Int] = [:]
        for (index, annotation) in annotations.enumerated() {
            let path = "annotations[\(index)]"
            if annotation.id.isEmpty { throw failure("\(path).id", nil, "an annotation needs a non-empty id") }
            if let first = indexByID[annotation.id] {
                throw failure("\(path).id", annotation.id, "duplicate id, already used by annotations[\(first)]")
            }
            indexByID[annotation.id] = index
            if annotation.kind.isEmpty { throw failure("\(path).kind", annotation.id, "an annotation needs a kind") }
            let anchor = annotation.anchor
            if anchor.start < 0 || anchor.end < anchor.start {
                throw failure("\(path).anchor", annotation.id, "start \(anchor.start) and end \(anchor.end) are not a range of offsets")
            }
            let quoteLength = anchor.exact.unicodeScalars.count
            if quoteLength == 0 { throw failure("\(path).anchor.exact", annotation.id, "an anchor needs a non-empty quote") }
            if quoteLength != anchor.end - anchor.start {
                throw failure(
                    "\(path).anchor", annotation.id,
                    "exact has \(quoteLength) scalars but end − start is \(anchor.end - anchor.start)")
            }
        }
        for (index, annotation) in annotations.enumerated() {
            for (linkIndex, link) in annotation.links.enumerated() {
                let path = "annotations[\(index)].links[\(linkIndex)].target"
                if linkTargetsMustExist && indexByID[link.target] == nil {
                    throw failure(path, annotation.id, "no annotation of the layer has id \"\(link.target)\"")
                }
                if link.target == annotation.id { throw failure(path, annotation.id, "an annotation cannot link to itself") }
            }
        }
    }
}
