import TerminalKit

extension KeyMap {
    /// A word looked up (`K`): `w` `b` (or `]` `[`) look up the next or previous word, `j` `k`
    /// scroll the entries, `K` Esc `q` close.
    static let lookupMap = ModeKeyMap<LookupCommand>([
        bind([.character("w"), .character("]"), .right], .nextWord, .moving, \.keyLookupNextWord),
        bind([.character("b"), .character("["), .left], .previousWord, .moving, \.keyLookupPreviousWord),
        bind([.character("j"), .down], .down, .moving, \.keyLookupDown),
        bind([.character("k"), .up], .up, .moving, \.keyLookupUp),
        bind([.character("a")], .saveWord, .notes, \.keyLookupSaveWord),
        bind([.character("K"), .escape, .character("q")], .close, .screen, \.keyLookupClose),
        bind([.control("c")], .quit, .screen, \.keyQuit),
    ], footer: [
        FooterItem([.nextWord, .previousWord], \.footerLookupWords, keys: .first), FooterItem([.saveWord], \.footerLookupSave),
        FooterItem([.down, .up], \.footerScroll, keys: .first),
        FooterItem([.close], \.footerClose, keys: .first),
    ])
}
