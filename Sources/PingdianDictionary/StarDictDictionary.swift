import Foundation
import Gzip

/// A StarDict dictionary the reader put in `$XDG_DATA_HOME/pingdian/dictionaries/`
/// (Docs/dictionary.md): its `.ifo` (name, word count, offsets' width, the type of its
/// entries), its `.idx` (each word, NUL-ended, then the entry's offset and size, big-endian),
/// its `.dict` or `.dict.dz` (dictzip: a gzip file, read whole), and an optional `.syn` (other
/// words for an entry). Read whole when it is first used; a word is looked up in a table.
public struct StarDictDictionary: Sendable {
    /// Why a StarDict dictionary could not be used.
    public enum Problem: Error, Equatable, Sendable {
        case notAnIfo
        case missingFile(String)
        case unreadable(String)
        case truncated(String)
        case unsupported(String)
    }

    /// The dictionary's name (`bookname`).
    public let name: String
    private let definitions: [String: [String]]

    /// Reads the dictionary whose `.ifo` is at `ifo`.
    public init(ifo: URL) throws(Problem) {
        guard let info = try? String(contentsOf: ifo, encoding: .utf8),
              info.hasPrefix("StarDict's dict ifo file") else { throw .notAnIfo }
        var fields: [String: String] = [:]
        for line in info.split(whereSeparator: \.isNewline).dropFirst() {
            guard let equals = line.firstIndex(of: "=") else { continue }
            fields[String(line[..<equals]).trimmingCharacters(in: .whitespaces)] = String(line[line.index(after: equals)...])
        }
        name = fields["bookname"].flatMap { $0.isEmpty ? nil : $0 } ?? ifo.deletingPathExtension().lastPathComponent
        let wide = fields["idxoffsetbits"] == "64"
        let types = fields["sametypesequence"] ?? ""
        let stem = ifo.deletingPathExtension()
        guard let index = try? Data(contentsOf: stem.appendingPathExtension("idx")) else {
            throw FileManager.default.fileExists(atPath: stem.appendingPathExtension("idx").path)
                ? .unreadable(".idx") : .missingFile(".idx")
        }
        let dictURL = stem.appendingPathExtension("dict")
        let dzURL = stem.appendingPathExtension("dict.dz")
        let content: [UInt8]
        if let plain = try? Data(contentsOf: dictURL) {
            content = [UInt8](plain)
        } else if FileManager.default.fileExists(atPath: dzURL.path) {
            guard let inflated = Gzip.contents(ofFile: dzURL.path) else { throw .unreadable(".dict.dz") }
            content = inflated
        } else {
            throw .missingFile(".dict or .dict.dz")
        }
        // The entries by word: each word's offset and size in the content.
        var entries: [(word: String, range: Range<Int>)] = []
        let bytes = [UInt8](index)
        var position = 0
        let numberSize = wide ? 8 : 4
        while position < bytes.count {
            guard let end = bytes[position...].firstIndex(of: 0), end + 1 + numberSize + 4 <= bytes.count else { throw .truncated(".idx") }
            let word = String(decoding: bytes[position..<end], as: UTF8.self)
            var offset = 0
            for byte in bytes[(end + 1)..<(end + 1 + numberSize)] { offset = offset << 8 | Int(byte) }
            var size = 0
            for byte in bytes[(end + 1 + numberSize)..<(end + 1 + numberSize + 4)] { size = size << 8 | Int(byte) }
            guard offset + size <= content.count else { throw .truncated(".dict") }
            entries.append((word, offset..<(offset + size)))
            position = end + 1 + numberSize + 4
        }
        if let declared = fields["wordcount"].flatMap(Int.init), declared != entries.count { throw .truncated(".idx") }
        var definitions: [String: [String]] = [:]
        for (word, range) in entries {
            definitions[word, default: []].append(Self.text(of: content[range], types: types))
        }
        // Other words for entries (.syn): the word, NUL, then the entry's number, big-endian.
        if let synonyms = try? Data(contentsOf: stem.appendingPathExtension("syn")) {
            let syn = [UInt8](synonyms)
            var at = 0
            while at < syn.count {
                guard let end = syn[at...].firstIndex(of: 0), end + 5 <= syn.count else { throw .truncated(".syn") }
                let word = String(decoding: syn[at..<end], as: UTF8.self)
                var number = 0
                for byte in syn[(end + 1)..<(end + 5)] { number = number << 8 | Int(byte) }
                if entries.indices.contains(number) {
                    definitions[word, default: []].append(Self.text(of: content[entries[number].range], types: types))
                }
                at = end + 5
            }
        }
        self.definitions = definitions
    }

    /// The definitions of `word`, as text.
    public func definitions(of word: String) -> [String] { definitions[word] ?? [] }

    /// An entry's text: with `sametypesequence`, its fields without type marks (the last running
    /// to the end); without, each field's type, then its text up to NUL (or, for an upper-case
    /// type, its 32-bit size). Text types are kept (markup stripped); sounds and pictures are not.
    static func text(of data: ArraySlice<UInt8>, types: String) -> String {
        var parts: [String] = []
        var position = data.startIndex
        func field(_ type: Character, last: Bool) {
            if type.isUppercase {
                let size: Int
                if last {
                    size = data.endIndex - position
                } else {
                    guard position + 4 <= data.endIndex else { position = data.endIndex; return }
                    size = data[position..<(position + 4)].reduce(0) { $0 << 8 | Int($1) }
                    position += 4
                }
                position = min(data.endIndex, position + size)
                return
            }
            let end = last ? data.endIndex : (data[position...].firstIndex(of: 0) ?? data.endIndex)
            let text = String(decoding: data[position..<end], as: UTF8.self)
            parts.append("gxhkw".contains(type) ? stripMarkup(text) : text)
            position = min(data.endIndex, end + 1)
        }
        if !types.isEmpty {
            let list = Array(types)
            for (index, type) in list.enumerated() where position < data.endIndex { field(type, last: index == list.count - 1) }
        } else {
            while position < data.endIndex {
                let type = Character(Unicode.Scalar(data[position]))
                position += 1
                field(type, last: false)
            }
        }
        return parts.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Text without tags and with the usual entities.
    static func stripMarkup(_ text: String) -> String {
        var result = ""
        var inTag = false
        for character in text {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { result.append(character) }
        }
        return result.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }
}
