import PingdianCore

extension TextDocument {
    /// The anchor of the first place the text has exactly these scalars; nil when it has none.
    /// For tests and benchmarks that place notes by their words.
    public func anchor(ofFirst quote: String) -> TextAnchor? {
        let wanted = Array(quote.unicodeScalars)
        guard !wanted.isEmpty, wanted.count <= scalarCount else { return nil }
        let all = scalars
        guard let start = (0...(scalarCount - wanted.count)).first(where: { all[$0] == wanted[0] && Array(all[$0..<$0 + wanted.count]) == wanted }) else {
            return nil
        }
        return TextAnchor.make(range: start..<start + wanted.count, in: self)
    }
}
