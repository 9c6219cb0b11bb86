/// What a ``CueRule`` looks for in a sentence.
public enum CuePattern: Hashable, Sendable {
    /// A marker anywhere in the sentence (顯然, 相信我…).
    case marker(CueMarker)
    /// A marker followed later in the same sentence by a second one (儘管 … 但, 難道 … 嗎); a
    /// first marker whose partner is in another sentence does not fire.
    case pair(CueMarker, CueMarker)
    /// A sentence that ends in a question mark (？ or ?, closing quotes and brackets allowed after it).
    case question
    /// A quotation in “…” or 「…」 inside one sentence, of this many scalars between the marks.
    case quotation(ClosedRange<Int>)
    /// A figure written in digits followed (after optional spaces) by one of these units
    /// (2024年, 15%); digits that are part of a name (H100, GPT-4, o1) do not count.
    case figure(units: [String])
}
