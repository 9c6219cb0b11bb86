extension LayerCheck {
    /// Checks that the anchor is a non-empty span inside the text whose quote is exactly the
    /// text at `[start, end)`, and that its prefix and suffix agree with the text around it.
    ///
    /// A quote found only elsewhere is reported with where it is now (as the reader would
    /// relocate it); a quote found nowhere is an orphan.
    mutating func checkAnchor(of annotation: CheckedAnnotation) {
        guard let anchor = annotation.anchor else { return }
        let index = annotation.index
        let id = annotation.id
        let path = "\(annotation.path).anchor"
        let quoteLength = anchor.exact.unicodeScalars.count
        guard quoteLength > 0 else {
            report(index, id: id, "\(path).exact", "an anchor needs a non-empty quote")
            return
        }
        let match = anchor.resolve(in: document)
        switch match {
        case .exact(let range):
            if range.upperBound != anchor.end {
                report(index, id: id, "\(path).end",
                       "\(anchor.end) does not fit the quote: exact has \(ProblemText.scalars(quoteLength)) from start "
                           + "\(anchor.start), so end should be \(range.upperBound)")
            }
        case .relocated(let range, _):
            let offsetsAreSound = checkOffsets(of: anchor, annotation: annotation)
            report(index, id: id, path, relocationMessage(anchor, offsetsAreSound: offsetsAreSound, foundAt: range))
        case .approximate(let range, let score):
            checkOffsets(of: anchor, annotation: annotation)
            report(index, id: id, "\(path).exact",
                   "the quote is not in the text; the nearest match, \(ProblemText.quoted(document.text(in: range))) at "
                       + "[\(range.lowerBound), \(range.upperBound)), scores only \(Int((score * 100).rounded()))%")
        case .orphaned:
            checkOffsets(of: anchor, annotation: annotation)
            report(index, id: id, "\(path).exact",
                   "the quote \(ProblemText.quoted(anchor.exact)) is nowhere in the text: the annotation would be an orphan")
        }
        if let range = match.range { checkContext(of: anchor, at: range, annotation: annotation) }
    }

    /// Reports a start outside the text and an end not after start or past the text; returns
    /// whether `[start, end)` is a non-empty span of the text.
    @discardableResult
    private mutating func checkOffsets(of anchor: TextAnchor, annotation: CheckedAnnotation) -> Bool {
        let path = "\(annotation.path).anchor"
        let count = document.scalarCount
        var isSound = true
        if anchor.start < 0 || anchor.start > count {
            report(annotation.index, id: annotation.id, "\(path).start",
                   "\(anchor.start) is outside the text, which has \(ProblemText.scalars(count))")
            isSound = false
        }
        if anchor.end <= anchor.start {
            report(annotation.index, id: annotation.id, "\(path).end", "\(anchor.end) is not after start \(anchor.start): the span is empty")
            isSound = false
        } else if anchor.end > count {
            report(annotation.index, id: annotation.id, "\(path).end",
                   "\(anchor.end) is past the end of the text, which has \(ProblemText.scalars(count))")
            isSound = false
        }
        return isSound
    }

    /// Says what is at the stored offsets, where the quote is now and what to write instead.
    private func relocationMessage(_ anchor: TextAnchor, offsetsAreSound: Bool, foundAt range: Range<Int>) -> String {
        var message = "the quote is not at [\(anchor.start), \(anchor.end))"
        if offsetsAreSound {
            message += ", which holds \(ProblemText.quoted(document.text(in: anchor.start..<anchor.end), limit: 16))"
        }
        let occurrences = ScalarSearch.occurrences(of: Array(anchor.exact.unicodeScalars), in: document.scalars).count
        let paragraph = (document.paragraphIndex(containing: range.lowerBound) ?? 0) + 1
        message += "; it is at [\(range.lowerBound), \(range.upperBound)) in ¶ \(paragraph)"
        if occurrences > 1 { message += " (the best of \(occurrences) occurrences by prefix and suffix)" }
        return message + ": start and end should be \(range.lowerBound) and \(range.upperBound)"
    }

    /// Reports a prefix that is not the text just before `range`, or a suffix not the text just after.
    private mutating func checkContext(of anchor: TextAnchor, at range: Range<Int>, annotation: CheckedAnnotation) {
        let path = "\(annotation.path).anchor"
        let prefix = Array(anchor.prefix.unicodeScalars)
        let matchingPrefix = document.scalars.withUnsafeBufferPointer {
            ScalarSearch.commonSuffixCount(prefix, in: $0, endingAt: range.lowerBound)
        }
        if matchingPrefix < prefix.count {
            let before = document.text(in: max(0, range.lowerBound - prefix.count)..<range.lowerBound)
            report(annotation.index, id: annotation.id, "\(path).prefix",
                   "is not the text just before the quote, which is \(ProblemText.quoted(before, keepingEnd: true)); "
                       + "the anchor would be misplaced after an edit")
        }
        let suffix = Array(anchor.suffix.unicodeScalars)
        let matchingSuffix = document.scalars.withUnsafeBufferPointer {
            ScalarSearch.commonPrefixCount(suffix, in: $0, startingAt: range.upperBound)
        }
        if matchingSuffix < suffix.count {
            let after = document.text(in: range.upperBound..<min(document.scalarCount, range.upperBound + suffix.count))
            report(annotation.index, id: annotation.id, "\(path).suffix",
                   "is not the text just after the quote, which is \(ProblemText.quoted(after)); "
                       + "the anchor would be misplaced after an edit")
        }
    }
}
