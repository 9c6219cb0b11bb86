import TerminalKit

extension KeyMap {
    /// The keys every list and scrolled overlay shares, as in reading and in less.
    static let listMap = ModeKeyMap<ListCommand>([
        bind([.character("j"), .down], .down, .moving, \.keyListDown),
        bind([.character("k"), .up], .up, .moving, \.keyListUp),
        bind([.character(" "), .pageDown, .control("f"), .control("d")], .pageDown, .moving, \.keyListPageDown),
        bind([.character("b"), .pageUp, .control("b"), .control("u")], .pageUp, .moving, \.keyListPageUp),
        bind([.character("g"), .home], .top, .moving, \.keyListTop),
        bind([.character("G"), .end], .bottom, .moving, \.keyListBottom),
        bind("1234567890".unicodeScalars.map { .character($0) }, .countDigit, .moving, \.keyListCount),
        bind([.character("q"), .escape], .close, .screen, \.keyListClose),
        bind([.control("c")], .quit, .screen, \.keyQuit),
    ])

    /// "j/k select" and "q/Esc closes", the footer items of most lists.
    private static func listFooter<C>(_ wrap: (ListCommand) -> C, moving: KeyPath<UIStrings, String> & Sendable = \.footerSelect,
                                      closing: KeyPath<UIStrings, String> & Sendable = \.footerClose) -> (move: FooterItem<C>, close: FooterItem<C>) {
        (FooterItem([wrap(.down), wrap(.up)], moving, keys: .first), FooterItem([wrap(.close)], closing))
    }

    static let helpMap: ModeKeyMap<ListCommand> = {
        let footer = listFooter({ $0 }, moving: \.footerScroll)
        return ModeKeyMap([
            bind([.enter], .down, .moving, \.keyScrollEnter),
            bind([.character("?")], .close, .screen, \.keyCloseHelp),
        ], inheriting: listMap.bindings, footer: [footer.move, footer.close])
    }()

    static let legendMap: ModeKeyMap<ListCommand> = {
        let footer = listFooter({ $0 }, moving: \.footerScroll)
        return ModeKeyMap([
            bind([.enter], .down, .moving, \.keyScrollEnter),
            bind([.character("L")], .close, .screen, \.keyCloseLegend),
        ], inheriting: listMap.bindings, footer: [footer.move, footer.close])
    }()

    static let cardMap: ModeKeyMap<ListCommand> = {
        let footer = listFooter({ $0 }, moving: \.footerScroll)
        return ModeKeyMap([
            bind([.enter], .down, .moving, \.keyScrollEnter),
            bind([.character("i")], .close, .screen, \.keyCloseCard),
        ], inheriting: listMap.bindings, footer: [footer.move, footer.close])
    }()

    static let filterMap: ModeKeyMap<FilterCommand> = {
        let footer = listFooter(FilterCommand.list)
        return ModeKeyMap([
            bind([.character(" "), .enter, .character("x")], .toggle, .choosing, \.keyFilterToggle),
            bind([.character("a")], .showAll, .choosing, \.keyFilterShowAll),
            bind([.character("n")], .hideAll, .choosing, \.keyFilterHideAll),
            bind([.character("m")], .onlyMine, .choosing, \.keyFilterOnlyMine),
            bind([.character("f")], .list(.close), .screen, \.keyCloseFilter),
        ], inheriting: listMap.bindings.map { $0.map(FilterCommand.list) }, footer: [
            footer.move, FooterItem([.toggle], \.footerToggle), FooterItem([.showAll], \.footerShowAll),
            FooterItem([.hideAll], \.footerHideAll), FooterItem([.onlyMine], \.footerOnlyMine), footer.close,
        ])
    }()

    static let outlineMap: ModeKeyMap<OutlineCommand> = {
        let footer = listFooter(OutlineCommand.list)
        return ModeKeyMap([
            bind([.enter], .jump, .choosing, \.keyOutlineJump),
            bind([.character("/")], .narrow, .choosing, \.keyOutlineNarrow),
            bind([.escape], .clearOrClose, .screen, \.keyOutlineEscape),
            bind([.character("o")], .list(.close), .screen, \.keyCloseOutline),
        ], inheriting: listMap.bindings.map { $0.map(OutlineCommand.list) }, footer: [
            footer.move, FooterItem([.jump], \.footerJump), FooterItem([.narrow], \.footerNarrow),
            FooterItem([.list(.close), .clearOrClose], \.footerClose),
        ])
    }()

    /// The outline's query line: every other printable character is typed into the query.
    static let outlineQueryMap = ModeKeyMap<OutlineQueryCommand>([
        bind([.backspace, .delete], .deleteBackward, .editing, \.keyQueryDeleteBackward),
        bind([.enter], .finish, .editing, \.keyQueryFinish),
        bind([.escape], .clear, .editing, \.keyQueryClear),
        bind([.down], .down, .moving, \.keyQuerySelectNext),
        bind([.up], .up, .moving, \.keyQuerySelectPrevious),
        bind([.control("c")], .quit, .screen, \.keyQuit),
    ], footer: [FooterItem([.down, .up], \.footerSelect, keys: .first), FooterItem([.finish], \.footerFinish), FooterItem([.clear], \.footerClear)])

