/// One cell of a terminal screen.
///
/// A wide (2-column) character occupies its cell with `width == 2`, and the cell to its right is a
/// continuation with `width == 0` and empty text. Zero-width scalars (combining marks, variation
/// selectors) are kept in the text of the cell they belong to.
public struct Cell: Hashable, Sendable {
    /// What the cell shows: one character with any combining scalars, or "" for a continuation.
    public var text: String
    /// How many columns the text takes: 1 or 2, or 0 for the right half of a wide character.
    public var width: UInt8
    /// How the cell is drawn.
    public var style: CellStyle

    public init(text: String, width: UInt8, style: CellStyle = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// A blank cell in the given style.
    public static func blank(_ style: CellStyle = .plain) -> Cell { Cell(text: " ", width: 1, style: style) }

    /// Whether this cell is the right half of a wide character.
    public var isContinuation: Bool { width == 0 }
}
