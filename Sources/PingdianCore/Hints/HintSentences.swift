/// The sentences and clauses of a text as the suggester cuts them: a plain scan of the scalars
/// (no ICU), so that the cut is the same everywhere and easy to state in Docs/cue-hints.md.
///
/// * A sentence never crosses a paragraph. It ends after a run of 。！？!? and the closing quotes
///   and brackets that follow it (`。”`), or at the end of the paragraph.
/// * A clause ends at ，,；;：: and at the enumeration comma 、 (an item of a list is a clause), at
///   a dash (— ―), at a bracket ( ) （ ） and at the sentence's end mark; an ASCII `,` or `:`
///   between two digits (1,000, 10:30) is not a boundary. Quotation marks are not boundaries.
/// * Sentences and clauses are trimmed of white space; clauses also of their punctuation.
struct HintSentence: Hashable, Sendable {
    /// The sentence's offsets, its end mark and closing quotes included.
    let range: Range<Int>
    /// Its clauses in order, none empty.
    let clauses: [Range<Int>]
    /// The index of its paragraph in the document.
    let paragraph: Int

    /// The index of the clause that holds `offset`; an offset in the punctuation between two
    /// clauses belongs to the next one, and one past the last clause to the last.
    func clauseIndex(containing offset: Int) -> Int {
        clauses.firstIndex { $0.upperBound > offset } ?? clauses.count - 1
    }

    /// The clause that holds `offset` (see ``clauseIndex(containing:)``).
    func clause(containing offset: Int) -> Range<Int> {
        clauses[clauseIndex(containing: offset)]
    }

    /// The sentences of every paragraph of `document`, in order.
    static func split(_ document: TextDocument) -> [HintSentence] {
        split(document, paragraphs: document.paragraphs.indices)
    }

    /// The sentences of the paragraphs `paragraphs` of `document`, in order: the same as those
    /// of ``split(_:)`` in them, since a sentence never crosses a paragraph.
    static func split(_ document: TextDocument, paragraphs: Range<Int>) -> [HintSentence] {
        var sentences: [HintSentence] = []
        for index in paragraphs.clamped(to: document.paragraphs.indices) {
            split(document.paragraphs[index].range, paragraph: index, of: document.scalars, into: &sentences)
        }
        return sentences
    }

    private static func split(_ range: Range<Int>, paragraph: Int, of scalars: [Unicode.Scalar], into sentences: inout [HintSentence]) {
        var start = range.lowerBound
        var offset = range.lowerBound
        while offset < range.upperBound {
            guard isTerminator(scalars[offset]) else {
                offset += 1
                continue
            }
            while offset < range.upperBound && isTerminator(scalars[offset]) { offset += 1 }
            while offset < range.upperBound && isCloser(scalars[offset]) { offset += 1 }
            append(start..<offset, paragraph: paragraph, of: scalars, into: &sentences)
            start = offset
        }
        append(start..<range.upperBound, paragraph: paragraph, of: scalars, into: &sentences)
    }

    private static func append(_ range: Range<Int>, paragraph: Int, of scalars: [Unicode.Scalar], into sentences: inout [HintSentence]) {
        let trimmed = trim(range, of: scalars) { $0.isLineWhiteSpace }
        guard !trimmed.isEmpty else { return }
        let clauses = clauses(of: trimmed, in: scalars)
        guard !clauses.isEmpty else { return }
        sentences.append(HintSentence(range: trimmed, clauses: clauses, paragraph: paragraph))
    }

    /// The clauses of a sentence: the runs between boundaries, trimmed, without runs of only
    /// punctuation (the `”` after a `。`).
    private static func clauses(of range: Range<Int>, in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var clauses: [Range<Int>] = []
        var start = range.lowerBound
        func finish(_ end: Int) {
            let clause = trim(start..<end, of: scalars) { $0.isLineWhiteSpace }
            if scalars[clause].contains(where: { !$0.isLineWhiteSpace && !isCloser($0) && !isTerminator($0) }) {
                clauses.append(clause)
            }
        }
        for offset in range where isClauseBoundary(at: offset, in: scalars) {
            finish(offset)
            start = offset + 1
        }
        finish(range.upperBound)
        return clauses
    }

    /// Whether the scalar at `offset` ends a clause.
    static func isClauseBoundary(at offset: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let scalar = scalars[offset]
        if isTerminator(scalar) { return true }
        switch scalar.value {
        case 0xFF0C, 0xFF1B, 0xFF1A, 0x3B, 0x3001, 0x2014, 0x2015, 0x28, 0x29, 0xFF08, 0xFF09:
            return true
        case 0x2C, 0x3A:
            // 1,000 and 10:30 keep their digits together.
            let digitBefore = offset > 0 && scalars[offset - 1].isASCIIDigit
            let digitAfter = offset + 1 < scalars.count && scalars[offset + 1].isASCIIDigit
            return !(digitBefore && digitAfter)
        default:
            return false
        }
    }

    /// 。！？!? — the marks that end a sentence.
    static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3002, 0xFF01, 0xFF1F, 0x21, 0x3F: return true
        default: return false
        }
    }

    /// Closing quotes and brackets that stay with the sentence end before them.
    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x29, 0x300B, 0x3009, 0x3011, 0x22, 0x27: return true
        default: return false
        }
    }

    /// `range` without the scalars at either end for which `isTrimmed` holds.
    static func trim(_ range: Range<Int>, of scalars: [Unicode.Scalar], where isTrimmed: (Unicode.Scalar) -> Bool) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && isTrimmed(scalars[lower]) { lower += 1 }
        while upper > lower && isTrimmed(scalars[upper - 1]) { upper -= 1 }
        return lower..<upper
    }
}

extension Unicode.Scalar {
    /// 0–9 in ASCII.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
