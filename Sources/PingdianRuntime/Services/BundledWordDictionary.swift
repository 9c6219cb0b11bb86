import DictionaryFormat
import Foundation
import PingdianApp
import PingdianDictionary

/// The dictionaries for `K` (Docs/dictionary.md): the bundled CC-CEDICT and the reader's own in
/// `$XDG_DATA_HOME/pingdian/dictionaries/`. Nothing is read at opening; the first lookup inflates
/// the bundled index and reads the reader's dictionaries, and says which of those could not be
/// used (once).
final class BundledWordDictionary: WordDictionary, @unchecked Sendable {
    private let userFolder: URL?
    private let lock = NSLock()
    private var users: UserDictionaries?
    private var problemsSaid = false

    /// The dictionaries, the reader's own read from `userFolder` (nil: none).
    init(userFolder: URL?) {
        self.userFolder = userFolder
    }

    func lookUp(_ scalars: [Unicode.Scalar], at offset: Int, word: Range<Int>) -> DictionaryLookup {
        var lookup = BundledDictionary.index?.lookUp(scalars, at: offset, word: word)
            ?? DictionaryLookup(phrase: String(String.UnicodeScalarView(scalars[offset..<min(scalars.count, offset + 1)])), kind: .characters, words: [])
        // Every word starting at the place, longest first, in the reader's dictionaries.
        let candidates = stride(from: min(DictionaryIndex.longestHeadword, scalars.count - offset), through: 1, by: -1).map {
            String(String.UnicodeScalarView(scalars[offset..<(offset + $0)]))
        }
        addOthers(for: candidates, to: &lookup)
        return lookup
    }

    func lookUp(phrase: String) -> DictionaryLookup {
        var lookup = BundledDictionary.index?.lookUp(phrase: phrase) ?? DictionaryLookup(phrase: phrase, kind: .parts, words: [])
        addOthers(for: [lookup.phrase] + lookup.words.map(\.text), to: &lookup)
        return lookup
    }

    func wordBoundaries(_ scalars: ArraySlice<Unicode.Scalar>, icu: [Int]) -> [Int] {
        BundledDictionary.index?.wordBoundaries(scalars, icu: icu) ?? icu
    }

    /// The reader's dictionaries' definitions of `words` (each word once), and the problems the
    /// first time.
    private func addOthers(for words: [String], to lookup: inout DictionaryLookup) {
        let (dictionaries, problems) = userDictionaries()
        var seen = Set<String>()
        for word in words where seen.insert(word).inserted {
            for dictionary in dictionaries.dictionaries {
                let definitions = dictionary.definitions(of: word)
                if !definitions.isEmpty {
                    lookup.others.append(DictionaryLookup.Other(dictionary: dictionary.name, headword: word, definitions: definitions))
                }
            }
        }
        lookup.problems = problems
    }

    /// The reader's dictionaries, read the first time; their problems, only the first time.
    private func userDictionaries() -> (UserDictionaries, [String]) {
        lock.withLock {
            if users == nil {
                users = userFolder.map(UserDictionaries.init(folder:)) ?? UserDictionaries()
            }
            let problems = problemsSaid ? [] : users!.problems
            problemsSaid = true
            return (users!, problems)
        }
    }
}
