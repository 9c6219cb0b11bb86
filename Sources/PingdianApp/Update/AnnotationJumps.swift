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
        return AnnotationSet.innermost(at: cursor, among: annotations.overlapping(cursor..<(cursor + 1)))?.annotation
    }

    /// Jumps to the next or previous annotation, `times` times.
    mutating func jumpToAnnotation(forward: Bool, times: Int) {
        guard annotations.index != nil else {
            message = strings.noAnnotationsAtAll
            return
        }
        guard let target = step(times, { annotations.annotation(after: $0, forward: forward) }) else {
            message = forward ? strings.noMoreAnnotations : strings.noEarlierAnnotations
            return
        }
        focus(target)
        let visible = annotations.visiblePlaced
        let number = (visible.firstIndex { $0.id == target.id } ?? 0) + 1
        message = strings.annotationCounter(number, of: visible.count)
    }

    /// Jumps to the next or previous contradiction, `times` times.
    mutating func jumpToContradiction(forward: Bool, times: Int) {
        guard annotations.index != nil else {
            message = strings.noAnnotationsAtAll
            return
        }
        guard let target = step(times, { annotations.contradiction(after: $0, forward: forward) }) else {
            message = forward ? strings.noMoreContradictions : strings.noEarlierContradictions
            return
        }
        focus(target)
        announceContradiction(target)
    }

    /// Jumps to the other side of the contradiction under the cursor.
    mutating func jumpToOtherSide() {
        guard let index = annotations.index, let focused = focusedAnnotation,
              let otherID = index.otherSide(of: focused.id), let other = index.annotation(withID: otherID), other.range != nil else {
            message = strings.noOtherSide
            return
        }
        focus(other)
        announceContradiction(other)
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
    private mutating func focus(_ annotation: ResolvedAnnotation) {
        guard let range = annotation.range else { return }
        jump(to: range.lowerBound)
        focusedAnnotationID = annotation.id
    }

    /// Says which contradiction of how many the cursor is on.
    private mutating func announceContradiction(_ annotation: ResolvedAnnotation) {
        let all = annotations.contradictions
        if let position = all.firstIndex(where: { $0.id == annotation.id }) {
            message = strings.contradictionCounter(position + 1, of: all.count)
        }
    }
}

extension AppState {
    /// The cue hint under the cursor when hints are shown (the shortest one).
    public var focusedHint: ResolvedAnnotation? {
        guard showHints else { return nil }
        return AnnotationSet.innermost(at: cursor, among: hints.overlapping(cursor..<(cursor + 1)))?.annotation
    }
}
