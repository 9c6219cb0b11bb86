/// How the essay's ASCII punctuation between Chinese characters is shown.
public enum PunctuationStyle: String, Hashable, Sendable, CaseIterable {
    /// As written in the text.
    case original
    /// ASCII `,:()?;` and “ ” shown as full-width ，：（）？；「」 next to a CJK character (a run of
    /// such marks changes as a whole), one scalar for one scalar, so no offset changes.
    case full
}

/// What a paragraph is laid out for: the pane's width and the display options.
public struct LayoutOptions: Hashable, Sendable {
    /// Columns available to a line; at least 1.
    public var width: Int
    /// Whether each paragraph starts with two full-width spaces (display only, no offset).
    public var indentParagraphs: Bool
    /// How ASCII punctuation is shown.
    public var punctuation: PunctuationStyle

    /// Options for a pane `width` columns wide (less than 1 counts as 1).
    public init(width: Int, indentParagraphs: Bool = false, punctuation: PunctuationStyle = .original) {
        self.width = max(1, width)
        self.indentParagraphs = indentParagraphs
        self.punctuation = punctuation
    }
}

/// One character as it is drawn: what to show, in how many columns, for which scalars.
public struct Glyph: Hashable, Sendable {
    /// What a glyph stands for.
    public enum Role: Hashable, Sendable {
        /// Text of the document, maybe shown with full-width punctuation.
        case text
        /// A scalar that cannot be drawn as it is, shown as a visible one-column stand-in: a control
        /// character (␛, ␀, ␍, ␡), a bidi control or unprintable scalar (�), zero-width marks with
        /// no glyph before them (◌́), or a two-column glyph in a one-column pane (…).
        case placeholder
        /// White space added for display only (paragraph indent); covers no offset.
        case indent
    }

    /// What the terminal shows: one printable character, with any zero-width scalars after it.
    public var text: String
    /// Columns taken: 1 or 2 (a tab is several 1-column glyphs of the same offset).
    public var width: Int
    /// The document offsets this glyph shows; empty for an indent.
    public var offsets: Range<Int>
    /// What the glyph stands for.
    public var role: Role

    /// A glyph showing `text` in `width` columns for the scalars at `offsets`.
    public init(text: String, width: Int, offsets: Range<Int>, role: Role = .text) {
        self.text = text
        self.width = width
        self.offsets = offsets
        self.role = role
    }
}

/// One line of a laid-out paragraph.
public struct DisplayLine: Hashable, Sendable {
    /// The index of the paragraph in the document.
    public var paragraph: Int
    /// The document offsets this line covers (a space that hangs past the edge included). Empty
    /// only for a line that shows the indent alone, when the first word fits only a whole line.
    public var range: Range<Int>
    /// The glyphs drawn, left to right; their widths add up to at most the layout width.
    public var glyphs: [Glyph]

    /// A line of paragraph `paragraph` covering `range` and drawn as `glyphs`.
    public init(paragraph: Int, range: Range<Int>, glyphs: [Glyph]) {
        self.paragraph = paragraph
        self.range = range
        self.glyphs = glyphs
    }

    /// Columns taken by the glyphs.
    public var width: Int { glyphs.reduce(0) { $0 + $1.width } }

    /// The text the line shows (placeholders and display punctuation included).
    public var displayText: String { glyphs.map(\.text).joined() }
}

/// A paragraph broken into display lines for one set of options.
public struct ParagraphLayout: Hashable, Sendable {
    /// The index of the paragraph in the document.
    public var paragraph: Int
    /// The lines, top to bottom; at least one.
    public var lines: [DisplayLine]

    /// The layout of paragraph `paragraph` as `lines`.
    public init(paragraph: Int, lines: [DisplayLine]) {
        self.paragraph = paragraph
        self.lines = lines
    }

    /// The index of the line that shows `offset` (the last line for an offset past the end).
    public func lineIndex(containing offset: Int) -> Int {
        lines.firstIndex { $0.range.upperBound > offset } ?? (lines.count - 1)
    }
}
