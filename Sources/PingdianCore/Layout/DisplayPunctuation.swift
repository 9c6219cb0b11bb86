/// The full-width forms `--punct full` shows for ASCII punctuation between Chinese characters.
///
/// ASCII `,` `:` `(` `)` `?` `;` and `“` `”` become `，` `：` `（` `）` `？` `；` `「` `」` when an
/// immediate neighbour (plain spaces skipped) is a CJK character, so English keeps its ASCII.
/// A neighbour that is itself shown full-width counts as a full-width form: a run of such marks
/// (`”(`, `),`, `” (`) changes as a whole when the character before or after the run is CJK, so
/// `上“Scaling Law”(即` shows `上「Scaling Law」（即`, never `」(` or `”（`. One scalar stands for
/// one scalar: no offset changes, only what is drawn.
struct DisplayPunctuation {
    private let scalars: [Unicode.Scalar]
    private let range: Range<Int>
    private let style: PunctuationStyle
    /// The end of the run of marks last looked at, and whether it is shown full-width.
    private var runEnd = 0
    private var runIsFullWidth = false

    /// Prepares to show the paragraph at `range` of `scalars` under `style`.
    init(_ scalars: [Unicode.Scalar], range: Range<Int>, style: PunctuationStyle) {
        self.scalars = scalars
        self.range = range
        self.style = style
        self.runEnd = range.lowerBound
    }

    /// The full-width form of a punctuation mark that `--punct full` may replace, else nil.
    static func fullWidthForm(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x2C: return "\u{FF0C}"  // , → ，
        case 0x3A: return "\u{FF1A}"  // : → ：
        case 0x28: return "\u{FF08}"  // ( → （
        case 0x29: return "\u{FF09}"  // ) → ）
        case 0x3F: return "\u{FF1F}"  // ? → ？
        case 0x3B: return "\u{FF1B}"  // ; → ；
        case 0x201C: return "\u{300C}"  // “ → 「
        case 0x201D: return "\u{300D}"  // ” → 」
        default: return nil
        }
    }

    /// What the scalar at `offset` shows. Call with increasing offsets (linear over a paragraph).
    mutating func shown(at offset: Int) -> Unicode.Scalar {
        let scalar = scalars[offset]
        guard style == .full, let full = Self.fullWidthForm(of: scalar) else { return scalar }
        if offset >= runEnd { decideRun(from: offset) }
        return runIsFullWidth ? full : scalar
    }

    /// Finds the run of marks and spaces that starts with the mark at `start` and decides it.
    private mutating func decideRun(from start: Int) {
        var end = start
        while end < range.upperBound, scalars[end] == " " || Self.fullWidthForm(of: scalars[end]) != nil {
            end += 1
        }
        var before = start - 1
        while before >= range.lowerBound, scalars[before] == " " { before -= 1 }
        runEnd = end
        runIsFullWidth = (before >= range.lowerBound && ClreqRules.isCJK(scalars[before]))
            || (end < range.upperBound && ClreqRules.isCJK(scalars[end]))
    }
}

extension PunctuationStyle {
    /// `text` as this style shows it, one scalar for one scalar: a quote in the pane, the
    /// outline or the kind picker looks as the text pane draws it. Display only — stored quotes
    /// and exports keep the original.
    public func shown(_ text: String) -> String {
        guard self == .full else { return text }
        let scalars = Array(text.unicodeScalars)
        var punctuation = DisplayPunctuation(scalars, range: 0..<scalars.count, style: self)
        var shown = String.UnicodeScalarView()
        for offset in scalars.indices { shown.append(punctuation.shown(at: offset)) }
        return String(shown)
    }
}
