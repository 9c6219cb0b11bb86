import CZlib
import Foundation
@testable import PingdianDictionary
@testable import DictionaryFormat
import Testing

/// The bundled CC-CEDICT and its index: every entry of the file is there, a headword is found in
/// either script, a phrase by its parts, a cross-reference is followed (issue 16).
@Suite("The bundled dictionary")
struct DictionaryTests {
    static var index: DictionaryIndex {
        get throws { try #require(BundledDictionary.index) }
    }

    /// The `#! entries=` line of the file in Texts/cedict.
    static func declaredEntries() throws -> Int {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Texts/cedict/cedict_1_0_ts_utf-8_mdbg.txt.gz").path
        let file = try #require(gzopen(path, "rb"))
        defer { gzclose(file) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let read = buffer.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32($0.count)) }
        let header = String(decoding: buffer.prefix(Int(max(0, read))), as: UTF8.self)
        let line = try #require(header.split(whereSeparator: \.isNewline).first { $0.hasPrefix("#! entries=") })
        return try #require(Int(line.dropFirst("#! entries=".count)))
    }

    @Test("Every entry of the file is in the binary: 122,143 as the file's header says")
    func count() throws {
        #expect(try Self.index.count == Self.declaredEntries())
        #expect(BundledDictionary.entryCount == 122_143)
    }

    @Test("檄文: xí wén, ㄒㄧˊ ㄨㄣˊ, official call to arms; 芯片 in Simplified; 人工智慧 is one headword")
    func headwords() throws {
        let index = try Self.index
        let entry = try #require(index.entries(headword: "檄文").first)
        #expect(entry.pinyin == "xi2 wen2")
        #expect(Pinyin.marked(entry.pinyin) == "xí wén")
        #expect(Pinyin.zhuyin(entry.pinyin) == "ㄒㄧˊ ㄨㄣˊ")
        #expect(entry.glosses.contains { $0.contains("official call to arms") })
        #expect(index.entries(headword: "芯片").first?.glosses.contains("computer chip") == true)
        // A Simplified headword finds the entry whose Traditional differs.
        #expect(index.entries(headword: "强化").first?.traditional == "強化")
        let intelligence = index.lookUp(phrase: "人工智慧")
        #expect(intelligence.kind == .headwords && intelligence.words.map(\.text) == ["人工智慧"])
    }

    @Test("A phrase that is not a headword is looked up by its parts: 出口管制 → 出口 管制, 強化學習 → 強化 學習")
    func parts() throws {
        let index = try Self.index
        let exports = index.lookUp(phrase: "出口管制")
        #expect(exports.kind == .parts)
        #expect(exports.words.map(\.text) == ["出口", "管制"])
        #expect(index.lookUp(phrase: "強化學習").words.map(\.text) == ["強化", "學習"])
        #expect(index.lookUp(phrase: "XYZ").isEmpty)
    }

    @Test("At a place of a text: every headword starting there, longest first; none: the single characters of the word")
    func atPlace() throws {
        let index = try Self.index
        let text = Array("維繫人工智慧的單極世界".unicodeScalars)
        let found = index.lookUp(text, at: 2, word: 2..<4)
        #expect(found.kind == .headwords)
        #expect(found.words.map(\.text).prefix(3) == ["人工智慧", "人工", "人"])
        // Two characters of the private use area: in no dictionary.
        let name = Array("\u{E000}\u{E001}".unicodeScalars)
        let none = index.lookUp(name, at: 0, word: 0..<2)
        #expect(none.kind == .characters && none.words.map(\.text) == ["\u{E000}", "\u{E001}"])
        #expect(none.isEmpty)
    }

    @Test("A cross-reference is followed: 裏 is a variant of 裡")
    func references() throws {
        let inside = try Self.index.lookUp(phrase: "裏")
        let reference = try #require(inside.words.first?.references.first)
        #expect(reference.relation.contains("variant of"))
        #expect(reference.headword == "裡")
        #expect(!reference.entries.isEmpty)
    }

    @Test("The index of a few entries: both scripts, several entries of one headword in file order; bytes that are not an index are refused")
    func smallIndex() throws {
        let entries = [
            DictionaryEntry(traditional: "長", simplified: "长", pinyin: "chang2", glosses: ["long"]),
            DictionaryEntry(traditional: "長", simplified: "长", pinyin: "zhang3", glosses: ["chief"]),
            DictionaryEntry(traditional: "出口", simplified: "出口", pinyin: "chu1 kou3", glosses: ["exit"]),
        ]
        let bytes = DictionaryIndex.build(entries)
        let index = try #require(DictionaryIndex(bytes: bytes))
        #expect(index.entries(headword: "长").map(\.pinyin) == ["chang2", "zhang3"])
        #expect(index.entries(headword: "長") == Array(entries.prefix(2)))
        #expect(index.entries(headword: "出").isEmpty)
        #expect(DictionaryIndex(bytes: Array(bytes.dropLast())) == nil)
        #expect(DictionaryIndex(bytes: Array("not an index".utf8)) == nil)
        #expect(DictionaryEntry(cedictLine: "# a comment") == nil)
        #expect(DictionaryEntry(cedictLine: "中國 中国 [Zhong1 guo2] /China/") == DictionaryEntry(
            traditional: "中國", simplified: "中国", pinyin: "Zhong1 guo2", glosses: ["China"]))
    }

    @Test("Tone marks where pinyin puts them: on a or e, on the o of ou, else on the last vowel; ü; the neutral tone unmarked")
    func toneMarks() {
        #expect(Pinyin.marked("qiang2 hua4") == "qiáng huà")
        #expect(Pinyin.marked("lu:4 shi1") == "lǜ shī")
        #expect(Pinyin.marked("dou1 gui4 liu2") == "dōu guì liú")
        #expect(Pinyin.marked("Zhong1 guo2 ren2 de5") == "Zhōng guó rén de")
        #expect(Pinyin.marked("A A zhi4") == "A A zhì", "letters stay")
        #expect(Pinyin.zhuyin("zhi1 shi5 ju2 lu:4 er2 hua4 r5") == "ㄓ ˙ㄕ ㄐㄩˊ ㄌㄩˋ ㄦˊ ㄏㄨㄚˋ ˙ㄦ")
        #expect(Pinyin.zhuyin("yi1 wu3 yue4 yong4 wen4") == "ㄧ ㄨˇ ㄩㄝˋ ㄩㄥˋ ㄨㄣˋ")
    }
}
