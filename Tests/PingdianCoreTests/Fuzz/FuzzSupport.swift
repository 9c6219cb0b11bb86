import Foundation
import PropertyBased

/// What the property tests share: how many cases to run, the hostile scalars they draw from, and a
/// log of the input under test so that a crash (which no test framework survives) can be replayed.
///
/// `swift test` runs each property a bounded number of times; `Tests/fuzz.sh` sets
/// `PINGDIAN_FUZZ_CASES` for longer budgets and `PINGDIAN_FUZZ_LOG` to a file that always holds
/// the last input started, so the input of a trap is on disk when the process dies.
enum Fuzz {
    /// Cases for one property: `PINGDIAN_FUZZ_CASES` when set (fuzz.sh), else `standard`.
    static func cases(_ standard: Int) -> Int {
        guard let text = ProcessInfo.processInfo.environment["PINGDIAN_FUZZ_CASES"], let count = Int(text), count > 0 else {
            return standard
        }
        return count
    }

    private static let logPath = ProcessInfo.processInfo.environment["PINGDIAN_FUZZ_LOG"]

    /// Writes the input about to be tested to `PINGDIAN_FUZZ_LOG` (nothing when it is not set).
    static func note(_ property: String, _ input: @autoclosure () -> String) {
        guard let logPath else { return }
        let text = "\(property)\n\(input())\n"
        _ = FileManager.default.createFile(atPath: logPath, contents: Data(text.utf8))
    }

    /// A scalar for `value`, or U+FFFD where `value` is a surrogate (which no scalar is).
    static func scalar(_ value: UInt32) -> Unicode.Scalar {
        Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// The kinds of scalar hostile texts are made of, each a list or a range to draw from.
    static let scalarClasses: [[ClosedRange<UInt32>]] = [
        [0x4E00...0x9FFF],                                   // CJK ideographs
        [0x61...0x7A, 0x41...0x5A, 0x30...0x39, 0x20...0x20], // Latin letters, digits, space
        [0x00...0x1F, 0x7F...0x9F],                          // C0 controls, DEL, C1 controls
        [0x1B...0x1B, 0x07...0x07, 0x08...0x08, 0x09...0x09, 0x0A...0x0A, 0x0D...0x0D], // ESC BEL BS TAB LF CR
        [0x0300...0x036F, 0x20D0...0x20FF, 0x3099...0x309A], // combining marks
        [0xFE00...0xFE0F, 0xE0100...0xE01EF],                // variation selectors
        [0x200D...0x200D, 0x200B...0x200C, 0x2060...0x2060, 0xFEFF...0xFEFF], // ZWJ, ZWSP, WJ, BOM
        [0x1F300...0x1FAFF, 0x2600...0x27BF, 0x1F1E6...0x1F1FF], // emoji, regional indicators
        [0x20000...0x2A6DF, 0x30000...0x3134F],              // astral CJK (Extensions B, G)
        [0x202A...0x202E, 0x2066...0x2069, 0x200E...0x200F, 0x061C...0x061C], // bidi controls
        [0x3000...0x303F, 0xFF01...0xFF5E, 0x2014...0x2026, 0x201C...0x201D], // CJK and full-width punctuation
        [0x2028...0x2029, 0x85...0x85, 0xE000...0xE0FF, 0xFFF9...0xFFFD], // separators, private use, specials
        [0x0600...0x06FF, 0x0590...0x05FF],                  // Arabic, Hebrew (right-to-left)
        [0x00A0...0x00FF, 0x1100...0x11FF, 0xAC00...0xD7A3], // Latin-1, Hangul jamo and syllables
        [0x0000...0x10FFFF],                                 // anything
    ]

    /// A scalar of class `kind` (an index into ``scalarClasses``) picked by `pick`.
    static func scalar(kind: Int, pick: UInt32) -> Unicode.Scalar {
        let ranges = scalarClasses[kind % scalarClasses.count]
        let range = ranges[Int(pick) % ranges.count]
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return scalar(range.lowerBound + UInt32(UInt64(pick / UInt32(ranges.count)) % width))
    }

    /// Hostile scalars: controls, combining marks, ZWJ emoji parts, variation selectors, astral
    /// CJK, tabs, bidi controls and ordinary Chinese, each class about as likely as the others.
    /// Shrinks towards CJK ideographs.
    static let hostileScalar = zip(Gen.int(in: 0...(scalarClasses.count - 1)), Gen.uint32(in: 0...UInt32.max))
        .map { kind, pick in scalar(kind: kind, pick: pick) }.eraseToAny()

    /// Whole ZWJ emoji sequences and other clusters that only work together.
    static let clusters: [String] = [
        "👩\u{200D}👩\u{200D}👧\u{200D}👦", "🏳️\u{200D}🌈", "👍🏽", "🇹🇼", "❤\u{FE0F}", "☺\u{FE0E}", "葛\u{E0100}",
        "e\u{0301}\u{0302}", "\u{0301}", "\u{1100}\u{1161}\u{11A8}", "\u{202E}abc\u{202C}", "\t\t", "\r\n", "\u{1B}]2;pwned\u{07}",
        "\u{1B}[31m", "\u{1B}P1$r\u{1B}\\", "\u{9B}31m", "𠀀𪚥", "——", "……", "「」", "DeepSeek-V3", "\u{FFFD}",
    ]

    /// A hostile text: hostile scalars and whole clusters, `length` pieces long.
    static func hostileText(_ length: ClosedRange<Int>) -> Generator<String, AnySequence<Any>> {
        zip(Gen.bool(0.15), hostileScalar, Gen.int(in: 0...(clusters.count - 1))).map { useCluster, scalar, cluster in
            useCluster ? clusters[cluster] : String(Character(scalar))
        }.array(of: length).map { $0.joined() }.eraseToAny()
    }

    /// Random bytes, biased towards UTF-8 lead and continuation bytes, CR, LF and the BOM's (a NUL
    /// comes about once in 500 bytes).
    static func bytes(_ length: ClosedRange<Int>) -> Generator<[UInt8], AnySequence<Any>> {
        zip(Gen.int(in: 0...7), Gen.uint8(in: 0...255)).map { bias, byte -> UInt8 in
            switch bias {
            case 0: return 0x80 | (byte & 0x3F)           // continuation
            case 1: return 0xC0 | (byte & 0x3F)           // lead of 2 (C0, C1 invalid)
            case 2: return 0xE0 | (byte & 0x0F)           // lead of 3
            case 3: return 0xF0 | (byte & 0x0F)           // lead of 4 (F5–FF invalid)
            case 4: return [0x0D, 0x0A, 0xEF, 0xBB, 0xBF, 0x20][Int(byte) % 6]
            default: return byte
            }
        }.array(of: length).eraseToAny()
    }
}
