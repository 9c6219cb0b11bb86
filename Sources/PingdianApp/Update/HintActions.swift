import PingdianCore

extension AppState {
    /// `H`: shows or hides the cue hints. Only the paragraphs drawn are suggested (see
    /// ``HintLayer``); the first time, the runtime is asked to count the whole text's hints in
    /// the background, and the status line says so until the count comes.
    mutating func toggleHints() -> [Effect] {
        guard !original.isShown else {
            // The hints are found in the text, not in its reconstructed original.
            message = strings.hintsOnTextOnly
            return []
        }
        hints.isShown.toggle()
        guard hints.isShown else { return [] }
        guard hints.layer != nil else {
            message = strings.noHints
            return []
        }
        if let count = hints.count {
            if count == 0 { message = strings.noHints }
            return []
        }
        guard !hints.countRequested else { return [] }
        hints.countRequested = true
        return [.countHints]
    }

    /// The runtime counted the whole text's cue hints: the status line shows the number, and an
    /// empty count is said when the hints are on and nothing else is being said.
    mutating func hintsCounted(_ count: Int) {
        hints.count = count
        if hints.isShown, count == 0, message == nil { message = strings.noHints }
    }
}
