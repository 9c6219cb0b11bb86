import TerminalKit

extension KeyMap {
    /// Reading: vim and less conventions.
    static let readingMap = ModeKeyMap<Command>([
        bind([.character("j"), .down, .enter, .control("j"), .control("n")], .lineDown, .moving, \.keyLineDown),
        bind([.character("k"), .up, .control("p")], .lineUp, .moving, \.keyLineUp),
        bind([.character("h"), .left], .characterLeft, .moving, \.keyCharacterLeft),
        bind([.character("l"), .right], .characterRight, .moving, \.keyCharacterRight),
        bind([.control("e")], .scrollDown, .moving, \.keyScrollDown),
        bind([.control("y")], .scrollUp, .moving, \.keyScrollUp),
        bind([.character(" "), .pageDown, .control("f")], .pageDown, .moving, \.keyPageDown),
        bind([.character("b"), .pageUp, .control("b")], .pageUp, .moving, \.keyPageUp),
        bind([.control("d")], .halfPageDown, .moving, \.keyHalfPageDown),
        bind([.control("u")], .halfPageUp, .moving, \.keyHalfPageUp),
        bind([.character("}")], .nextParagraph, .moving, \.keyNextParagraph),
        bind([.character("{")], .previousParagraph, .moving, \.keyPreviousParagraph),
        bind("1234567890".unicodeScalars.map { .character($0) }, .countDigit, .moving, \.keyCountDigit),
        bind([.character("g"), .home], .top, .jumping, \.keyTop),
        bind([.character("G"), .end], .bottom, .jumping, \.keyBottom),
        bind([.character("%")], .percentOrOtherSide, .jumping, \.keyPercentOrOtherSide),
        bind([.control("o")], .jumpBack, .jumping, \.keyJumpBack),
        bind([.tab], .jumpForward, .jumping, \.keyJumpForward),
        bind([.character("/")], .search, .searching, \.keySearch),
        bind([.character("n")], .nextMatch, .searching, \.keyNextMatch),
        bind([.character("N")], .previousMatch, .searching, \.keyPreviousMatch),
        bind([.character("]")], .nextAnnotation, .annotations, \.keyNextAnnotation),
        bind([.character("[")], .previousAnnotation, .annotations, \.keyPreviousAnnotation),
        bind([.character("x")], .nextContradiction, .annotations, \.keyNextContradiction),
        bind([.character("X")], .previousContradiction, .annotations, \.keyPreviousContradiction),
        bind([.character("z")], .nextDisagreement, .annotations, \.keyNextDisagreement),
        bind([.character("Z")], .previousDisagreement, .annotations, \.keyPreviousDisagreement),
        bind([.character("s")], .nextSource, .annotations, \.keyNextSource),
        bind([.character("S")], .previousSource, .annotations, \.keyPreviousSource),
        bind([.character("O")], .toggleSourceView, .views, \.keyToggleSourceView),
        bind([.character("@")], .enterSource, .annotations, \.keyEnterSource),
        bind([.character("v")], .toggleSelection, .notes, \.keyToggleSelection),
        bind([.character("w")], .wordForward, .notes, \.keyWordForward),
        bind([.character(")")], .sentenceForward, .notes, \.keySentenceForward),
        bind([.character("(")], .sentenceBackward, .notes, \.keySentenceBackward),
        bind([.character("a")], .annotate, .notes, \.keyAnnotate),
        bind([.character("i")], .readAnnotation, .annotations, \.keyReadAnnotation),
        bind([.character("e")], .editAnnotation, .notes, \.keyEditAnnotation),
        bind([.character("d")], .deleteAnnotation, .notes, \.keyDeleteAnnotation),
        bind([.character("u")], .undo, .notes, \.keyUndo),
        bind([.character("r")], .link, .notes, \.keyLink),
        bind([.character("A")], .reply, .notes, \.keyReply),
        bind([.character("y")], .copyNote, .notes, \.keyCopyNote),
        bind([.character("M")], .resolveConflict, .notes, \.keyResolveConflict),
        bind([.character("R")], .review, .notes, \.keyReview),
        bind([.character("E")], .export, .views, \.keyExport),
        bind([.character("o")], .outline, .views, \.keyOutline),
        bind([.character("L")], .legend, .views, \.keyLegend),
        bind([.character("f")], .filter, .views, \.keyFilter),
        bind([.character("H")], .toggleHints, .views, \.keyToggleHints),
        bind([.character("C")], .toggleConversion, .views, \.keyToggleConversion),
        bind([.character("~")], .toggleOriginal, .views, \.keyToggleOriginal),
        bind([.character("K")], .lookUpWord, .views, \.keyLookUpWord),
        bind([.character("W")], .vocabulary, .views, \.keyVocabulary),
        bind([.character("U")], .underlineVocabulary, .views, \.keyUnderlineVocabulary),
        bind([.character("t")], .togglePane, .screen, \.keyTogglePane),
        bind([.character("<")], .narrowPane, .screen, \.keyNarrowPane),
        bind([.character(">")], .widenPane, .screen, \.keyWidenPane),
        bind([.character("?"), .function(1)], .help, .screen, \.keyHelp),
        bind([.escape], .cancel, .screen, \.keyCancelCount),
        bind([.control("l")], .redraw, .screen, \.keyRedraw),
        bind([.control("z")], .suspend, .screen, \.keySuspend),
        bind([.character("q"), .control("c")], .quit, .screen, \.keyQuit),
    ])

    /// While selecting, `b` goes back by word instead of by page, `}` `{` extend by whole
    /// paragraphs and Esc cancels the selection; every other key is reading's.
    static let selectionMap = ModeKeyMap<Command>([
        bind([.character("b")], .wordBackward, .notes, \.keySelectWordBackward),
        bind([.character("}")], .paragraphEndForward, .notes, \.keySelectParagraphForward),
        bind([.character("{")], .paragraphEndBackward, .notes, \.keySelectParagraphBackward),
        bind([.escape], .cancel, .notes, \.keyCancelSelection),
    ], inheriting: readingMap.bindings)

    /// While a link is started (`r` once): `r` on another annotation links, Esc cancels; every
    /// other key is reading's.
    static let linkingMap = ModeKeyMap<Command>([
        bind([.character("r")], .link, .notes, \.keyFinishLink),
        bind([.escape], .cancel, .notes, \.keyCancelLink),
    ], inheriting: readingMap.bindings)

    static func bind<C>(_ keys: [Key], _ command: C, _ group: KeyGroup, _ help: KeyPath<UIStrings, String> & Sendable) -> KeyBinding<C> {
        KeyBinding(keys, command, group, help)
    }
}
