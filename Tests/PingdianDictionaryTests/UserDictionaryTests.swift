import CZlib
@testable import DictionaryFormat
import Foundation
@testable import PingdianDictionary
import PingdianTestSupport
import Testing

/// The reader's own dictionaries in `$XDG_DATA_HOME/pingdian/dictionaries/` (issue 16 item 6).
@Suite("The reader's own dictionaries")
struct UserDictionaryTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pingdian-dicts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("A StarDict dictionary (.dict and .dict.dz, a .syn) and a CC-CEDICT file are read and searched under their names")
    func read() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try StarDictMaker.write([("檄文", "古代用於徵召、曉諭或聲討的文書。"), ("擁躉", "支持者、追隨者。")],
                                name: "moe", bookname: "重編國語辭典", in: folder, synonyms: [("擁蠆", 0)])  // 擁躉 sorts first (UTF-8): entry 0
        try StarDictMaker.write([("算力", "<b>計算能力</b> &amp; 速度")], name: "tech", bookname: "科技詞典", in: folder,
                                sametypesequence: "h")
        // As dictzip: a gzip file in place of the .dict.
        let plain = folder.appendingPathComponent("tech.dict")
        let content = try [UInt8](Data(contentsOf: plain))
        let file = gzopen(folder.appendingPathComponent("tech.dict.dz").path, "wb")
        _ = content.withUnsafeBytes { gzwrite(file, $0.baseAddress, UInt32($0.count)) }
        gzclose(file)
        try FileManager.default.removeItem(at: plain)
        try "買辦 买办 [mai3 ban4] /comprador/\n".write(to: folder.appendingPathComponent("mine.u8"), atomically: true, encoding: .utf8)
        let users = UserDictionaries(folder: folder)
        #expect(users.problems == [])
        // In the order of their file names: mine.u8, moe.ifo, tech.ifo.
        #expect(users.dictionaries.map(\.name) == ["mine", "重編國語辭典", "科技詞典"])
        #expect(users.dictionaries[1].definitions(of: "檄文") == ["古代用於徵召、曉諭或聲討的文書。"])
        #expect(users.dictionaries[1].definitions(of: "擁蠆") == ["支持者、追隨者。"], "a synonym from the .syn")
        #expect(users.dictionaries[2].definitions(of: "算力") == ["計算能力 & 速度"], "dictzip read, HTML stripped")
        #expect(users.dictionaries[0].definitions(of: "买办") == ["[mǎi bàn] comprador"])
    }

    @Test("A missing, truncated or corrupt dictionary is named, with why, and the others still work")
    func broken() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try StarDictMaker.write([("檄文", "文書。")], name: "good", bookname: "好", in: folder)
        try StarDictMaker.write([("甲", "一"), ("乙", "二")], name: "cut", bookname: "斷", in: folder)
        let idx = folder.appendingPathComponent("cut.idx")
        let bytes = try Data(contentsOf: idx)
        try bytes.prefix(bytes.count - 3).write(to: idx)
        try StarDictMaker.write([("丙", "三")], name: "lost", bookname: "失", in: folder)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("lost.dict"))
        try Data("not a dictionary".utf8).write(to: folder.appendingPathComponent("junk.ifo"))
        try Data([0xFF, 0xFE, 0x00]).write(to: folder.appendingPathComponent("binary.txt"))
        let users = UserDictionaries(folder: folder)
        #expect(users.dictionaries.map(\.name) == ["好"])
        #expect(users.problems.sorted() == [
            "binary.txt: not UTF-8 text",
            "cut.ifo: its .idx is cut short or corrupt",
            "junk.ifo: not a StarDict .ifo file",
            "lost.ifo: its .dict or .dict.dz is missing",
        ], "\(users.problems)")
        #expect(UserDictionaries(folder: folder.appendingPathComponent("none")).dictionaries.isEmpty)
    }
}
