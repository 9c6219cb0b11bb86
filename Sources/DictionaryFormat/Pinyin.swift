/// Readings of numbered pinyin as CC-CEDICT writes them (`xi2 wen2`): with tone marks (xí wén)
/// and in 注音 (ㄒㄧˊ ㄨㄣˊ), syllable by syllable (Docs/dictionary.md).
public enum Pinyin {
    /// The reading with tone marks: `qiang2 hua4` → `qiáng huà`, `lu:4` → `lǜ`; what is not a
    /// syllable (a letter, a digit, a comma) stays as it is.
    public static func marked(_ numbered: String) -> String {
        numbered.split(separator: " ").map { marked(syllable: String($0)) }.joined(separator: " ")
    }

    /// The reading in 注音: `qiang2 hua4` → `ㄑㄧㄤˊ ㄏㄨㄚˋ`; what is not a syllable stays as it is.
    public static func zhuyin(_ numbered: String) -> String {
        numbered.split(separator: " ").map { zhuyin(syllable: String($0)) }.joined(separator: " ")
    }

    /// One syllable with its tone mark (on a or e; on the o of ou; else on the last vowel).
    static func marked(syllable: String) -> String {
        guard let (letters, tone) = split(syllable) else { return syllable }
        let base = letters.replacing("u:", with: "ü").replacing("U:", with: "Ü")
            .replacing("v", with: "ü")
        guard (1...4).contains(tone) else { return base }
        let characters = Array(base)
        let lower = base.lowercased()
        let target: Int?
        if let a = characters.firstIndex(where: { "aA".contains($0) }) {
            target = a
        } else if let e = characters.firstIndex(where: { "eE".contains($0) }) {
            target = e
        } else if lower.contains("ou") {
            target = characters.firstIndex { "oO".contains($0) }
        } else {
            target = characters.lastIndex { "aeiouüAEIOUÜ".contains($0) }
        }
        guard let target else { return base }
        var result = characters
        result[target] = mark(characters[target], tone)
        return String(result)
    }

    /// One syllable in 注音, its tone after it (the neutral tone's ˙ before it).
    static func zhuyin(syllable: String) -> String {
        guard let (letters, tone) = split(syllable) else { return syllable }
        var spelled = letters.lowercased().replacing("u:", with: "ü").replacing("v", with: "ü")
        if spelled == "r" { spelled = "er" }  // the erhua r5
        guard let symbols = symbols(of: spelled) else { return syllable }
        switch tone {
        case 2: return symbols + "ˊ"
        case 3: return symbols + "ˇ"
        case 4: return symbols + "ˋ"
        case 5: return "˙" + symbols
        default: return symbols
        }
    }

    /// The letters and the tone (1–5) of a numbered syllable; nil for something else.
    private static func split(_ syllable: String) -> (String, Int)? {
        guard let last = syllable.last, let tone = last.wholeNumberValue, (1...5).contains(tone), syllable.count > 1 else { return nil }
        let letters = String(syllable.dropLast())
        guard letters.allSatisfy({ $0.isLetter || $0 == ":" }) else { return nil }
        return (letters, tone)
    }

    private static func mark(_ vowel: Character, _ tone: Int) -> Character {
        let table: [Character: [Character]] = [
            "a": ["ā", "á", "ǎ", "à"], "e": ["ē", "é", "ě", "è"], "i": ["ī", "í", "ǐ", "ì"],
            "o": ["ō", "ó", "ǒ", "ò"], "u": ["ū", "ú", "ǔ", "ù"], "ü": ["ǖ", "ǘ", "ǚ", "ǜ"],
            "A": ["Ā", "Á", "Ǎ", "À"], "E": ["Ē", "É", "Ě", "È"], "I": ["Ī", "Í", "Ǐ", "Ì"],
            "O": ["Ō", "Ó", "Ǒ", "Ò"], "U": ["Ū", "Ú", "Ǔ", "Ù"], "Ü": ["Ǖ", "Ǘ", "Ǚ", "Ǜ"],
        ]
        return table[vowel]?[tone - 1] ?? vowel
    }

    /// The 注音 of a syllable's letters (no tone), or nil when they are not a syllable.
    static func symbols(of spelled: String) -> String? {
        let initials: [(String, String)] = [
            ("zh", "ㄓ"), ("ch", "ㄔ"), ("sh", "ㄕ"), ("b", "ㄅ"), ("p", "ㄆ"), ("m", "ㄇ"), ("f", "ㄈ"), ("d", "ㄉ"),
            ("t", "ㄊ"), ("n", "ㄋ"), ("l", "ㄌ"), ("g", "ㄍ"), ("k", "ㄎ"), ("h", "ㄏ"), ("j", "ㄐ"), ("q", "ㄑ"),
            ("x", "ㄒ"), ("r", "ㄖ"), ("z", "ㄗ"), ("c", "ㄘ"), ("s", "ㄙ"),
        ]
        // The syllables spelled with y and w stand for a final alone.
        let standalone: [String: String] = [
            "yi": "i", "ya": "ia", "ye": "ie", "yao": "iao", "you": "iu", "yan": "ian", "yin": "in", "yang": "iang",
            "ying": "ing", "yong": "iong", "yu": "ü", "yue": "üe", "yuan": "üan", "yun": "ün", "yo": "io",
            "wu": "u", "wa": "ua", "wo": "uo", "wai": "uai", "wei": "ui", "wan": "uan", "wen": "un", "wang": "uang", "weng": "ueng",
        ]
        var initial = ""
        var final = spelled
        if let plain = standalone[spelled] {
            final = plain
        } else if let (letters, symbol) = initials.first(where: { spelled.hasPrefix($0.0) }) {
            initial = symbol
            final = String(spelled.dropFirst(letters.count))
            // After j, q, x, u is ü.
            if "ㄐㄑㄒ".contains(symbol), final.hasPrefix("u") { final = "ü" + final.dropFirst() }
            // zhi chi shi ri zi ci si: the initial alone.
            if final == "i", "ㄓㄔㄕㄖㄗㄘㄙ".contains(symbol) { return symbol }
        }
        let finals: [String: String] = [
            "a": "ㄚ", "o": "ㄛ", "e": "ㄜ", "ê": "ㄝ", "ai": "ㄞ", "ei": "ㄟ", "ao": "ㄠ", "ou": "ㄡ", "an": "ㄢ", "en": "ㄣ",
            "ang": "ㄤ", "eng": "ㄥ", "er": "ㄦ", "ong": "ㄨㄥ",
            "i": "ㄧ", "ia": "ㄧㄚ", "io": "ㄧㄛ", "ie": "ㄧㄝ", "iao": "ㄧㄠ", "iu": "ㄧㄡ", "ian": "ㄧㄢ", "in": "ㄧㄣ",
            "iang": "ㄧㄤ", "ing": "ㄧㄥ", "iong": "ㄩㄥ",
            "u": "ㄨ", "ua": "ㄨㄚ", "uo": "ㄨㄛ", "uai": "ㄨㄞ", "ui": "ㄨㄟ", "uan": "ㄨㄢ", "un": "ㄨㄣ", "uang": "ㄨㄤ", "ueng": "ㄨㄥ",
            "ü": "ㄩ", "üe": "ㄩㄝ", "üan": "ㄩㄢ", "ün": "ㄩㄣ",
            "m": "ㄇ", "n": "ㄋ", "ng": "ㄫ",
        ]
        guard let symbols = finals[final] else { return final.isEmpty && !initial.isEmpty ? initial : nil }
        return initial + symbols
    }
}
