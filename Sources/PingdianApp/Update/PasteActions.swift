import PingdianCore

extension AppState {
    /// Text pasted in one piece (bracketed paste): into the note editor whole, line breaks kept;
    /// into the one-line prompts (search, the source's search, the outline's query) with line breaks as spaces; while
    /// reading or in a list, nothing — and the status line says so. A paste never runs keys.
    mutating func paste(_ text: String) {
        message = nil
        switch mode {
        case .editNote(var editor):
            for scalar in text.unicodeScalars {
                if scalar == "\n" { editor.insertLineBreak() } else if scalar.value >= 0x20 || scalar == "\t" { editor.insert(scalar) }
            }
            editor.isAskingToDiscard = false
            mode = .editNote(editor)
        case .searching(var prompt):
            prompt.query.unicodeScalars.append(contentsOf: Self.oneLine(text))
            mode = .searching(prompt)
            previewSearch(prompt)
        case .source(var focus) where focus.query != nil:
            focus.query?.unicodeScalars.append(contentsOf: Self.oneLine(text))
            mode = .source(focus)
        case .outline(var outline) where outline.isEditingQuery:
            outline.query.unicodeScalars.append(contentsOf: Self.oneLine(text))
            outline.selection = 0
            outline.scroll = 0
            mode = .outline(outline)
        default:
            message = strings.pasteIgnored
        }
    }

    /// Pasted text for a one-line prompt: line breaks and tabs become spaces, other controls go.
    private static func oneLine(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.compactMap { scalar in
            scalar == "\n" || scalar == "\t" ? " " : scalar.value < 0x20 || scalar.value == 0x7F ? nil : scalar
        }
    }
}
