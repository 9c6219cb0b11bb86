import Foundation
import Testing

/// `pingdian search`: grep-like lines, exit codes and JSON, on the bundled essay and small files.
@Suite("pingdian search")
struct SearchCommandTests {
    /// For each 強化學習 of the bundled essay, in order, the number of its paragraph (non-blank line).
    static var expectedParagraphs: [Int] {
        let essay = PrintCommandTests.essay.replacingOccurrences(of: "\r\n", with: "\n")
        let paragraphs = essay.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
        return paragraphs.enumerated().flatMap { index, line in
            Array(repeating: index + 1, count: line.components(separatedBy: "強化學習").count - 1)
        }
    }

    @Test("A Simplified query finds every 強化學習 of the bundled essay, with paragraph numbers; exit 0")
    func essay() throws {
        let run = try CommandRun.pingdian(["search", "强化学习"])
        #expect(run.exitCode == 0)
        #expect(run.standardError == "")
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        let expected = Self.expectedParagraphs
        #expect(expected.count == 14)
        #expect(lines.count == expected.count)
        #expect(lines.allSatisfy { $0.contains("【強化學習】") })
        #expect(lines.map { Int($0.dropFirst().prefix { $0 != ":" }) } == expected)
        #expect(!run.standardOutput.contains("\u{1B}"), "no colour on a pipe")
    }

    @Test("A query that matches nothing exits 1 with no output; an empty one is bad usage")
    func noMatch() throws {
        let run = try CommandRun.pingdian(["search", "沒有這種東西XYZ"])
        #expect(run.exitCode == 1)
        #expect(run.standardOutput == "")
        #expect(try CommandRun.pingdian(["search", ""]).exitCode == 64)
        #expect(try CommandRun.pingdian(["search", "甲", "/nonexistent/essay.txt"]).exitCode == 66)
    }

    @Test("--json parses: paragraph, start, end, match, before and after of every match")
    func json() throws {
        let run = try CommandRun.pingdian(["search", "强化学习", "--json", "--context", "4"])
        #expect(run.exitCode == 0)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["paragraph"] as? Int } == Self.expectedParagraphs)
        let scalars = Array(PrintCommandTests.essay.unicodeScalars)
        for entry in entries {
            #expect(Set(entry.keys) == ["paragraph", "start", "end", "match", "before", "after"])
            let start = try #require(entry["start"] as? Int)
            let end = try #require(entry["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == "強化學習")
            #expect(entry["match"] as? String == "強化學習")
            #expect((entry["before"] as? String).map { $0.unicodeScalars.count <= 4 } == true)
            #expect((entry["after"] as? String).map { $0.unicodeScalars.count <= 4 } == true)
        }
        let none = try CommandRun.pingdian(["search", "沒有這種東西XYZ", "--json"])
        #expect(none.exitCode == 1)
        #expect(none.standardOutput == "[]\n")
    }

    @Test("A file: a match across a line break, full-width and case folded, context cut with …; colour on request")
    func file() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = try folder.write("t.txt", Array("前言\n甲乙丙丁戊強化\n學習己庚辛壬癸\nＤｅｅｐＳｅｅｋ，來了\n".utf8))
        let run = try CommandRun.pingdian(["search", "强化学习", path, "--context", "2"])
        #expect(run.exitCode == 0)
        #expect(run.standardOutput == "¶2:  …丁戊【強化␊學習】己庚…\n")
        let latin = try CommandRun.pingdian(["search", "deepseek,", path])
        #expect(latin.standardOutput == "¶4:  【ＤｅｅｐＳｅｅｋ，】來了\n")
        let colored = try CommandRun.pingdian(["search", "前言", path, "--color", "always"])
        #expect(colored.standardOutput == "¶1:  \u{1B}[1;7m前言\u{1B}[0m\n")
        let auto = try CommandRun.pingdian(["search", "前言", path], environment: ["NO_COLOR": "1"])
        #expect(auto.standardOutput == "¶1:  【前言】\n")
    }
}
