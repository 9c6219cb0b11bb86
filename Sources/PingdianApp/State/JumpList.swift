/// The places a reader jumped from, for Ctrl-O (back) and Tab (forward), as in vim.
public struct JumpList: Hashable, Sendable {
    private(set) var entries: [Int] = []
    /// Where Ctrl-O goes next: entries[index - 1]; equal to entries.count when at the newest.
    private(set) var index = 0
    static let capacity = 100

    public init() {}

    /// Records that a jump starts at `offset`, dropping any forward history.
    public mutating func record(_ offset: Int) {
        entries.removeSubrange(index...)
        if entries.last != offset { entries.append(offset) }
        if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
        index = entries.count
    }

    /// Goes back from `current`; returns where to go, or nil when there is nothing older.
    public mutating func back(from current: Int) -> Int? {
        guard index > 0 else { return nil }
        if index == entries.count {
            entries.append(current)
        } else {
            entries[index] = current
        }
        index -= 1
        return entries[index]
    }

    /// Goes forward again after `back`; nil when at the newest place.
    public mutating func forward() -> Int? {
        guard index + 1 < entries.count else { return nil }
        index += 1
        return entries[index]
    }
}
