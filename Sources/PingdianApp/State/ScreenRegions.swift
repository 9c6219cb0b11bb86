import TerminalKit

/// Where each part of the reader goes on a screen of a given size.
public struct ScreenRegions: Hashable, Sendable {
    /// How the annotation pane is placed.
    public enum PanePlacement: Hashable, Sendable {
        case hidden
        /// Right of the text, with a vertical divider.
        case beside
        /// Under the text, with a horizontal divider (narrow terminals).
        case below
    }

    /// Smallest screen the reader draws; below it, a "terminal too small" message.
    public static let minimumSize = TerminalSize(columns: 20, rows: 6)
    /// Below this many columns the pane moves under the text.
    public static let besideThreshold = 70

    public let size: TerminalSize
    public let placement: PanePlacement
    /// The text pane, margins included.
    public let text: Rect
    /// The divider between text and pane (a column or a row); empty when the pane is hidden.
    public let divider: Rect
    /// The annotation pane; empty when hidden.
    public let pane: Rect
    /// The status line.
    public let status: Rect
    /// Columns left blank on each side of the text.
    public let textMargin: Int

    /// Whether the screen is too small to read in.
    public var isTooSmall: Bool {
        size.columns < Self.minimumSize.columns || size.rows < Self.minimumSize.rows
    }

    /// The width lines are laid out for.
    public var lineWidth: Int { max(1, text.width - 2 * textMargin) }

    /// Computes the regions for a screen size, the pane's wish (shown or not) and its width or
    /// height preference (columns beside; rows below, nil for the default: what the pane shows,
    /// `paneContentRows`, at most a third of the rows above the status line and at least 3, so
    /// that the text keeps two thirds or more).
    public init(size: TerminalSize, showPane: Bool, paneColumns: Int, paneRows: Int?, paneContentRows: Int? = nil) {
        self.size = size
        let bodyHeight = max(0, size.rows - 1)
        status = Rect(x: 0, y: bodyHeight, width: size.columns, height: 1)
        if !showPane {
            placement = .hidden
            text = Rect(x: 0, y: 0, width: size.columns, height: bodyHeight)
            divider = Rect(x: 0, y: 0, width: 0, height: 0)
            pane = divider
        } else if size.columns >= Self.besideThreshold {
            placement = .beside
            let columns = min(max(paneColumns, 20), size.columns - 41)
            let textWidth = size.columns - columns - 1
            text = Rect(x: 0, y: 0, width: textWidth, height: bodyHeight)
            divider = Rect(x: textWidth, y: 0, width: 1, height: bodyHeight)
            pane = Rect(x: textWidth + 1, y: 0, width: columns, height: bodyHeight)
        } else {
            placement = .below
            let automatic = min(bodyHeight / 3, paneContentRows ?? .max)
            let rows = min(max(paneRows ?? automatic, 3), max(0, bodyHeight - 4))
            let textHeight = max(0, bodyHeight - rows - 1)
            text = Rect(x: 0, y: 0, width: size.columns, height: textHeight)
            divider = Rect(x: 0, y: textHeight, width: size.columns, height: 1)
            pane = Rect(x: 0, y: textHeight + 1, width: size.columns, height: rows)
        }
        textMargin = text.width >= 30 ? 1 : 0
    }
}
