import CellWidth

/// One glyph-to-be of a paragraph: a scalar as it is shown, with the zero-width scalars after it.
///
/// Clusters tile the paragraph: a cluster ends where the next one starts. They are kept small
/// (12 bytes) because a paragraph can be a 5 MB line.
struct Cluster {
    /// What a cluster is, for drawing and for white space that may hang at the end of a line.
    enum Kind: UInt8 {
        /// A printable scalar (maybe shown full-width) with any zero-width scalars after it.
        case text
        /// One plain space (U+0020) alone: it may hang past the end of a line.
        case space
        /// A tab: spaces up to the next multiple of 4 columns; it may hang like a space.
        case tab
        /// A control, bidi or unprintable scalar shown as ``Placeholder/symbol(for:)``.
        case placeholder
        /// Zero-width scalars with no glyph to join, shown on a dotted circle (◌).
        case orphanMarks
    }

    /// The offset of the first scalar, counted from the paragraph's start.
    var start: Int32
    /// The scalar drawn first (the placeholder, the full-width form, ◌ for orphan marks).
    var shown: Unicode.Scalar
    /// Columns: 1 or 2 (a tab's columns depend on where it is; 0 here).
    var width: UInt8
    /// What the cluster is.
    var kind: Kind

    /// Whether it is white space that may hang past the end of a line.
    var mayHang: Bool { kind == .space || kind == .tab }
}

/// The clusters of a paragraph and the text ICU breaks, as displayed.
struct MappedParagraph {
    /// The paragraph's offsets in the document.
    var range: Range<Int>
    /// The clusters, in order.
    var clusters: [Cluster]
    /// The displayed text as UTF-16 for ICU: each scalar replaced by what is drawn for it.
    var utf16: [UInt16]
    /// For each cluster, the UTF-16 offset of its start in ``utf16``.
    var utf16Starts: [Int32]

    /// The document offset where cluster `index` starts (the paragraph's end for `clusters.count`).
    func offset(ofCluster index: Int) -> Int {
        index < clusters.count ? range.lowerBound + Int(clusters[index].start) : range.upperBound
    }
}

/// Turns the scalars of a paragraph into clusters (Docs/layout.md §1: glyphs).
///
/// One scalar gives one cluster, except zero-width scalars (combining marks, variation selectors,
/// ZWJ), which join the cluster before them. Widths come from `CellWidth.of(_:)` (libc `wcwidth`),
/// so they agree with ncursesw; ``UTF8Locale/activate()`` must have run.
enum GlyphMapper {
    /// Maps the paragraph at `range` of `scalars` under the punctuation `style`.
    static func map(_ scalars: [Unicode.Scalar], range: Range<Int>, style: PunctuationStyle) -> MappedParagraph {
        var clusters: [Cluster] = []
        clusters.reserveCapacity(range.count)
        var utf16: [UInt16] = []
        utf16.reserveCapacity(range.count)
        var utf16Starts: [Int32] = []
        utf16Starts.reserveCapacity(range.count)
        let base = range.lowerBound
        var punctuation = DisplayPunctuation(scalars, range: range, style: style)

        // After a line end inside a paragraph (blank-line paragraphs), until the next non-space.
        var joiningLines = false
        for offset in range {
            let scalar = scalars[offset]
            let start = Int32(offset - base)
            var cluster: Cluster
            var fed = scalar
            if scalar == "\n" || (joiningLines && scalar.isLineWhiteSpace) {
                // A hard-wrapped line's end and the next line's indent are shown as one space
                // between Latin words and as nothing between Chinese characters: they join the
                // cluster before them, and ICU never sees the newline (a forced break).
                let wasJoining = joiningLines
                joiningLines = true
                if wasJoining || clusters.isEmpty || Self.joinsWithoutSpace(scalars, at: offset, in: range) { continue }
                cluster = Cluster(start: start, shown: " ", width: 1, kind: .space)
                fed = " "
            } else if scalar == "\t" {
                cluster = Cluster(start: start, shown: scalar, width: 0, kind: .tab)
            } else if let symbol = Placeholder.symbol(for: scalar) {
                cluster = Cluster(start: start, shown: symbol, width: 1, kind: .placeholder)
                fed = symbol
            } else {
                let shown = punctuation.shown(at: offset)
                switch CellWidth.of(shown) {
                case nil:
                    cluster = Cluster(start: start, shown: Placeholder.replacement, width: 1, kind: .placeholder)
                    fed = Placeholder.replacement
                case 0?:
                    appendUTF16(scalar, to: &utf16)
                    if let last = clusters.indices.last, clusters[last].kind != .tab, clusters[last].kind != .placeholder {
                        if clusters[last].kind == .space { clusters[last].kind = .text }
                        continue
                    }
                    clusters.append(Cluster(start: start, shown: Placeholder.markBase, width: 1, kind: .orphanMarks))
                    utf16Starts.append(Int32(utf16.count - scalar.utf16.count))
                    continue
                case let width?:
                    cluster = Cluster(start: start, shown: shown, width: UInt8(min(width, 2)),
                                      kind: scalar == " " ? .space : .text)
                    fed = shown
                }
            }
            if scalar != "\n" { joiningLines = false }
            clusters.append(cluster)
            utf16Starts.append(Int32(utf16.count))
            appendUTF16(fed, to: &utf16)
        }
        return MappedParagraph(range: range, clusters: clusters, utf16: utf16, utf16Starts: utf16Starts)
    }

    /// Whether the line end at `offset` joins two Chinese characters (the last one before it and
    /// the first one after the next line's indent), which take no space between them.
    static func joinsWithoutSpace(_ scalars: [Unicode.Scalar], at offset: Int, in range: Range<Int>) -> Bool {
        var before = offset - 1
        while before >= range.lowerBound, scalars[before].isLineWhiteSpace { before -= 1 }
        var after = offset + 1
        while after < range.upperBound, scalars[after].isLineWhiteSpace || scalars[after] == "\n" { after += 1 }
        guard before >= range.lowerBound, after < range.upperBound else { return false }
        return ClreqRules.isCJK(scalars[before]) && ClreqRules.isCJK(scalars[after])
    }

    /// Appends the UTF-16 code units of `scalar`.
    private static func appendUTF16(_ scalar: Unicode.Scalar, to buffer: inout [UInt16]) {
        if scalar.value < 0x10000 {
            buffer.append(UInt16(scalar.value))
        } else {
            let value = scalar.value - 0x10000
            buffer.append(UInt16(0xD800 + (value >> 10)))
            buffer.append(UInt16(0xDC00 + (value & 0x3FF)))
        }
    }
}