    static let reviewMap: ModeKeyMap<ReviewCommand> = {
        let footer = listFooter(ReviewCommand.list)
        return ModeKeyMap([
            bind([.enter, .character("a")], .accept, .choosing, \.keyReviewAccept),
            bind([.character("s")], .reattach, .choosing, \.keyReviewReattach),
            bind([.character("d")], .delete, .choosing, \.keyReviewDelete),
            bind([.character("A")], .acceptShifts, .choosing, \.keyReviewAcceptShifts),
            bind([.character("R")], .list(.close), .screen, \.keyCloseReview),
        ], inheriting: listMap.bindings.map { $0.map(ReviewCommand.list) }, footer: [
            footer.move, FooterItem([.accept], \.footerAccept), FooterItem([.reattach], \.footerReattach),
            FooterItem([.delete], \.footerDelete), FooterItem([.acceptShifts], \.footerAcceptShifts), footer.close,
        ])
    }()

    static let vocabularyMap: ModeKeyMap<VocabularyCommand> = {
        let footer = listFooter(VocabularyCommand.list)
        return ModeKeyMap([
            bind([.enter], .jump, .choosing, \.keyVocabularyJump),
            bind([.character("d")], .delete, .choosing, \.keyVocabularyDelete),
            bind([.character("W")], .list(.close), .screen, \.keyCloseVocabulary),
        ], inheriting: listMap.bindings.map { $0.map(VocabularyCommand.list) }, footer: [
            footer.move, FooterItem([.jump], \.footerVocabularyJump), FooterItem([.delete], \.footerDelete), footer.close,
        ])
    }()

    static let kindPickerMap: ModeKeyMap<PickerCommand> = {
        let footer = listFooter(PickerCommand.list, moving: \.footerMove, closing: \.footerCancel)
        return ModeKeyMap([
            bind("1234567890".unicodeScalars.map { .character($0) }, .chooseNumber, .choosing, \.keyPickKindNumber),
            bind([.enter], .choose, .choosing, \.keyPickKindSelected),
        ], inheriting: listMap.bindings.map { $0.map(PickerCommand.list) }, footer: [
            FooterItem([.chooseNumber, .choose], \.footerChoose), footer.move, footer.close,
        ])
    }()

    static let exportPickerMap: ModeKeyMap<PickerCommand> = {
        let footer = listFooter(PickerCommand.list, moving: \.footerMove, closing: \.footerCancel)
        return ModeKeyMap([
            bind("123456789".unicodeScalars.map { .character($0) }, .chooseNumber, .choosing, \.keyPickExportNumber),
            bind([.enter], .choose, .choosing, \.keyPickExportSelected),
            bind([.character("E")], .list(.close), .screen, \.keyCloseExport),
        ], inheriting: listMap.bindings.map { $0.map(PickerCommand.list) }, footer: [
            FooterItem([.chooseNumber, .choose], \.footerChoose), footer.move, footer.close,
        ])
    }()

    /// The note editor: every other printable character (IME input too) is typed into the note.
    static let editorMap = ModeKeyMap<EditorCommand>([
        bind([.enter], .save, .editing, \.keyEditorSave),
        bind([.control("j")], .newLine, .editing, \.keyEditorNewLine),
        bind([.tab], .tab, .editing, \.keyEditorTab),
        bind([.backspace], .deleteBackward, .editing, \.keyEditorDeleteBackward),
        bind([.delete, .control("d")], .deleteForward, .editing, \.keyEditorDeleteForward),
        bind([.left, .control("b")], .left, .editing, \.keyEditorLeft),
        bind([.right, .control("f")], .right, .editing, \.keyEditorRight),
        bind([.alt("b")], .wordLeft, .editing, \.keyEditorWordLeft),
        bind([.alt("f")], .wordRight, .editing, \.keyEditorWordRight),
        bind([.alt("\u{7F}")], .deleteWordBackward, .editing, \.keyEditorDeleteWord),
        bind([.home, .control("a")], .lineStart, .editing, \.keyEditorLineStart),
        bind([.end, .control("e")], .lineEnd, .editing, \.keyEditorLineEnd),
        bind([.up], .up, .editing, \.keyEditorUp),
        bind([.down], .down, .editing, \.keyEditorDown),
        bind([.control("g")], .externalEditor, .editing, \.keyEditorExternal),
        bind([.escape, .control("c")], .cancel, .screen, \.keyEditorCancel),
    ], footer: [
        FooterItem([.save], \.footerSave), FooterItem([.newLine], \.footerNewLine),
        FooterItem([.externalEditor], \.footerExternalEditor), FooterItem([.cancel], \.footerCancel),
    ])

    /// The search prompt: every other printable character (IME input too) is typed into the query.
    static let searchMap = ModeKeyMap<SearchPromptCommand>([
        bind([.enter], .accept, .editing, \.keySearchAccept),
        bind([.backspace], .deleteBackward, .editing, \.keySearchDeleteBackward),
        bind([.escape, .control("c"), .control("g")], .cancel, .screen, \.keySearchCancel),
    ], footer: [FooterItem([.accept], \.footerAcceptSearch), FooterItem([.cancel], \.footerGoBack)])
}
