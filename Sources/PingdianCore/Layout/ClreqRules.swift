/// The character classes of Chinese line breaking (W3C clreq, basic level; Docs/layout.md §2).
///
/// Every test takes the scalar as it is shown (after `--punct full`), since the rules are about
/// what the reader sees at the edge of a line.
enum ClreqRules {
    /// Whether a line must not start with `scalar`: closing brackets and quotes, pause and stop
    /// marks (`、，。．；：？！,.;:?!」』”’）》〉】〕〗］｝)]}`) and the dash and ellipsis `—…`.
    static func mayNotStartLine(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3001, 0xFF0C, 0x3002, 0xFF0E, 0xFF1B, 0xFF1A, 0xFF1F, 0xFF01,  // 、，。．；：？！
             0x2C, 0x2E, 0x3B, 0x3A, 0x3F, 0x21,  // , . ; : ? !
             0x300D, 0x300F, 0x201D, 0x2019,  // 」 』 ” ’
             0xFF09, 0x300B, 0x3009, 0x3011, 0x3015, 0x3017, 0xFF3D, 0xFF5D,  // ）》〉】〕〗］｝
             0x29, 0x5D, 0x7D,  // ) ] }
             0x2014, 0x2026:  // — …
            return true
        default:
            return false
        }
    }

    /// Whether a line must not end with `scalar`: opening brackets and quotes
    /// (`「『“‘（《〈【〔〖［｛([{`).
    static func mayNotEndLine(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x300C, 0x300E, 0x201C, 0x2018,  // 「 『 “ ‘
             0xFF08, 0x300A, 0x3008, 0x3010, 0x3014, 0x3016, 0xFF3B, 0xFF5B,  // （《〈【〔〖［｛
             0x28, 0x5B, 0x7B:  // ( [ {
            return true
        default:
            return false
        }
    }

    /// Whether `scalar` is a CJK character: Han, kana, bopomofo, CJK symbols and punctuation,
    /// CJK compatibility and vertical forms, or a full-width form.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FDF,  // radicals
             0x3000...0x303F,  // CJK symbols and punctuation
             0x3040...0x31FF,  // kana, bopomofo, strokes
             0x3200...0x4DBF,  // enclosed, compatibility, extension A
             0x4E00...0x9FFF,  // unified ideographs
             0xF900...0xFAFF,  // compatibility ideographs
             0xFE10...0xFE1F, 0xFE30...0xFE4F,  // vertical and compatibility forms
             0xFF01...0xFF60, 0xFFE0...0xFFE6,  // full-width forms
             0x20000...0x3FFFF:  // extensions B and later
            return true
        default:
            return false
        }
    }

    /// Whether `scalar` opens a quotation in the Western style (`“ ‘`).
    static func isOpeningQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x201C || scalar.value == 0x2018
    }

    /// Whether `scalar` closes a quotation in the Western style (`” ’`).
    static func isClosingQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x201D || scalar.value == 0x2019
    }

    /// Whether `scalar` is an ASCII stop or pause mark (`,.:;?!`), which the essay also uses as
    /// Chinese punctuation.
    static func isASCIIStop(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2C, 0x2E, 0x3A, 0x3B, 0x3F, 0x21: return true
        default: return false
        }
    }

    /// Whether `scalar` is a hyphen that may join a word (`-`, U+2010, U+2011).
    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x2D || scalar.value == 0x2010 || scalar.value == 0x2011
    }

    /// Whether `scalar` is a letter or digit of a non-CJK script, part of a word to keep whole.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0..<0x80: return false
        default:
            if isCJK(scalar) { return false }
            return scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
        }
    }
}
