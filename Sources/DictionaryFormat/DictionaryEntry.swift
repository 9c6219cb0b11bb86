/// One entry of a CC-CEDICT-style dictionary: the headword in Traditional and Simplified
/// characters, its reading in numbered pinyin, its glosses (Docs/dictionary.md).
public struct DictionaryEntry: Hashable, Sendable {
    /// The headword in Traditional characters (出口管制).
    public let traditional: String
    /// The headword in Simplified characters (出口管制).
    public let simplified: String
    /// The reading, numbered pinyin as CC-CEDICT writes it: `chu1 kou3 guan3 zhi4`.
    public let pinyin: String
    /// The glosses, in order (`official call to arms`).
    public let glosses: [String]

    public init(traditional: String, simplified: String, pinyin: String, glosses: [String]) {
        self.traditional = traditional
        self.simplified = simplified
        self.pinyin = pinyin
        self.glosses = glosses
    }

    /// Reads a line of a CC-CEDICT file: `檄文 檄文 [xi2 wen2] /official call to arms/official denunciation/`;
    /// nil for a comment, an empty line or one that is not an entry.
    public init?(cedictLine line: Substring) {
        guard let first = line.first, first != "#", first != "\r" else { return nil }
        guard let space = line.firstIndex(of: " ") else { return nil }
        let traditional = line[..<space]
        let rest = line[line.index(after: space)...]
        guard let secondSpace = rest.firstIndex(of: " "),
              let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") else { return nil }
        let simplified = rest[..<secondSpace]
        let pinyin = rest[rest.index(after: open)..<close]
        let afterReading = rest[rest.index(after: close)...]
        guard let slash = afterReading.firstIndex(of: "/") else { return nil }
        let glosses = afterReading[afterReading.index(after: slash)...]
            .split(separator: "/", omittingEmptySubsequences: true)
            .map { String($0) }
            .filter { !$0.allSatisfy { $0 == " " || $0 == "\r" || $0 == "\n" } }
        guard !traditional.isEmpty, !simplified.isEmpty, !glosses.isEmpty else { return nil }
        self.init(traditional: String(traditional), simplified: String(simplified), pinyin: String(pinyin), glosses: glosses)
    }
}
