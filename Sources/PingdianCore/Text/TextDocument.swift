#if canImport(Glibc)
import Glibc
#endif

/// A text opened for reading: its scalars, split into paragraphs and sections.
///
/// Offsets everywhere in pingdian count Unicode scalars of ``scalars`` (W3C "code points"), in
/// half-open ranges. A line of the file is a paragraph and one or more blank lines start a new
/// section, unless the document was made with blank-line paragraphs (``ParagraphConvention``).
/// The newline between paragraphs is part of the text and has an offset of its own.
public struct TextDocument: Sendable {
    /// A short name for the status line and exports: the file name, or the bundled essay's name.
    public let title: String
    /// The paragraphs of the text, in order: its non-blank lines, or with
    /// ``ParagraphConvention/blank`` its runs of adjacent non-blank lines.
    public let paragraphs: [Paragraph]
    /// How the paragraphs were found.
    public let paragraphConvention: ParagraphConvention
    /// The scalars, complete unless ``provisional`` still decodes them.
    private let storage: [Unicode.Scalar]
    /// For a provisional document, what decodes its paragraphs on demand; nil when complete.
    private let provisional: ProvisionalScalars?
    /// For a provisional document of a file's first lines only, their index, to count on from
    /// (``counted()``); nil once every line is counted.
    private let head: TextIndex.Head?
    /// What is computed once for the text and shared by the document's copies.
    let memo = DocumentMemo()

    /// Splits canonical scalars into paragraphs, one per line unless `convention` says otherwise.
    public init(title: String, scalars: [Unicode.Scalar], convention: ParagraphConvention = .lines) {
        self.title = title
        self.storage = scalars
        self.paragraphs = Paragraph.split(scalars, convention: convention)
        self.paragraphConvention = convention
        self.provisional = nil
        self.head = nil
    }

    /// A provisional document of an indexed file, its scalars decoded on demand
    /// (``ProvisionalScalars``); of its first lines only when `head` is not complete.
    init(title: String, head: TextIndex.Head, descriptor: Int32) {
        self.init(title: title, index: head.index, descriptor: descriptor, head: head.index.isComplete ? nil : head)
    }

    /// A provisional document of an indexed file, its scalars decoded on demand (``ProvisionalScalars``).
    init(title: String, index: TextIndex, descriptor: Int32, head: TextIndex.Head? = nil) {
        var base: UnsafeMutablePointer<Unicode.Scalar>?
        // Allocated, not written: the pages of a large array are only given when touched.
        // The buffer's address stays valid as long as the array, which is never mutated, lives.
        self.storage = [Unicode.Scalar](unsafeUninitializedCapacity: index.scalarCount) { buffer, count in
            base = buffer.baseAddress
            count = index.scalarCount
        }
        self.title = title
        self.paragraphs = index.paragraphs
        self.paragraphConvention = .lines
        self.provisional = ProvisionalScalars(descriptor: descriptor, index: index, base: base, count: index.scalarCount)
        self.head = head
    }

    /// Whether every line of the text is counted: false for a large text's provisional document
    /// of its first lines, shown while the rest are counted (``counted()``). Its paragraphs, length
    /// and end are then those of the lines counted so far.
    public var isCounted: Bool { head == nil }

    /// The provisional document of the whole text, its lines counted to the end of the file
    /// (about 9 ms for 50 MB; two threads from 8 MiB on); this document when they are. Nil when
    /// the file cannot be read again or holds a NUL byte: the full reading says why.
    /// Safe to call from another thread than the one that shows this document.
    public func counted() -> TextDocument? {
        guard let head else { return self }
        return document(of: { descriptor throws(TextFile.ReadFailure) in try head.completed(descriptor: descriptor).map { TextIndex.Head(complete: $0) } })
    }

    /// A provisional document that holds `offset` and at least `margin` scalars after it (the
    /// whole text when it is shorter), counting only as far as that needs; this document when it
    /// does already. Nil when the file cannot be read again or holds a NUL byte.
    public func holding(_ offset: Int, margin: Int = 1 << 16) -> TextDocument? {
        guard let head, offset + margin > scalarCount else { return self }
        return document(of: { descriptor throws(TextFile.ReadFailure) in
            // A scalar is one to four bytes: as many bytes as scalars is the least to read.
            try head.extended(descriptor: descriptor, bytes: offset + margin, scalars: offset + margin)
        })
    }

    /// A provisional document of the same file from `index`, which reads it through a
    /// descriptor of its own.
    private func document(of index: (Int32) throws(TextFile.ReadFailure) -> TextIndex.Head?) -> TextDocument? {
        guard let own = provisional?.duplicateDescriptor() else { return nil }
        guard let head = try? index(own) else {
            Glibc.close(own)
            return nil
        }
        return TextDocument(title: title, head: head, descriptor: own)
    }

    /// Whether this document is `earlier` counted further (``counted()``, ``holding(_:margin:)``):
    /// the same paragraphs first. The paragraphs `earlier` has decoded are decoded here too, so
    /// that they are compared with the exact text when it arrives (``agrees(with:)``).
    public func continues(_ earlier: TextDocument) -> Bool {
        guard paragraphs.count >= earlier.paragraphs.count, scalarCount >= earlier.scalarCount,
              paragraphs[..<earlier.paragraphs.count].elementsEqual(earlier.paragraphs) else { return false }
        if let provisional, let shown = earlier.provisional?.decodedParagraphs {
            for index in shown { provisional.fill(index..<index + 1) }
        }
        return true
    }

