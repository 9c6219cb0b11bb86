extension Key {
    /// How the help screen names the key: `j`, `Space`, `Ctrl-D`, `PgDn`, `↓`.
    public var displayName: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let scalar): return String(scalar)
        case .control(let letter): return "Ctrl-\(letter.uppercased())"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .delete: return "Del"
        case .function(let number): return "F\(number)"
        case .alt("\u{7F}"): return "Alt-Backspace"
        case .alt(let scalar): return "Alt-\(scalar)"
        }
    }
}
