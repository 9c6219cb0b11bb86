/// Something the reader can be asked to do with a key while reading (and while selecting or
/// linking, whose maps are reading's with a few keys of their own).
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
    /// The next and previous passages checked against their source (`s`, `S`).
    case nextSource, previousSource
    /// Shows the source text's passage in the pane instead of the annotations, and back (`O`).
    case toggleSourceView
    /// Puts the cursor into the source text, at the words of the passage under the cursor; a
    /// selection is kept as the passage of an attribution to make there (`@`).
    case enterSource
    case jumpBack, jumpForward
    case togglePane, narrowPane, widenPane
    case legend, filter, outline, toggleHints
    /// Shows the conversion layer in place of the rhetorical one, and back (`C`, Docs/provenance.md).
    case toggleConversion
    /// Shows the reconstructed original in place of the text, and back (`~`).
    case toggleOriginal
    /// Looks up the word at the cursor, or the selection, in the dictionary (`K`, vim's keyword lookup).
    case lookUpWord
    /// The words saved from the dictionary (`W`).
    case vocabulary
    /// Underlines the saved words wherever the text has them, and back (`U`).
    case underlineVocabulary
    /// Starts (or ends) a selection at the cursor.
    case toggleSelection
    case wordForward, wordBackward, sentenceForward, sentenceBackward
    /// While selecting, `}` and `{`: to the end of this or the next (the previous) paragraph.
    case paragraphEndForward, paragraphEndBackward
    case annotate, editAnnotation, deleteAnnotation, undo, link, review
    /// Copies another reader's note at the cursor into the reader's own, with its provenance (`y`).
    case copyNote
    /// Replies to the note at the cursor, of any layer (`A`).
    case reply
    /// The next and previous sentences the readers shown together disagree on (`z`, `Z`).
    case nextDisagreement, previousDisagreement
    /// Chooses between the versions of a note changed in two places (`M`).
    case resolveConflict
    /// The annotation under the cursor in full: quote, note and linked passages, nothing cut.
    case readAnnotation
    /// Export the notes: choose a format, the file goes next to the notes file.
    case export
    case search, nextMatch, previousMatch
    case help, redraw, suspend, quit
    /// A digit of a count typed before a command (vim's `5j`, `12G`, `50%`): 1–9 start one, 0
    /// continues one (alone it does nothing).
    case countDigit
    /// Esc: drops a count being typed, the selection being made and a link being started.
    case cancel
}

/// The groups in which the help screen lists the keys.
public enum KeyGroup: Hashable, Sendable, CaseIterable {
    case moving, jumping, searching, annotations, notes, views, screen
    /// Acting on the selected row of a list, or on the note being written.
    case choosing
    /// Typing: the note editor, the search prompt, the outline's query.
    case editing
}
