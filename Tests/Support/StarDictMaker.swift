import Foundation

/// Small dictionaries in the StarDict format, made by the tests as the StarDict project documents
/// it (an .ifo, an .idx of NUL-ended words with big-endian offsets and sizes, a .dict).
public enum StarDictMaker {
    /// Writes `name.ifo`, `.idx` and `.dict` (and `.syn` with synonyms: word, entry number) into
    /// `folder`, the entries sorted as StarDict sorts them (by UTF-8 bytes).
    public static func write(_ entries: [(String, String)], name: String, bookname: String, in folder: URL,
                             sametypesequence: String? = "m", synonyms: [(String, Int)] = []) throws {
        let sorted = entries.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
        var index: [UInt8] = []
        var content: [UInt8] = []
        for (word, definition) in sorted {
            let data = Array(definition.utf8)
            index += Array(word.utf8) + [0] + bigEndian(content.count) + bigEndian(data.count)
            content += data
        }
        var ifo = "StarDict's dict ifo file\nversion=2.4.2\nbookname=\(bookname)\nwordcount=\(sorted.count)\nidxfilesize=\(index.count)\n"
        if let sametypesequence { ifo += "sametypesequence=\(sametypesequence)\n" }
        if !synonyms.isEmpty { ifo += "synwordcount=\(synonyms.count)\n" }
        try Data(ifo.utf8).write(to: folder.appendingPathComponent(name + ".ifo"))
        try Data(index).write(to: folder.appendingPathComponent(name + ".idx"))
        try Data(content).write(to: folder.appendingPathComponent(name + ".dict"))
        if !synonyms.isEmpty {
            var syn: [UInt8] = []
            for (word, number) in synonyms { syn += Array(word.utf8) + [0] + bigEndian(number) }
            try Data(syn).write(to: folder.appendingPathComponent(name + ".syn"))
        }
    }

    static func bigEndian(_ value: Int) -> [UInt8] {
        [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}

