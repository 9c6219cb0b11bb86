import Foundation
import Testing

/// `pingdian provenance`: the bundled essay is OpenCC's s2twp conversion of a Simplified
/// original; a text written in Traditional Chinese is not (issue 15).
@Suite("pingdian provenance")
struct ProvenanceCommandTests {
    @Test("--json on the bundled essay: s2twp, every paragraph round-trips, 人工智慧 ← 人工智能 ×18 and 支援 ← 支持 among the words")
    func essay() throws {
        let run = try CommandRun.pingdian(["provenance", "--json"])
        #expect(run.exitCode == 0)
        #expect(run.standardError == "")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        #expect(report["verdict"] as? String == "converted")
        #expect(report["configuration"] as? String == "s2twp")
        #expect(report["paragraphs"] as? Int == 39)
        #expect((report["roundTrips"] as? [String: Int])?["s2twp"] == 39)
        #expect((report["notRoundTripping"] as? [Int]) == [])
        let words = try #require(report["words"] as? [[String: Any]])
        func count(_ converted: String, _ original: String) -> Int? {
            words.first { $0["converted"] as? String == converted && $0["original"] as? String == original }?["count"] as? Int
        }
        #expect(count("人工智慧", "人工智能") == 18)
        #expect(count("支援", "支持") == 2)
        #expect(count("晶片", "芯片") == 2)
        let places = try #require(words.first?["places"] as? [[String: Any]])
        #expect(places.count == words.first?["count"] as? Int)
        #expect(places.first?["paragraph"] as? Int == 1)
    }

    @Test("A paragraph written in Traditional Chinese by hand: not converted; plain output says so in one line")
    func handWritten() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let file = try folder.write("mine.txt", Array("""
            我在台灣長大，小時候住在台南的巷子裏，每天放學都會經過一家賣麵的小店。老闆總是笑著招呼我們，說今天的湯頭特別好。\
            後來搬到台北念書，才發現這樣的小店越來越少，取而代之的是連鎖餐廳和便利商店。「你還記得那家麵店嗎？」前幾天一位老同學問我。

            """.utf8))
        let run = try CommandRun.pingdian(["provenance", file])
        #expect(run.exitCode == 0)
        #expect(run.standardOutput.hasPrefix("mine.txt: not converted (written in Traditional Chinese)"), "\(run.standardOutput)")
        #expect(!run.standardOutput.contains("words the converter put in"))
        #expect(try CommandRun.pingdian(["provenance", "/nonexistent/essay.txt"]).exitCode == 66)
    }

    @Test("print --script original prints the reconstructed Simplified original (人工智能, 芯片, 支持); --script hans the text's own words in Simplified characters")
    func printScripts() throws {
        let original = try CommandRun.pingdian(["print", "--script", "original", "--width", "400"])
        #expect(original.exitCode == 0)
        #expect(original.standardOutput.contains("强大的人工智能解决全人类"))
        #expect(original.standardOutput.contains("无条件支持 AI 监管"))
        #expect(!original.standardOutput.contains("人工智慧") && !original.standardOutput.contains("晶片"))
        let hans = try CommandRun.pingdian(["print", "--script", "hans", "--width", "400"])
        #expect(hans.standardOutput.contains("强大的人工智慧解决全人类"), "the converter's words, in Simplified characters")
        let hant = try CommandRun.pingdian(["print", "--width", "400"])
        #expect(hant.standardOutput.contains("強大的人工智慧解決全人類"))
        // Paragraph for paragraph: the same lines.
        #expect(original.standardOutput.split(separator: "\n").count == hant.standardOutput.split(separator: "\n").count)
        #expect(try CommandRun.pingdian(["print", "--script", "klingon"]).exitCode == 64)
    }
}
