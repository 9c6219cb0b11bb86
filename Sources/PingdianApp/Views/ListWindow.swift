/// Which rows of a list a box of a given height shows: the first row such that the selected
/// one is on screen, the list scrolling only as far as the selection needs.
enum ListWindow {
    /// The index of the first row shown of `count` rows, `height` at a time, with `selection`.
    static func first(selection: Int, count: Int, height: Int) -> Int {
        max(0, min(selection - height + 1, count - height))
    }
}
