extension AnnotationLayer {
    /// This layer with the passages of a source layer (Docs/sources.md): a source whose passage
    /// is exactly one of this layer's annotations is given to that annotation (when it has none);
    /// the others are added as they are, unless their id is taken.
    public func merging(sources: AnnotationLayer) -> AnnotationLayer {
        var merged = self
        var indexByRange: [Range<Int>: Int] = [:]
        for (index, annotation) in annotations.enumerated() where indexByRange[annotation.anchor.start..<annotation.anchor.end] == nil {
            indexByRange[annotation.anchor.start..<annotation.anchor.end] = index
        }
        var ids = Set(annotations.map(\.id))
        for passage in sources.annotations where passage.source != nil {
            let range = passage.anchor.start..<passage.anchor.end
            if let index = indexByRange[range], merged.annotations[index].source == nil {
                merged.annotations[index].source = passage.source
                // The passage's note says why the verdict; the annotation keeps its own first.
                if let note = passage.note, !note.isEmpty {
                    let own = merged.annotations[index].note.map { $0.isEmpty ? "" : $0 + "\n" } ?? ""
                    merged.annotations[index].note = own + note
                }
            } else if ids.insert(passage.id).inserted {
                merged.annotations.append(passage)
            }
        }
        return merged
    }
}
