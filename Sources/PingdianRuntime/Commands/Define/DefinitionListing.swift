import DictionaryFormat
import PingdianDictionary

/// What `pingdian define` prints of the words asked for: each one's entries — headword, pinyin
/// with tone marks, 注音, glosses — or its parts, and the words its glosses refer to.
public struct DefinitionListing: Sendable {
    /// One entry as the JSON has it.
    struct EntryRecord: Encodable {
        let traditional: String
        let simplified: String
        let pinyin: String
        let numberedPinyin: String
        let zhuyin: String
        let glosses: [String]

        init(_ entry: DictionaryEntry) {
            traditional = entry.traditional
            simplified = entry.simplified
            pinyin = Pinyin.marked(entry.pinyin)
            numberedPinyin = entry.pinyin
            zhuyin = Pinyin.zhuyin(entry.pinyin)
            glosses = entry.glosses
        }
    }

    struct ReferenceRecord: Encodable {
        let relation: String
        let headword: String
        let entries: [EntryRecord]
    }

    struct WordRecord: Encodable {
        let text: String
        let entries: [EntryRecord]
        let references: [ReferenceRecord]
    }

    struct OtherRecord: Encodable {
        let dictionary: String
        let headword: String
        let definitions: [String]
    }

    struct LookupRecord: Encodable {
        let phrase: String
        /// `headword`, `parts` or `characters`.
        let kind: String
        let words: [WordRecord]
        /// The reader's own dictionaries' definitions.
        let others: [OtherRecord]
    }

    /// The lookups, one per word asked for.
    public let lookups: [DictionaryLookup]

    /// The listing of lookups, one per word asked for.
    public init(lookups: [DictionaryLookup]) {
        self.lookups = lookups
    }

    /// Whether nothing at all was found.
    public var isEmpty: Bool { lookups.allSatisfy(\.isEmpty) }

    /// For people: per word, a heading line when it is not a headword, then each entry as
    /// `檄文 [xí wén] ㄒㄧˊ ㄨㄣˊ` with its glosses indented, and the words referred to.
    public var plain: String {
        var lines: [String] = []
        for lookup in lookups {
            if lookup.kind == .parts { lines.append("\(lookup.phrase): not a headword; its parts:") }
            for word in lookup.words {
                if word.entries.isEmpty {
                    lines.append("\(word.text): not in the dictionary")
                    continue
                }
                for entry in word.entries { lines += Self.lines(of: entry, indent: "") }
                for reference in word.references {
                    lines.append("  → \(reference.relation) \(reference.headword):")
                    for entry in reference.entries { lines += Self.lines(of: entry, indent: "    ") }
                }
            }
            for other in lookup.others {
                lines.append("《\(other.dictionary)》 \(other.headword)")
                lines += other.definitions.flatMap { $0.split(separator: "\n").map { "  " + $0 } }
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// The JSON: one object per word asked for (`phrase`, `kind`, `words` with their entries).
    public var json: String {
        CommandJSON.array(lookups.map { lookup in
            LookupRecord(phrase: lookup.phrase, kind: Self.name(lookup.kind), words: lookup.words.map { word in
                WordRecord(text: word.text, entries: word.entries.map(EntryRecord.init), references: word.references.map {
                    ReferenceRecord(relation: $0.relation, headword: $0.headword, entries: $0.entries.map(EntryRecord.init))
                })
            }, others: lookup.others.map { OtherRecord(dictionary: $0.dictionary, headword: $0.headword, definitions: $0.definitions) })
        })
    }

    private static func lines(of entry: DictionaryEntry, indent: String) -> [String] {
        let headword = entry.simplified == entry.traditional ? entry.traditional : "\(entry.traditional) (\(entry.simplified))"
        return ["\(indent)\(headword) [\(Pinyin.marked(entry.pinyin))] \(Pinyin.zhuyin(entry.pinyin))"]
            + entry.glosses.map { "\(indent)  \($0)" }
    }

    private static func name(_ kind: DictionaryLookup.Kind) -> String {
        switch kind {
        case .headwords: return "headword"
        case .parts: return "parts"
        case .characters: return "characters"
        }
    }
}
