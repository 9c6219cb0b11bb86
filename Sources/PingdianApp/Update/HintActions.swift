import PingdianCore

extension AppState {
    /// `H`: shows or hides the cue hints. Only the paragraphs drawn are suggested (see
    /// ``HintLayer``); the first time, the runtime is asked to count the whole text's hints in
    /// the background, and the status line says so until the count comes.
    mutating func toggleHints() -> [Effect] {
        showHints.toggle()
        guard showHints else { return [] }
        guard hints != nil else {
            message = strings.noHints
            return []
        }
        if let hintCount {
            if hintCount == 0 { message = strings.noHints }
            return []
        }
        guard !hintCountRequested else { return [] }
        hintCountRequested = true
        return [.countHints]
    }

    /// The runtime counted the whole text's cue hints: the status line shows the number, and an
    /// empty count is said when the hints are on and nothing else is being said.
    mutating func hintsCounted(_ count: Int) {
        hintCount = count
        if showHints, count == 0, message == nil { message = strings.noHints }
    }
}
