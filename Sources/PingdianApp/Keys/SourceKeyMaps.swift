import TerminalKit

extension KeyMap {
    /// The source text with its own cursor (`@`): moving as in reading, `v` selects, Enter makes
    /// the attribution, `/` `n` `N` search the source, `s` `S` go on to the next attribution,
    /// `@` Esc `q` go back to the essay.
    static let sourceMap = ModeKeyMap<SourceCommand>([
        bind([.character("j"), .down, .control("n")], .lineDown, .moving, \.keySourceLineDown),
        bind([.character("k"), .up, .control("p")], .lineUp, .moving, \.keySourceLineUp),
        bind([.character("h"), .left], .characterLeft, .moving, \.keySourceLeft),
        bind([.character("l"), .right], .characterRight, .moving, \.keySourceRight),
        bind([.character("w")], .wordForward, .moving, \.keySourceWordForward),
        bind([.character("b")], .wordBackward, .moving, \.keySourceWordBackward),
        bind([.character(")")], .sentenceForward, .moving, \.keySourceSentenceForward),
        bind([.character("(")], .sentenceBackward, .moving, \.keySourceSentenceBackward),
        bind([.character("}")], .nextParagraph, .moving, \.keySourceNextParagraph),
        bind([.character("{")], .previousParagraph, .moving, \.keySourcePreviousParagraph),
        bind([.character(" "), .pageDown, .control("f"), .control("d")], .pageDown, .moving, \.keySourcePageDown),
        bind([.pageUp, .control("b"), .control("u")], .pageUp, .moving, \.keySourcePageUp),
        bind([.character("g"), .home], .top, .moving, \.keySourceTop),
        bind([.character("G"), .end], .bottom, .moving, \.keySourceBottom),
        bind([.character("v")], .toggleSelection, .notes, \.keySourceSelect),
        bind([.enter, .character("a")], .attribute, .notes, \.keySourceAttribute),
        bind([.character("/")], .search, .searching, \.keySourceSearch),
        bind([.character("n")], .nextMatch, .searching, \.keySourceNextMatch),
        bind([.character("N")], .previousMatch, .searching, \.keySourcePreviousMatch),
        bind([.character("s")], .nextSource, .jumping, \.keySourceNextAttribution),
        bind([.character("S")], .previousSource, .jumping, \.keySourcePreviousAttribution),
        bind([.character("@"), .character("q")], .back, .screen, \.keySourceBack),
        bind([.escape], .cancel, .screen, \.keySourceCancel),
        bind([.control("c")], .quit, .screen, \.keyQuit),
    ], footer: [
        FooterItem([.toggleSelection], \.footerSourceSelect), FooterItem([.attribute], \.footerSourceAttribute, keys: .first),
        FooterItem([.search], \.footerSourceSearch), FooterItem([.back], \.footerSourceBack, keys: .first),
    ])

    /// The search typed in the source text (`/` there): the search prompt's keys.
    static let sourceQueryMap = ModeKeyMap<SearchPromptCommand>([
        bind([.enter], .accept, .editing, \.keySearchAccept),
        bind([.backspace], .deleteBackward, .editing, \.keySearchDeleteBackward),
        bind([.escape, .control("c"), .control("g")], .cancel, .screen, \.keySourceSearchCancel),
    ], footer: [FooterItem([.accept], \.footerAcceptSearch), FooterItem([.cancel], \.footerCancel)])

    /// The verdicts, after the source's words are chosen (or `e` on an attribution of one's own).
    /// The versions of a note changed in two places (`M`): a digit or Enter keeps one.
    static let versionPickerMap: ModeKeyMap<PickerCommand> = {
        ModeKeyMap([
            bind("123456789".unicodeScalars.map { .character($0) }, .chooseNumber, .choosing, \.keyConflictNumber),
            bind([.enter], .choose, .choosing, \.keyConflictSelected),
        ], inheriting: listMap.bindings.map { $0.map(PickerCommand.list) }, footer: [
            FooterItem([.chooseNumber, .choose], \.footerKeepVersion),
            FooterItem([.list(.down), .list(.up)], \.footerMove, keys: .first), FooterItem([.list(.close)], \.footerCancel),
        ])
    }()

    static let verdictPickerMap: ModeKeyMap<PickerCommand> = {
        ModeKeyMap([
            bind("12345".unicodeScalars.map { .character($0) }, .chooseNumber, .choosing, \.keyPickVerdictNumber),
            bind([.enter], .choose, .choosing, \.keyPickVerdictSelected),
        ], inheriting: listMap.bindings.map { $0.map(PickerCommand.list) }, footer: [
            FooterItem([.chooseNumber, .choose], \.footerChoose),
            FooterItem([.list(.down), .list(.up)], \.footerMove, keys: .first), FooterItem([.list(.close)], \.footerCancel),
        ])
    }()
}
