/// A dictionary's entries in a compact form that is looked up where it lies: no parsing, no
/// table built at start (Docs/dictionary.md, "The index").
///
/// Layout, little-endian 32-bit integers: the magic `PDIX`, the version (1), the entry count N,
/// N + 1 offsets of the entries in the text block, N entry numbers sorted by Traditional
/// headword, N sorted by Simplified headword, then the text block — each entry one line,
/// `traditional TAB simplified TAB pinyin TAB gloss/gloss…` — so that a lookup is two binary
/// searches comparing UTF-8 bytes in place.
public struct DictionaryIndex: Sendable {
    static let magic: [UInt8] = Array("PDIX".utf8)
    static let version: UInt32 = 1

    private let bytes: [UInt8]
    /// How many entries the dictionary has.
    public let count: Int
    private let offsetsStart: Int
    private let traditionalStart: Int
    private let simplifiedStart: Int
    private let textStart: Int

    /// Reads an index made by ``build(_:)``; nil when the bytes are not one (or are cut short).
    public init?(bytes: [UInt8]) {
        guard bytes.count >= 12, Array(bytes[0..<4]) == Self.magic, Self.integer(bytes, at: 4) == Self.version else { return nil }
        let count = Int(Self.integer(bytes, at: 8))
        offsetsStart = 12
        traditionalStart = offsetsStart + 4 * (count + 1)
        simplifiedStart = traditionalStart + 4 * count
        textStart = simplifiedStart + 4 * count
        guard bytes.count >= textStart, Int(Self.integer(bytes, at: offsetsStart + 4 * count)) + textStart == bytes.count else { return nil }
        self.bytes = bytes
        self.count = count
    }

    /// The index of `entries`, in their order; a headword's entries keep that order.
    public static func build(_ entries: [DictionaryEntry]) -> [UInt8] {
        var text: [UInt8] = []
        var offsets: [UInt32] = []
        var traditional: [[UInt8]] = []
        var simplified: [[UInt8]] = []
        for entry in entries {
            offsets.append(UInt32(text.count))
            let line = [entry.traditional, entry.simplified, entry.pinyin, entry.glosses.joined(separator: "/")].joined(separator: "\t")
            text += Array(line.utf8)
            text.append(0x0A)
            traditional.append(Array(entry.traditional.utf8))
            simplified.append(Array(entry.simplified.utf8))
        }
        offsets.append(UInt32(text.count))
        // Stable: entries of one headword stay in file order.
        let byTraditional = entries.indices.sorted { a, b in
            traditional[a].lexicographicallyPrecedes(traditional[b]) || (traditional[a] == traditional[b] && a < b)
        }
        let bySimplified = entries.indices.sorted { a, b in
            simplified[a].lexicographicallyPrecedes(simplified[b]) || (simplified[a] == simplified[b] && a < b)
        }
        var bytes = magic
        for value in [version, UInt32(entries.count)] + offsets + byTraditional.map(UInt32.init) + bySimplified.map(UInt32.init) {
            withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
        }
        return bytes + text
    }

    /// The entries whose Traditional or Simplified headword is `word`: Traditional matches
    /// first, each entry once, in file order within each.
    public func entries(headword word: String) -> [DictionaryEntry] {
        let key = Array(word.utf8)
        var numbers = matches(key, field: 0, orderStart: traditionalStart)
        for number in matches(key, field: 1, orderStart: simplifiedStart) where !numbers.contains(number) { numbers.append(number) }
        return numbers.map(entry)
    }

    /// Whether some headword (either script) is `word`.
    public func hasHeadword(_ word: String) -> Bool {
        hasHeadword(utf8: Array(word.utf8)[...])
    }

    /// Whether some headword (either script) is the word these UTF-8 bytes spell.
    public func hasHeadword(utf8 key: ArraySlice<UInt8>) -> Bool {
        firstMatch(key, field: 0, orderStart: traditionalStart) != nil || firstMatch(key, field: 1, orderStart: simplifiedStart) != nil
    }

    /// Entry number `number`.
    func entry(_ number: Int) -> DictionaryEntry {
        let start = textStart + Int(Self.integer(bytes, at: offsetsStart + 4 * number))
        let end = textStart + Int(Self.integer(bytes, at: offsetsStart + 4 * (number + 1))) - 1
        let fields = bytes[start..<end].split(separator: 0x09, maxSplits: 3, omittingEmptySubsequences: false)
        func text(_ index: Int) -> String { fields.indices.contains(index) ? String(decoding: fields[index], as: UTF8.self) : "" }
        return DictionaryEntry(traditional: text(0), simplified: text(1), pinyin: text(2),
                               glosses: text(3).split(separator: "/").map(String.init))
    }

    /// The entry numbers whose field `field` (0 Traditional, 1 Simplified) is `key`, in file order.
    private func matches(_ key: [UInt8], field: Int, orderStart: Int) -> [Int] {
        guard var position = firstMatch(key[...], field: field, orderStart: orderStart) else { return [] }
        var numbers: [Int] = []
        while position < count {
            let number = Int(Self.integer(bytes, at: orderStart + 4 * position))
            guard compare(key[...], toField: field, of: number) == 0 else { break }
            numbers.append(number)
            position += 1
        }
        return numbers
    }

    /// The first position in the order at `orderStart` whose key is `key`.
    private func firstMatch(_ key: ArraySlice<UInt8>, field: Int, orderStart: Int) -> Int? {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            let number = Int(Self.integer(bytes, at: orderStart + 4 * middle))
            if compare(key, toField: field, of: number) > 0 { low = middle + 1 } else { high = middle }
        }
        guard low < count, compare(key, toField: field, of: Int(Self.integer(bytes, at: orderStart + 4 * low))) == 0 else { return nil }
        return low
    }

    /// -1, 0 or 1 as `key` sorts before, with or after field `field` of entry `number`.
    private func compare(_ key: ArraySlice<UInt8>, toField field: Int, of number: Int) -> Int {
        var position = textStart + Int(Self.integer(bytes, at: offsetsStart + 4 * number))
        for _ in 0..<field {
            while bytes[position] != 0x09 { position += 1 }
            position += 1
        }
        for byte in key {
            let other = bytes[position]
            // The field ends at a tab: the key is longer, so it sorts after.
            if other == 0x09 { return 1 }
            if byte != other { return byte < other ? -1 : 1 }
            position += 1
        }
        return bytes[position] == 0x09 ? 0 : -1
    }

    private static func integer(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}
