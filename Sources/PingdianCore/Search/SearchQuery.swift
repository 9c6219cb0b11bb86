import Synchronization

/// What to search for: the text as typed, its folded form, and the folded forms of its
/// regional variants (Docs/search.md).
public struct SearchQuery: Hashable, Sendable {
    /// The query as typed.
    public let text: String
    /// The folded scalars, never empty.
    let folded: [UInt32]
    /// Every form the search looks for, folded and distinct: the query, then the query as OpenCC
    /// writes it with Taiwan phrases and with mainland phrases (`芯片` also finds `晶片`, `軟體`
    /// also `软件`), when OpenCC is here and they differ after folding; a form that holds
    /// another is left to it.
    let alternatives: [[UInt32]]

    /// A query for `text`; nil when nothing is left after folding (empty, or only newlines).
    public init?(_ text: String) {
        let folded = SearchFolding.fold(text.unicodeScalars)
        guard !folded.isEmpty else { return nil }
        self.text = text
        self.folded = folded
        var alternatives = [folded]
        for variant in Self.regionalVariants(of: text) {
            let form = SearchFolding.fold(variant.unicodeScalars)
            if !form.isEmpty && !alternatives.contains(form) { alternatives.append(form) }
        }
        // A form that holds another is found through it (every 演算法 holds 算法): searching for
        // both would find one place twice.
        self.alternatives = alternatives.filter { form in
            !alternatives.contains { other in other != form && Self.contains(form, other) }
        }
    }

    /// Whether `other` occurs in `form`.
    private static func contains(_ form: [UInt32], _ other: [UInt32]) -> Bool {
        guard other.count < form.count else { return false }
        return (0...(form.count - other.count)).contains { form[$0..<($0 + other.count)].elementsEqual(other) }
    }

    /// The longest alternative, in folded scalars: how far a match can reach past a stretch.
    var longest: Int { alternatives.map(\.count).max() ?? folded.count }

    /// The query with Taiwan phrases (from its Simplified form, so that 軟件 becomes 軟體 too)
    /// and with mainland phrases. Only queries with a Chinese character are converted. The last
    /// query's variants are kept: the reader asks for the same query's matches every frame.
    static func regionalVariants(of text: String) -> [String] {
        guard text.unicodeScalars.contains(where: { (0x3400...0x9FFF).contains($0.value) || (0x20000...0x3FFFF).contains($0.value) })
        else { return [] }
        if let known = lastVariants.withLock({ $0?.text == text ? $0?.variants : nil }) { return known }
        let simplified = PhraseConversion.convert(text, .t2s) ?? text
        let variants = [PhraseConversion.convert(simplified, .s2twp), PhraseConversion.convert(text, .tw2sp)].compactMap { $0 }
        lastVariants.withLock { $0 = (text, variants) }
        return variants
    }

    private static let lastVariants = Mutex<(text: String, variants: [String])?>(nil)
}
