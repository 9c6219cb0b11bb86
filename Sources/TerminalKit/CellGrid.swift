import CellWidth

/// A whole screen as data: rows of cells that views draw into and a backend shows.
///
/// The grid keeps wide characters whole: a 2-column character never lands in the last column of
/// its clip, and overwriting either half of a wide character blanks the other half.
public struct CellGrid: Hashable, Sendable {
    /// Columns and rows of the grid.
    public let size: TerminalSize
    private var cells: [Cell]

    /// A grid of blank cells.
    public init(size: TerminalSize, fill: Cell = .blank()) {
        self.size = size
        self.cells = Array(repeating: fill, count: max(0, size.columns) * max(0, size.rows))
    }

    /// The cell at column `x`, row `y`.
    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.columns + x]
    }

    /// The cells of row `y`, left to right.
    public func row(_ y: Int) -> ArraySlice<Cell> {
        cells[(y * size.columns)..<((y + 1) * size.columns)]
    }

    /// Puts one character of the given width (1 or 2; 0-width text is appended to the cell on its
    /// left) at (x, y), clipped to `clip`. Returns the column after it, or nil if it did not fit.
    @discardableResult
    public mutating func put(_ text: String, width: Int, x: Int, y: Int, style: CellStyle, clip: Rect? = nil) -> Int? {
        let bounds = clip ?? Rect(x: 0, y: 0, width: size.columns, height: size.rows)
        guard y >= max(0, bounds.y), y < min(size.rows, bounds.maxY) else { return nil }
        let right = min(size.columns, bounds.maxX)
        if width == 0 {
            // A zero-width scalar joins the character before it.
            var target = x - 1
            while target >= 0, self[target, y].isContinuation { target -= 1 }
            if target >= max(0, bounds.x) { cells[y * size.columns + target].text += text }
            return x
        }
        guard x >= max(0, bounds.x), x + width <= right else { return nil }
        clearHalves(x: x, width: width, y: y)
        cells[y * size.columns + x] = Cell(text: text, width: UInt8(width), style: style)
        if width == 2 { cells[y * size.columns + x + 1] = Cell(text: "", width: 0, style: style) }
        return x + width
    }

    /// Writes a string left to right from (x, y), measuring each scalar with ``CellWidth``;
    /// unprintable scalars (controls) and bidi controls are shown as U+FFFD, and ZWJ and the
    /// presentation selectors U+FE0E/U+FE0F are left out, as the text layout does (they make
    /// terminals draw other widths than `wcwidth` counts). Stops at the clip's right edge.
    /// Returns the column after the last character written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: CellStyle, clip: Rect? = nil) -> Int {
        var column = x
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x200D, 0xFE0E, 0xFE0F: continue
            default: break
            }
            let isBidiControl = [0x061C, 0x200E, 0x200F, 0x2028, 0x2029].contains(scalar.value)
                || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
            let width = isBidiControl ? nil : CellWidth.of(scalar)
            let shown = width == nil ? "\u{FFFD}" : String(scalar)
            guard let next = put(shown, width: width ?? 1, x: column, y: y, style: style, clip: clip) else { break }
            column = next
        }
        return column
    }

    /// Fills a rectangle with blank cells of the given style.
    public mutating func fill(_ rect: Rect, style: CellStyle = .plain) {
        for y in max(0, rect.y)..<min(size.rows, rect.maxY) {
            for x in max(0, rect.x)..<min(size.columns, rect.maxX) {
                clearHalves(x: x, width: 1, y: y)
                cells[y * size.columns + x] = .blank(style)
            }
        }
    }

    /// The text of row `y` as a terminal shows it, trailing spaces removed (for tests and snapshots).
    public func text(ofRow y: Int) -> String {
        var line = ""
        for cell in row(y) where !cell.isContinuation { line += cell.text }
        while line.last == " " { line.removeLast() }
        return line
    }

    /// Every row's text, top to bottom.
    public var lines: [String] { (0..<size.rows).map { text(ofRow: $0) } }

    /// Blanks the other half of any wide character that a write of `width` at x would cut.
    private mutating func clearHalves(x: Int, width: Int, y: Int) {
        let base = y * size.columns
        if self[x, y].isContinuation, x > 0 { cells[base + x - 1] = .blank(cells[base + x - 1].style) }
        let last = x + width - 1
        if last < size.columns, self[last, y].width == 2, last + 1 < size.columns {
            cells[base + last + 1] = .blank(cells[base + last + 1].style)
        }
    }
}
