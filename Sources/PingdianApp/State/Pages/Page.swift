import PingdianCore

/// A piece of a row of a scrolled page (help, the legend, an annotation read in full): its text
/// and what it is, which the view's theme turns into a style.
public struct PagePiece: Hashable, Sendable {
    public var text: String
    public var role: PageRole
    /// The annotation a click on the piece goes to (the pane's entries and linked quotes).
    public var target: String?

    public init(_ text: String, _ role: PageRole, target: String? = nil) {
        self.text = text
        self.role = role
        self.target = target
    }
}

/// What a piece of a page is, for the theme to style.
public enum PageRole: Hashable, Sendable {
    case heading, keyName, text, faint, note, divider
    /// A kind's label or mark, in the kind's label style (nil: an unknown kind).
    case kindLabel(MoveKind?)
    /// Text in the kind's highlight, as the text pane draws the kind.
    case kindText(MoveKind?)
    /// The text pane's other marks, for the legend's samples: a reader's note of the kind, spans
    /// of the kind that overlap, the selection, a search match, a cue hint, the cursor.
    case readerNote(MoveKind?)
    case overlap(MoveKind?)
    case selected, searchMatch, hint, cursor
    /// A source's verdict, in the verdict's style (Docs/sources.md).
    case verdict(AnnotationSource.Verdict)
    /// Where the readers shown together agree, and where they do not (Docs/together.md).
    case agreement, disagreement
}

/// One row of a page: pieces written one after another.
public typealias PageRow = [PagePiece]

extension AppState {
    /// The page the mode shows for a screen `width` columns wide (help, the legend, an annotation
    /// read in full); empty in other modes.
    func page(width: Int) -> [PageRow] {
        switch mode {
        case .help: return helpPage(width: width)
        case .legend: return legendPage(width: width)
        case .card(let card): return cardPage(card, width: width)
        default: return []
        }
    }
}
