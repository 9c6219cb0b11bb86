/// What a list of annotations must satisfy beyond its types, for layers and for the reader's notes.
enum AnnotationChecks {
    /// Checks unique non-empty ids, non-empty kinds, anchors whose quote fills `[start, end)`, and
    /// links that do not point at their own annotation. When `linkTargetsMustExist`, every link
    /// must name an annotation of the list (a layer); the reader's notes allow a link whose target
    /// another running copy deleted. Errors name `annotations[i]…` and the id.
    static func check(_ annotations: [Annotation], linkTargetsMustExist: Bool) throws(FileFormatError) {
        func failure(_ path: String, _ id: String?, _ problem: FileFormatProblem) -> FileFormatError {
            FileFormatError(problem, path: path, id: id)
        }
        var indexByID: [String: Int] = [:]
        for (index, annotation) in annotations.enumerated() {
            let path = "annotations[\(index)]"
            if annotation.id.isEmpty { throw failure("\(path).id", nil, .emptyID) }
            if let first = indexByID[annotation.id] {
                throw failure("\(path).id", annotation.id, .duplicateID(firstIndex: first))
            }
            indexByID[annotation.id] = index
            if annotation.kind.isEmpty { throw failure("\(path).kind", annotation.id, .emptyKind) }
            let anchor = annotation.anchor
            if anchor.start < 0 || anchor.end < anchor.start {
                throw failure("\(path).anchor", annotation.id, .notARange(start: anchor.start, end: anchor.end))
            }
            let quoteLength = anchor.exact.unicodeScalars.count
            if quoteLength == 0 { throw failure("\(path).anchor.exact", annotation.id, .emptyQuote) }
            if quoteLength != anchor.end - anchor.start {
                throw failure(
                    "\(path).anchor", annotation.id,
                    .quoteLengthMismatch(scalars: quoteLength, span: anchor.end - anchor.start))
            }
        }
        for (index, annotation) in annotations.enumerated() {
            for (linkIndex, link) in annotation.links.enumerated() {
                let path = "annotations[\(index)].links[\(linkIndex)].target"
                if linkTargetsMustExist && indexByID[link.target] == nil {
                    throw failure(path, annotation.id, .noSuchTarget(link.target))
                }
                if link.target == annotation.id { throw failure(path, annotation.id, .linksToItself) }
            }
        }
    }
}
