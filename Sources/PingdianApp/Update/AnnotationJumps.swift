import PingdianCore

extension AppState {
    /// The annotation the pane explains: the one a jump focused while the cursor is inside it,
    /// else the innermost one under the cursor.
    public var focusedAnnotation: ResolvedAnnotation? {
        guard let index = annotations.index else { return nil }
        if let id = focusedAnnotationID, let focused = index.annotation(withID: id),
           let range = focused.range, range.contains(cursor), annotations.isVisible(focused) {
            return focused
        }
        // The reader's own note first, where it overlaps curated ones; then the innermost.
        let here = annotations.overlapping(cursor..<(cursor + 1))
        let mine = here.filter { annotations.isReaderNote($0.id) }
        return AnnotationSet.innermost(at: cursor, among: mine.isEmpty ? here : mine)?.annotation
    }

    /// Jumps to the next or previous annotation, `times` times, in reading order: annotations
    /// that start at one place (two readers' marks on the same words) are visited one by one.
    mutating func jumpToAnnotation(forward: Bool, times: Int) {
        guard annotations.index != nil else {
            message = strings.noAnnotationsAtAll
            return
        }
        let visible = annotations.visiblePlaced
        // From the focused annotation when the cursor is at its start; else from the cursor.
        let current = focusedAnnotation.flatMap { focused in
            focused.range?.lowerBound == cursor ? visible.firstIndex { $0.id == focused.id } : nil
        }
        let first: Int?
        if let current {
            first = forward ? current + 1 : current - 1
        } else {
            first = forward ? visible.firstIndex { ($0.range?.lowerBound ?? 0) > cursor } : visible.lastIndex { ($0.range?.lowerBound ?? 0) < cursor }
        }
        guard let first, visible.indices.contains(first) else {
            message = forward ? strings.noMoreAnnotations : strings.noEarlierAnnotations
            return
        }
        let target = forward ? min(visible.count - 1, first + max(0, times - 1)) : max(0, first - max(0, times - 1))
        focus(visible[target])
        message = strings.annotationCounter(target + 1, of: visible.count)
    }

    /// Jumps to the next or previous contradiction, `times` times.
    mutating func jumpToContradiction(forward: Bool, times: Int) {
        if annotations.contradictions.isEmpty, annotations.hiddenKinds.contains(AnnotationIndex.contradictionKind),
           annotations.countsByKind[AnnotationIndex.contradictionKind, default: 0] > 0 {
            message = strings.contradictionsHidden
            return
        }
        jump(times: times, none: forward ? strings.noMoreContradictions : strings.noEarlierContradictions,
             find: { $0.contradiction(after: $1, forward: forward) },
             counter: { [before = self] in before.contradictionCounter(for: $0) })
    }

    /// Jumps to the next or previous passage checked against its source, `times` times; the
    /// status line says which and its verdict ("source 3/17 · selective").
    mutating func jumpToSource(forward: Bool, times: Int) {
        let sources = annotations.visiblePlaced.filter { $0.annotation.source != nil }
        let strings = self.strings
        jump(times: times, none: forward ? strings.noMoreSources : strings.noEarlierSources,
             find: { _, offset in
                 forward ? sources.first { ($0.range?.lowerBound ?? -1) > offset }
                     : sources.last { ($0.range?.lowerBound ?? Int.max) < offset }
             },
             counter: { target in
                 let number = (sources.firstIndex { $0.id == target.id } ?? 0) + 1
                 return strings.sourceCounter(number, of: sources.count, verdict: target.annotation.source.map { strings.verdictLabel($0.verdict) } ?? "")
             })
    }

    /// Steps `times` times with `find` from the cursor and jumps to where that leads, saying
    /// `none` when there is nowhere to go and the counter's text when there is.
    private mutating func jump(times: Int, none: String, find: (AnnotationSet, Int) -> ResolvedAnnotation?,
                               counter: (ResolvedAnnotation) -> String?) {
        guard annotations.index != nil else {
            message = strings.noAnnotationsAtAll
            return
        }
        let set = annotations
        guard let target = step(times, { find(set, $0) }) else {
            message = none
            return
        }
        focus(target)
        message = counter(target)
    }

    /// Jumps to the other side of the contradiction under the cursor: the focused annotation's,
    /// or, when the focused one is not a side (a passage checked against its source inside a
    /// contradiction), the innermost contradiction at the cursor.
    mutating func jumpToOtherSide() {
        let side = focusedAnnotation.flatMap { focused in annotations.index?.otherSide(of: focused.id) == nil ? nil : focused }
            ?? AnnotationSet.innermost(at: cursor, among: annotations.overlapping(cursor..<(cursor + 1))
                .filter { annotations.index?.otherSide(of: $0.id) != nil })?.annotation
        guard let index = annotations.index, let focused = side,
              let otherID = index.otherSide(of: focused.id), let other = index.annotation(withID: otherID), other.range != nil else {
            message = strings.noOtherSide
            return
        }
        focus(other)
        message = contradictionCounter(for: other)
    }

    /// The annotation reached by taking `times` steps from the cursor, each from the start of the
    /// last one found; the last found when the steps run out early, nil when none was found.
    private func step(_ times: Int, _ next: (Int) -> ResolvedAnnotation?) -> ResolvedAnnotation? {
        var found: ResolvedAnnotation?
        var offset = cursor
        for _ in 0..<times {
            guard let candidate = next(offset), let range = candidate.range else { break }
            found = candidate
            offset = range.lowerBound
        }
        return found
    }

    /// Moves the cursor to an annotation's start as a jump and focuses it.
    mutating func focus(_ annotation: ResolvedAnnotation) {
        guard let range = annotation.range else { return }
        jump(to: range.lowerBound)
        focusedAnnotationID = annotation.id
    }

    /// "contradiction pair 3/20 · side 1/2" for an annotation, or nil when it is not a visible
    /// contradiction.
    private func contradictionCounter(for annotation: ResolvedAnnotation) -> String? {
        let pairs = annotations.contradictionPairs
        for (number, pair) in pairs.enumerated() {
            if let side = pair.firstIndex(where: { $0.id == annotation.id }) {
                return strings.contradictionCounter(pair: number + 1, of: pairs.count, side: side + 1, of: pair.count)
            }
        }
        return nil
    }
}
