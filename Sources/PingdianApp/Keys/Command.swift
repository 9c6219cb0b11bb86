/// Something the reader can be asked to do with a key.
public enum Command: Hashable, Sendable, CaseIterable {
    case lineDown, lineUp, characterLeft, characterRight
    case scrollDown, scrollUp
    case pageDown, pageUp, halfPageDown, halfPageUp
    case top, bottom
    case nextParagraph, previousParagraph
    /// With a count N: go to N% of the text; without: go to the other side of a contradiction.
    case percentOrOtherSide
    case nextAnnotation, previousAnnotation
    case nextContradiction, previousContradiction
    case jumpBack, jumpForward
    case togglePane, narrowPane, widenPane
    case legend, filter, outline, toggleHints
    /// Starts (or ends) a selection at the cursor.
    case toggleSelection
    case wordForward, wordBackward, sentenceForward, sentenceBackward
    /// While selecting, `}` and `{`: to the end of this or the next (the previous) paragraph.
    case paragraphEndForward, paragraphEndBackward
    case annotate, editAnnotation, deleteAnnotation, undo, link, review
    /// Export the notes: choose a format, the file goes next to the notes file.
    case export
    case search, nextMatch, previousMatch
    case help, redraw, suspend, quit
}

/// The groups in which the help screen lists the keys.
public enum KeyGroup: Hashable, Sendable, CaseIterable {
    case moving, jumping, searching, annotations, notes, views, screen
}
