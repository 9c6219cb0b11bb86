import PingdianCore
import TerminalKit

extension AppState {
    /// Puts the exact document of the text in place of the provisional one the reader opened
    /// with (``TextDocument/isProvisional``), once the full reading is done.
    ///
    /// For a valid UTF-8 file that did not change meanwhile the two are the same text: nothing
    /// moves on screen and the layouts are kept. Otherwise (invalid UTF-8 shifts offsets; the
    /// file changed) the layouts are dropped and the reader stays at the same offset, clamped.
    mutating func replaceDocument(with exact: TextDocument) {
        let isSameText = document.agrees(with: exact)
        document = exact
        guard !isSameText else { return }
        layoutCache.removeAll()
        layoutAnchor = nil
        selectionAnchor = nil
        keptSelection = nil
        top = RowPosition(paragraph: 0, row: 0)
        let offset = cursor
        cursor = exact.paragraphs.first?.range.lowerBound ?? 0
        restore(offset: min(offset, exact.scalarCount))
    }

    /// Whether `key` only moves through laid-out text (scrolling, paging, the ends, paragraphs,
    /// the pane, help): what the reader can do on a provisional document before the full
    /// reading is done. Other keys wait for the exact document.
    public func movesOnlyThroughLayout(_ key: Key) -> Bool {
        guard case .reading = mode, count == nil, let command = keyMap.command(for: key) else { return false }
        switch command {
        case .lineDown, .lineUp, .characterLeft, .characterRight, .scrollDown, .scrollUp,
             .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom,
             .nextParagraph, .previousParagraph, .togglePane, .narrowPane, .widenPane, .help, .redraw:
            return true
        default:
            return false
        }
    }
}
