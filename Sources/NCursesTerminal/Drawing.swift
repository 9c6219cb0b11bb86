import CNCursesW
import TerminalKit

extension NCursesTerminal {
    /// Shows `grid`: rows that differ from the grid on screen are repainted whole (overwriting
    /// half of a wide character would shift the rest of the row), then the screen is updated once.
    /// After a resize, a suspend or a change of grid size, every row is repainted.
    public func draw(_ grid: CellGrid) {
        guard !isShutDown else { return }
        let screenSize = size
        let previous = shownGrid.flatMap { $0.size == grid.size ? $0 : nil }
        if previous == nil { werase(window) }
        for y in 0..<min(grid.size.rows, screenSize.rows) {
            if let previous, previous.row(y) == grid.row(y) { continue }
            paintRow(y, of: grid, columns: min(grid.size.columns, screenSize.columns), screenSize: screenSize)
        }
        shownGrid = grid
        wnoutrefresh(window)
        doupdate()
    }

    /// Clears the terminal and paints the whole screen again from what ncurses holds (after a
    /// suspend, or when something else wrote on the terminal).
    public func redrawAll() {
        guard !isShutDown else { return }
        clearok(window, true)
        wnoutrefresh(window)
        doupdate()
    }

    /// Forgets what is on screen, so that the next ``draw(_:)`` repaints every row.
    func invalidateScreen() { shownGrid = nil }

    /// Writes every cell of row `y` into the window; a wide character's right half is skipped.
    private func paintRow(_ y: Int, of grid: CellGrid, columns: Int, screenSize: TerminalSize) {
        var x = 0
        while x < columns {
            let cell = grid[x, y]
            let fits = cell.width == 2 && x + 1 < screenSize.columns
            // A wide character that does not fit, or a stray right half, shows as a blank.
            let shown = cell.width == 1 || fits ? cell : Cell.blank(cell.style)
            // Writing the bottom-right cell stores the character but returns ERR, as ncurses
            // cannot move the cursor past it (scrolling is off): that ERR is expected and ignored.
            _ = put(shown, x: x, y: y)
            x += fits ? 2 : 1
        }
    }

    /// Writes one cell (its character with up to four combining scalars) at (x, y). The
    /// characters go through a buffer on the stack and the style's rendition is kept from the
    /// cell before: a frame writes thousands of cells.
    private func put(_ cell: Cell, x: Int, y: Int) -> Int32 {
        let (attributes, pair): (attr_t, Int32)
        if let last = lastRendition, last.style == cell.style {
            (attributes, pair) = (last.attributes, last.pair)
        } else {
            (attributes, pair) = rendition(of: cell.style)
            lastRendition = (cell.style, attributes, pair)
        }
        return withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: Int(CCHARW_MAX) + 1) { characters in
            characters.initialize(repeating: 0)
            var count = 0
            for scalar in cell.text.unicodeScalars where count < Int(CCHARW_MAX) {
                characters[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            if count == 0 { characters[0] = wchar_t(UInt8(ascii: " ")) }
            var pairNumber = pair
            var character = cchar_t()
            guard setcchar(&character, characters.baseAddress, attributes, 0, &pairNumber) == OK else { return ERR }
            return mvwadd_wch(window, Int32(y), Int32(x), &character)
        }
    }
}
