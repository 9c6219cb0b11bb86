import Foundation
import PingdianTestSupport
import Testing

/// `pingdian define`: the bundled dictionary for pipes and scripts (issue 16).
@Suite("pingdian define")
struct DefineCommandTests {
    @Test("define 出口管制 lists 出口 and 管制; 芯片 in Simplified; 檄文 with pinyin, 注音 and its gloss")
    func words() throws {
        let run = try CommandRun.pingdian(["define", "出口管制", "芯片", "檄文"])
        #expect(run.exitCode == 0)
        let output = run.standardOutput
        #expect(output.contains("出口管制: not a headword; its parts:"))
        #expect(output.contains("出口 [chū kǒu] ㄔㄨ ㄎㄡˇ"))
        #expect(output.contains("管制 [guǎn zhì] ㄍㄨㄢˇ ㄓˋ"))
        #expect(output.contains("芯片 [xīn piàn]") && output.contains("computer chip"))
        #expect(output.contains("檄文 [xí wén] ㄒㄧˊ ㄨㄣˊ") && output.contains("official call to arms"))
        #expect(!output.contains("\u{1B}"))
    }

    @Test("--json: each word's phrase, kind and entries; nothing found exits 1; no word is bad usage")
    func json() throws {
        let run = try CommandRun.pingdian(["define", "--json", "強化學習"])
        #expect(run.exitCode == 0)
        let lookups = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [[String: Any]])
        #expect(lookups.first?["kind"] as? String == "parts")
        let words = try #require(lookups.first?["words"] as? [[String: Any]])
        #expect(words.map { $0["text"] as? String } == ["強化", "學習"])
        let entry = try #require((words.first?["entries"] as? [[String: Any]])?.first)
        #expect(entry["pinyin"] as? String == "qiáng huà")
        #expect(entry["zhuyin"] as? String == "ㄑㄧㄤˊ ㄏㄨㄚˋ")
        #expect(entry["numberedPinyin"] as? String == "qiang2 hua4")
        let none = try CommandRun.pingdian(["define", "\u{E000}"])
        #expect(none.exitCode == 1)
        #expect(try CommandRun.pingdian(["define"]).exitCode == 64)
    }

    @Test("A StarDict dictionary in $XDG_DATA_HOME/pingdian/dictionaries is searched and shown under its name; a corrupt one is named on standard error and skipped")
    func userDictionaries() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let folder = data.url.appendingPathComponent("pingdian/dictionaries")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try StarDictMaker.write([("檄文", "古代用於徵召、曉諭或聲討的文書。")], name: "moe", bookname: "重編國語辭典", in: folder)
        try StarDictMaker.write([("甲", "一")], name: "cut", bookname: "斷", in: folder)
        try Data("StarDict's dict ifo file\nbookname=斷\nwordcount=1\n".utf8).write(to: folder.appendingPathComponent("cut.ifo"))
        try Data([0xE7, 0x94]).write(to: folder.appendingPathComponent("cut.idx"))
        let run = try CommandRun.pingdian(["define", "檄文"], environment: ["XDG_DATA_HOME": data.url.path])
        #expect(run.exitCode == 0)
        #expect(run.standardOutput.contains("《重編國語辭典》 檄文\n  古代用於徵召、曉諭或聲討的文書。"), "\(run.standardOutput)")
        #expect(run.standardOutput.contains("official call to arms"), "the bundled dictionary too")
        #expect(run.standardError == "pingdian: dictionary not used: cut.ifo: its .idx is cut short or corrupt\n", "\(run.standardError)")
    }
}
