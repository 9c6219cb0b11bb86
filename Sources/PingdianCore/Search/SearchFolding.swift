import CTextEngine

/// What search does not tell apart (Docs/search.md): every scalar folds to exactly one scalar,
/// except a newline, which is dropped, so that a match may cross a line break.
///
/// A scalar folds in two steps. Here: full-width forms to ASCII (`Ａ`→`A`, `，`→`,`), the
/// ideographic space to a space, a few half-width forms to their full forms (`｢`→`「`), and
/// ASCII letters to lower case. Then, for scalars at or above U+0080, in the C target (ICU):
/// simple case folding and the per-scalar `Hant-Hans` transliteration (`學`→`学`), cached.
enum SearchFolding {
    /// The scalar search drops: a newline inside the text or the query.
    static let skipped: UInt32 = 0x0A

    /// The first step of the fold of a scalar that is not a newline: width and ASCII case.
    @inline(__always)
    static func narrow(_ value: UInt32) -> UInt32 {
        if value < 0x80 { return lowerASCII(value) }
        if value < 0x3000 { return value }
        if value &- 0xFF01 < 0x5E { return lowerASCII(value &- 0xFEE0) }
        if value == 0x3000 { return 0x20 }
        if value < 0xFF5F { return value }
        return otherWidthForms(value)
    }

    /// An ASCII scalar with A–Z in lower case.
    @inline(__always)
    static func lowerASCII(_ value: UInt32) -> UInt32 {
        value &- 0x41 < 26 ? value | 0x20 : value
    }

    /// The remaining width forms of the Halfwidth and Fullwidth Forms block: ⦅⦆, ｡｢｣､ and ￠–￦.
    static func otherWidthForms(_ value: UInt32) -> UInt32 {
        switch value {
        case 0xFF5F: return 0x2985
        case 0xFF60: return 0x2986
        case 0xFF61: return 0x3002
        case 0xFF62: return 0x300C
        case 0xFF63: return 0x300D
        case 0xFF64: return 0x3001
        case 0xFFE0: return 0xA2
        case 0xFFE1: return 0xA3
        case 0xFFE2: return 0xAC
        case 0xFFE3: return 0xAF
        case 0xFFE4: return 0xA6
        case 0xFFE5: return 0xA5
        case 0xFFE6: return 0x20A9
        default: return value
        }
    }

    /// The second step, in place: case folding and Traditional→Simplified for scalars ≥ U+0080.
    static func finish(_ buffer: UnsafeMutableBufferPointer<UInt32>) {
        guard let base = buffer.baseAddress else { return }
        // ICU counts in Int32; slices keep each call far below that.
        let slice = 1 << 20
        var start = 0
        while start < buffer.count {
            let count = min(slice, buffer.count - start)
            pd_search_fold_scalars(base + start, Int32(count))
            start += count
        }
    }

    /// The folded form of a short text (a query, a quote, a note), newlines dropped.
    static func fold(_ scalars: some Sequence<Unicode.Scalar>) -> [UInt32] {
        var folded: [UInt32] = []
        folded.reserveCapacity(scalars.underestimatedCount)
        for scalar in scalars where scalar.value != skipped { folded.append(narrow(scalar.value)) }
        folded.withUnsafeMutableBufferPointer { finish($0) }
        return folded
    }
}
