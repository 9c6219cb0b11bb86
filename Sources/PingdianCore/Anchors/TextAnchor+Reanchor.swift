extension TextAnchor {
    /// The anchor moved to `range` of `document`: exact text, offsets and ``defaultContext``
    /// scalars of prefix and suffix all read from the document, so that saving it records the
    /// new place (the same as ``make(range:in:context:)``).
    public func reanchored(to range: Range<Int>, in document: TextDocument) -> TextAnchor {
        .make(range: range, in: document)
    }

    /// The anchor to save after resolving it as `match` in `document`: re-made at the new place
    /// when the match ``AnchorMatch/isReanchored``; unchanged when it is exact or an orphan
    /// (orphans are never rewritten).
    public func reanchored(for match: AnchorMatch, in document: TextDocument) -> TextAnchor {
        guard match.isReanchored, let range = match.range else { return self }
        return reanchored(to: range, in: document)
    }
}