    /// The canonical text: the file without a byte-order mark, CRLF turned into LF.
    ///
    /// On a provisional document this first decodes the whole text (once): code on the reader's
    /// path to a frame uses ``scalars(readyFor:)`` instead.
    public var scalars: [Unicode.Scalar] {
        provisional?.fillAll()
        return storage
    }

    /// The scalars, of which those of the paragraphs overlapping `range` are sure to be decoded
    /// (all of them on a complete document). Offsets stay those of the whole text.
    public func scalars(readyFor range: Range<Int>) -> [Unicode.Scalar] {
        if let provisional {
            // No paragraph: only blank lines, which the "gap" before the first paragraph holds.
            var first = paragraphIndex(containing: range.lowerBound) ?? 0
            // An offset in the line end or blank lines before a paragraph is decoded with the
            // paragraph before them.
            if first > 0, range.lowerBound < paragraphs[first].range.lowerBound { first -= 1 }
            let last = paragraphIndex(containing: max(range.lowerBound, range.upperBound - 1)) ?? -1
            provisional.fill(first..<max(first, last + 1))
        }
        return storage
    }

    /// Whether `exact` is this same text: the same paragraphs and length (for a document not yet
    /// counted to its end, the same first paragraphs) and, for a provisional document, the same
    /// scalars in every paragraph it has decoded (what has been shown). False when the file was
    /// invalid UTF-8 or changed between the index and the full reading.
    public func agrees(with exact: TextDocument) -> Bool {
        if isCounted {
            guard exact.paragraphs == paragraphs, exact.scalarCount == scalarCount else { return false }
        } else {
            guard exact.paragraphs.count >= paragraphs.count, exact.scalarCount >= scalarCount,
                  exact.paragraphs[..<paragraphs.count].elementsEqual(paragraphs) else { return false }
        }
        guard let provisional else { return storage == exact.storage }
        let exactScalars = exact.scalars
        return provisional.decodedParagraphs.allSatisfy { index in
            let range = paragraphs[index].range
            return storage[range].elementsEqual(exactScalars[range])
        }
    }

    /// Whether the scalars are still decoded on demand: the exact document is still being read.
    public var isProvisional: Bool { provisional != nil }

    /// How many times a provisional document had to decode its whole text (0 on the fast paths).
    public var wholeTextFills: Int { provisional?.wholeFills ?? 0 }

    /// A document of the given text, taken as canonical (for tests and small texts).
    public init(title: String, text: String) {
        self.init(title: title, scalars: Array(text.unicodeScalars))
    }

    /// The number of scalars in the text.
    public var scalarCount: Int { storage.count }

    /// Whether the text has no paragraph at all (empty, or only blank lines).
    public var isEmpty: Bool { paragraphs.isEmpty }

    /// The text of a range of offsets, clamped to the text.
    public func text(in range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<storage.count)
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars(readyFor: clamped)[clamped])
        return String(result)
    }

    /// The index of the paragraph that holds `offset`; an offset between paragraphs (a newline
    /// or a blank line) belongs to the next one, and one past the last paragraph to the last.
    /// Returns nil only when there is no paragraph.
    public func paragraphIndex(containing offset: Int) -> Int? {
        guard !paragraphs.isEmpty else { return nil }
        var low = 0
        var high = paragraphs.count - 1
        // The first paragraph whose end is beyond the offset.
        while low < high {
            let middle = (low + high) / 2
            if paragraphs[middle].range.upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// A paragraph of a text: one non-blank line, or with blank-line paragraphs a run of them.
public struct Paragraph: Hashable, Sendable {
    /// The offsets of the paragraph's scalars, without its final newline (with blank-line
    /// paragraphs, the newlines between its lines are inside).
    public let range: Range<Int>
    /// Whether one or more blank lines come before it (a section break); false for the first.
    public let startsSection: Bool

    public init(range: Range<Int>, startsSection: Bool) {
        self.range = range
        self.startsSection = startsSection
    }

    /// The non-blank lines of `scalars`, split at LF. A line of only white space is blank.
    static func split(_ scalars: [Unicode.Scalar]) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        var lineStart = 0
        var sawBlank = false
        func finishLine(_ end: Int) {
            let isBlank = scalars[lineStart..<end].allSatisfy(\.isLineWhiteSpace)
            if isBlank {
                sawBlank = true
            } else {
                paragraphs.append(Paragraph(range: lineStart..<end, startsSection: sawBlank && !paragraphs.isEmpty))
                sawBlank = false
            }
        }
        for (offset, scalar) in scalars.enumerated() where scalar == "\n" {
            finishLine(offset)
            lineStart = offset + 1
        }
        finishLine(scalars.count)
        return paragraphs
    }
}

extension Unicode.Scalar {
    /// Space, tab, CR, ideographic space and other spaces that make a line blank.
    var isLineWhiteSpace: Bool {
        switch value {
        case 0x20, 0x09, 0x0D, 0x0B, 0x0C, 0xA0, 0x3000, 0x2000...0x200B, 0xFEFF: return true
        default: return false
        }
    }
}
