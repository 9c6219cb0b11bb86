extension CueSuggester {
    /// How many suggestions ``suggest(in:rules:)`` would give for `document`, worked out a
    /// thousand paragraphs at a time so that the suggestions of a large text are never all held
    /// at once; nil when `isCancelled` says so between two such steps. For a background pass.
    public static func count(in document: TextDocument, rules: [CueRule] = CueRules.standard,
                             isCancelled: () -> Bool = { false }) -> Int? {
        let step = 1_000
        var total = 0
        var start = 0
        while start < document.paragraphs.count {
            if isCancelled() { return nil }
            let end = min(document.paragraphs.count, start + step)
            total += suggest(in: document, paragraphs: start..<end, rules: rules).count
            start = end
        }
        return total
    }
}
