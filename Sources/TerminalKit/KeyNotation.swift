/// Key names in vim's notation: `j`, `<C-d>`, `<M-b>` (Alt-b; `<M-BS>` Alt-Backspace), `<Down>`,
/// `<PageDown>`, `<Space>`, `<Esc>`, `<CR>`.
public enum KeyNotation {
    /// A problem in a key script.
    public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        public let name: String
        public var description: String { "unknown key name <\(name)> (try <C-d>, <Down>, <PageDown>, <Space>, <Esc>, <CR>, <lt>)" }
    }

    /// One step of a key script: a key, or a change of the terminal's size (`<Resize:80x24>`).
    public enum Step: Hashable, Sendable {
        case key(Key)
        case resize(TerminalSize)

        /// The terminal event of the step.
        public var event: TerminalEvent {
            switch self {
            case .key(let key): return .key(key)
            case .resize(let size): return .resize(size)
            }
        }
    }

    /// Parses a key script such as `jj<C-d>G<Resize:80x24>q`.
    public static func parse(_ script: String) throws(ParseError) -> [Step] {
        var steps: [Step] = []
        var scalars = Substring(script).unicodeScalars[...]
        while let first = scalars.first {
            scalars = scalars.dropFirst()
            guard first == "<", let close = scalars.firstIndex(of: ">") else {
                steps.append(.key(.character(first)))
                continue
            }
            let name = String(String.UnicodeScalarView(scalars[..<close]))
            guard let step = named(name) else { throw ParseError(name: name) }
            steps.append(step)
            scalars = scalars[scalars.index(after: close)...]
        }
        return steps
    }

    private static func named(_ name: String) -> Step? {
        let lower = name.lowercased()
        if lower.hasPrefix("resize:"), let size = TerminalSize(parsing: String(lower.dropFirst(7))) {
            return .resize(size)
        }
        if lower.hasPrefix("c-"), lower.count == 3, let letter = lower.last, letter.isLetter {
            return .key(.control(letter))
        }
        if lower == "m-bs" || lower == "a-bs" { return .key(.alt("\u{7F}")) }
        if lower.hasPrefix("m-") || lower.hasPrefix("a-"), name.unicodeScalars.count == 3, let scalar = name.unicodeScalars.last {
            return .key(.alt(scalar))
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) {
            return .key(.function(number))
        }
        let keys: [String: Key] = [
            "up": .up, "down": .down, "left": .left, "right": .right,
            "pageup": .pageUp, "pagedown": .pageDown, "home": .home, "end": .end,
            "cr": .enter, "enter": .enter, "return": .enter, "esc": .escape, "bs": .backspace,
            "tab": .tab, "s-tab": .backTab, "del": .delete, "space": .character(" "), "lt": .character("<"),
        ]
        return keys[lower].map { .key($0) }
    }
}
