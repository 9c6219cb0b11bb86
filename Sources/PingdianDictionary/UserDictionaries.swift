import DictionaryFormat
import Foundation

/// The dictionaries a reader adds in `$XDG_DATA_HOME/pingdian/dictionaries/` (Docs/dictionary.md):
/// StarDict dictionaries (an `.ifo` with its `.idx` and `.dict` or `.dict.dz`) and files in
/// CC-CEDICT's format (`.txt`, `.u8`). Each is searched under its name; one that cannot be used
/// is named in a problem line and left out, the others still work.
public struct UserDictionaries: Sendable {
    /// One of the reader's dictionaries.
    public enum Dictionary: Sendable {
        case starDict(StarDictDictionary)
        case cedict(name: String, index: DictionaryIndex)

        /// Its name, as the pane shows it.
        public var name: String {
            switch self {
            case .starDict(let dictionary): return dictionary.name
            case .cedict(let name, _): return name
            }
        }

        /// The definitions of `word`, as text: a CC-CEDICT entry as `[pinyin] gloss; gloss`.
        public func definitions(of word: String) -> [String] {
            switch self {
            case .starDict(let dictionary): return dictionary.definitions(of: word)
            case .cedict(_, let index):
                return index.entries(headword: word).map { "[\(Pinyin.marked($0.pinyin))] " + $0.glosses.joined(separator: "; ") }
            }
        }
    }

    /// The dictionaries that could be read, in file-name order.
    public let dictionaries: [Dictionary]
    /// One line for each dictionary that could not be: its file and why.
    public let problems: [String]

    /// The folder of the reader's dictionaries: `dictionaries/` in pingdian's data folder.
    public static func folder(dataDirectory: URL) -> URL {
        dataDirectory.appendingPathComponent("dictionaries", isDirectory: true)
    }

    /// No dictionaries.
    public init() {
        dictionaries = []
        problems = []
    }

    /// Reads every dictionary in `folder` (none when it does not exist).
    public init(folder: URL) {
        let files = ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        var dictionaries: [Dictionary] = []
        var problems: [String] = []
        for file in files {
            let name = file.lastPathComponent
            switch file.pathExtension {
            case "ifo":
                do {
                    dictionaries.append(.starDict(try StarDictDictionary(ifo: file)))
                } catch {
                    problems.append("\(name): " + Self.describe(error))
                }
            case "txt", "u8":
                guard let text = try? String(contentsOf: file, encoding: .utf8) else {
                    problems.append("\(name): not UTF-8 text")
                    continue
                }
                let entries = text.split(whereSeparator: \.isNewline).compactMap(DictionaryEntry.init(cedictLine:))
                guard !entries.isEmpty, let index = DictionaryIndex(bytes: DictionaryIndex.build(entries)) else {
                    problems.append("\(name): no CC-CEDICT entry in it")
                    continue
                }
                dictionaries.append(.cedict(name: file.deletingPathExtension().lastPathComponent, index: index))
            default:
                continue
            }
        }
        self.dictionaries = dictionaries
        self.problems = problems
    }

    private static func describe(_ problem: StarDictDictionary.Problem) -> String {
        switch problem {
        case .notAnIfo: return "not a StarDict .ifo file"
        case .missingFile(let what): return "its \(what) is missing"
        case .unreadable(let what): return "its \(what) cannot be read"
        case .truncated(let what): return "its \(what) is cut short or corrupt"
        case .unsupported(let what): return "\(what) is not supported"
        }
    }
}
