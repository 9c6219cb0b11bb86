import PingdianCore
import TerminalKit

/// The reader's styles for each colour capability: colours where there are colours,
/// attributes alone on monochrome terminals and with `NO_COLOR`.
public struct Theme: Sendable {
    public let capability: ColorCapability

    public init(capability: ColorCapability) { self.capability = capability }

    private func pick(_ colored: CellStyle, monochrome: CellStyle) -> CellStyle {
        capability == .monochrome ? monochrome : colored.limited(to: capability)
    }

    public var text: CellStyle { .plain }
    public var cursor: CellStyle { CellStyle(attributes: .reverse) }
    public var statusLine: CellStyle { CellStyle(attributes: .reverse) }
    public var statusMessage: CellStyle { CellStyle(attributes: [.reverse, .bold]) }
    public var divider: CellStyle { pick(CellStyle(foreground: .palette(244)), monochrome: CellStyle(attributes: .dim)) }
    public var sectionMark: CellStyle { pick(CellStyle(foreground: .palette(244)), monochrome: CellStyle(attributes: .dim)) }
    public var placeholder: CellStyle { pick(CellStyle(foreground: .palette(167)), monochrome: CellStyle(attributes: .underline)) }
    public var heading: CellStyle { CellStyle(attributes: .bold) }
    public var faint: CellStyle { pick(CellStyle(foreground: .palette(245)), monochrome: CellStyle(attributes: .dim)) }
    public var keyName: CellStyle { pick(CellStyle(foreground: .palette(75), attributes: .bold), monochrome: CellStyle(attributes: .bold)) }
}

extension Theme {
    /// How text of a move kind is highlighted: its colour as the foreground where there are
    /// colours; its monochrome attributes where there are none.
    public func highlight(_ kind: MoveKind?) -> CellStyle {
        guard let kind else { return pick(CellStyle(attributes: .underline), monochrome: CellStyle(attributes: .underline)) }
        if capability == .monochrome { return CellStyle(attributes: kind.monochrome.attributes) }
        let color = TerminalColor.nearest(red: kind.color.red, green: kind.color.green, blue: kind.color.blue)
        return CellStyle(foreground: color).limited(to: capability)
    }

    /// The label chip of a kind in the pane: the kind's highlight, bold.
    public func kindLabel(_ kind: MoveKind?) -> CellStyle { highlight(kind).adding(.bold) }

    /// The cursor drawn over a cell of the given style: reversed, or (on an already reversed
    /// cell) bold and underlined so that it still shows.
    public func cursor(over style: CellStyle) -> CellStyle {
        var result = style
        if style.attributes.contains(.reverse) || style.attributes.contains(.standout) {
            result.attributes.remove([.reverse, .standout])
            result.attributes.formUnion([.bold, .underline])
        } else {
            result.attributes.insert(.reverse)
        }
        return result
    }
}

extension [MonochromeStyle] {
    /// The terminal attributes of a monochrome style list.
    var attributes: TextAttributes {
        var result: TextAttributes = []
        for style in self {
            switch style {
            case .bold: result.insert(.bold)
            case .dim: result.insert(.dim)
            case .italic: result.insert(.italic)
            case .underline: result.insert(.underline)
            case .reverse: result.insert(.reverse)
            case .standout: result.insert(.standout)
            }
        }
        return result
    }
}

extension Theme {
    /// A note's text in the pane.
    public var note: CellStyle { pick(CellStyle(foreground: .palette(187)), monochrome: CellStyle(attributes: .italic)) }
}

extension Theme {
    /// The selected row of a list (filter, outline).
    public var selection: CellStyle { CellStyle(attributes: .reverse) }

    /// How a cue hint is drawn over the text: visibly weaker than an annotation — a faint
    /// underline that leaves the text's colour alone (dim in monochrome).
    public var hint: CellStyle {
        pick(CellStyle(foreground: nil, attributes: [.underline, .dim]), monochrome: CellStyle(attributes: .dim))
    }
}

extension Theme {
    /// Selected text: a blue background where there are colours, reversed where there are none.
    public func selected(over style: CellStyle) -> CellStyle {
        if capability == .monochrome { return style.adding(.reverse) }
        var result = style
        result.background = capability == .palette256 ? .palette(24) : .basic(4)
        return result
    }

    /// The reader's own annotations: their kind's colour on a dark tint, in italics, so that
    /// they never look like the curated ones (italic and bold in monochrome).
    public func readerNote(over style: CellStyle) -> CellStyle {
        var result = style.adding(.italic)
        switch capability {
        case .palette256: result.background = .palette(236)
        case .basic8: result.attributes.insert(.bold)
        case .monochrome: result.attributes.insert(.bold)
        }
        return result
    }
}

extension Theme {
    /// A source's verdict in the pane: green for a faithful quote or fair paraphrase, yellow for
    /// selective, red for distorted, magenta for not in the source; in monochrome, bold for the
    /// faithful ones, reversed for the others.
    public func verdict(_ verdict: AnnotationSource.Verdict) -> CellStyle {
        let color: Int
        switch verdict {
        case .faithfulQuote: color = 34
        case .fairParaphrase: color = 71
        case .selective: color = 178
        case .distorted: color = 196
        case .notInSource: color = 170
        }
        let faithful = verdict == .faithfulQuote || verdict == .fairParaphrase
        return pick(CellStyle(foreground: .palette(UInt8(color)), attributes: .bold),
                    monochrome: CellStyle(attributes: faithful ? .bold : [.bold, .reverse]))
    }
}

extension Theme {
    /// A match of the search: black on yellow where there are colours, reversed and underlined
    /// where there are none.
    public var searchMatch: CellStyle {
        switch capability {
        case .palette256: return CellStyle(foreground: .palette(16), background: .palette(178))
        case .basic8: return CellStyle(foreground: .basic(0), background: .basic(3))
        case .monochrome: return CellStyle(attributes: [.reverse, .underline])
        }
    }
}

extension Theme {
    /// Where the readers shown together agree: green (bold in monochrome).
    public var agreement: CellStyle { pick(CellStyle(foreground: .palette(71), attributes: .bold), monochrome: CellStyle(attributes: .bold)) }
    /// Where they disagree: bold red (reversed in monochrome), in the margin and the pane.
    public var disagreement: CellStyle {
        pick(CellStyle(foreground: .palette(203), attributes: .bold), monochrome: CellStyle(attributes: [.bold, .reverse]))
    }
}
