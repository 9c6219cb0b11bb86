import TerminalKit

/// One entry of a key map: the keys, the command they run in that mode, the group the help
/// screen lists them under, and the help text (a string of ``UIStrings``, so in both languages).
public struct KeyBinding<Command: Hashable & Sendable>: Sendable {
    public let keys: [Key]
    public let command: Command
    public let group: KeyGroup
    /// The help text, looked up in the interface strings of the reader's language.
    public let help: KeyPath<UIStrings, String> & Sendable

    public init(_ keys: [Key], _ command: Command, _ group: KeyGroup, _ help: KeyPath<UIStrings, String> & Sendable) {
        self.keys = keys
        self.command = command
        self.group = group
        self.help = help
    }

    /// The same binding running another mode's command (the shared list keys inside a list mode).
    func map<Other>(_ transform: (Command) -> Other) -> KeyBinding<Other> {
        KeyBinding<Other>(keys, transform(command), group, help)
    }

    /// The binding without the keys in `taken` (a mode's own bindings override shared ones).
    func removing(_ taken: Set<Key>) -> KeyBinding? {
        let left = keys.filter { !taken.contains($0) }
        return left.isEmpty ? nil : KeyBinding(left, command, group, help)
    }
}

/// One item of a mode's footer line (the hint row of an overlay): the keys bound to some of the
/// mode's commands, looked up in the map, and a short label ("j/k select", "q/Esc closes").
public struct FooterItem<Command: Hashable & Sendable>: Sendable {
    /// Which of a command's keys the footer names.
    public enum Keys: Sendable {
        /// The first key of each command (`j/k` for down and up).
        case first
        /// Every key of each command, except arrows, paging keys and Ctrl keys when it has others
        /// (`q/Esc/?`, `1–9/0/Enter`).
        case all
    }

    public let commands: [Command]
    public let label: KeyPath<UIStrings, String> & Sendable
    public let keys: Keys

    public init(_ commands: [Command], _ label: KeyPath<UIStrings, String> & Sendable, keys: Keys = .all) {
        self.commands = commands
        self.label = label
        self.keys = keys
    }
}

/// The keys of one mode, as data: the same table decides what a key does in that mode, builds the
/// mode's section of the help screen and its footer line.
public struct ModeKeyMap<Command: Hashable & Sendable>: Sendable {
    /// The mode's own bindings: its section of the help screen.
    public let own: [KeyBinding<Command>]
    /// The bindings it shares with other modes (the list keys; reading's keys while selecting or
    /// linking), less the keys the mode binds itself; the help screen lists them once elsewhere.
    public let inherited: [KeyBinding<Command>]
    /// The footer line of the mode, in the reader's language: see ``footer(in:)``.
    public let footerItems: [FooterItem<Command>]
    private let commandByKey: [Key: Command]

    /// A map of `own` bindings over `shared` ones: a key the mode binds itself is taken away from
    /// the shared bindings. The first binding of a key wins.
    public init(_ own: [KeyBinding<Command>], inheriting shared: [KeyBinding<Command>] = [], footer: [FooterItem<Command>] = []) {
        let taken = Set(own.flatMap(\.keys))
        self.own = own
        self.inherited = shared.compactMap { $0.removing(taken) }
        self.footerItems = footer
        var table: [Key: Command] = [:]
        for binding in inherited + own {
            for key in binding.keys where table[key] == nil { table[key] = binding.command }
        }
        self.commandByKey = table
    }

    /// Every binding that is in force in the mode: the inherited ones, then its own.
    public var bindings: [KeyBinding<Command>] { inherited + own }

    /// The command a key runs in this mode, if the mode binds it.
    public func command(for key: Key) -> Command? { commandByKey[key] }

    /// Every key the mode binds.
    public var keys: Set<Key> { Set(commandByKey.keys) }

    /// The keys that run `command`, in the order of the bindings.
    public func keys(for command: Command) -> [Key] {
        bindings.filter { $0.command == command }.flatMap(\.keys)
    }

    /// The footer line: "j/k select · q/Esc closes" (Chinese: "j/k 選擇　q/Esc 關閉"), its keys
    /// taken from the map so that it cannot disagree with it.
    public func footer(in strings: UIStrings) -> String {
        footerItems.compactMap { item -> String? in
            let named: [Key] = item.commands.flatMap { command -> [Key] in
                let all = self.keys(for: command)
                switch item.keys {
                case .first: return Array(all.prefix(1))
                case .all:
                    let primary = all.filter { !$0.isSecondaryInFooter }
                    return primary.isEmpty ? Array(all.prefix(1)) : primary
                }
            }
            guard !named.isEmpty else { return nil }
            return Key.list(named, separator: "/") + " " + strings[keyPath: item.label]
        }.joined(separator: strings.footerSeparator)
    }
}

extension Key {
    /// Keys a footer leaves out when a command has other keys: arrows, paging keys, Ctrl keys.
    fileprivate var isSecondaryInFooter: Bool {
        switch self {
        case .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .control, .function, .delete, .backTab: return true
        default: return false
        }
    }

    /// Keys as the help screen and the footers name them, runs of three or more consecutive
    /// characters shortened to a range: `1–9/0`, `j/↓`.
    public static func list(_ keys: [Key], separator: String) -> String {
        var names: [String] = []
        var index = 0
        while index < keys.count {
            var end = index
            while end + 1 < keys.count, case .character(let a) = keys[end], case .character(let b) = keys[end + 1],
                  a.isASCII, b.value == a.value + 1 {
                end += 1
            }
            if end - index >= 2 {
                names.append(keys[index].displayName + "–" + keys[end].displayName)
            } else {
                names += keys[index...end].map(\.displayName)
            }
            index = end + 1
        }
        return names.joined(separator: separator)
    }
}
