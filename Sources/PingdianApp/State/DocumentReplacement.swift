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
        layOutAgain(in: exact)
    }

    /// Puts the provisional document of the whole text, its lines counted to the end
    /// (``TextDocument/counted()``), in place of the one of its first lines the reader opened
    /// with. The first lines are the same: nothing moves and the layouts are kept (unless the file
    /// changed meanwhile). A count that comes after the exact document is dropped.
    mutating func takeCount(_ counted: TextDocument) {
        guard !document.isCounted else { return }
        let continues = counted.continues(document)
        document = counted
        if !continues { layOutAgain(in: counted) }
    }

    /// Drops the layouts of a document that was replaced by another text, and stays at the same
    /// offset, clamped.
    private mutating func layOutAgain(in exact: TextDocument) {
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

    /// Whether `key` can be handled before the text's lines are all counted
    /// (``TextDocument/isCounted``): a key that only moves through laid-out text
    /// (``movesOnlyThroughLayout(_:)``) and cannot reach the last line counted so far. `G`
    /// and a key near that line wait for the count, which takes milliseconds.
    public func goesAheadOfCount(_ key: Key) -> Bool {
        guard movesOnlyThroughLayout(key) else { return false }
        guard !document.isCounted else { return true }
        if keyMap.command(for: key) == .bottom { return false }
        // A key moves the view by a screen at most, and every paragraph is a row at least: the
        // paragraph at the bottom after it is within two screens of the top one now.
        return top.paragraph + 2 * size.rows + 2 < document.paragraphs.count
    }
}
