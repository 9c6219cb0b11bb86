import Foundation
import Testing

@Suite("pingdian hints: suggestions for pipes, JSON, the rule table and the evaluation")
struct HintsCommandTests {
    /// Docs/cue-hints.md as the repository holds it.
    static var documentation: String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("Docs/cue-hints.md"), encoding: .utf8)) ?? ""
    }

    @Test("One suggestion a line: paragraph, kind, rules, text; --json has the same suggestions")
    func listing() throws {
        let run = try CommandRun.pingdian(["hints"])
        #expect(run.exitCode == 0)
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        #expect(!lines.isEmpty)
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(fields.count == 4 && fields[0].hasPrefix("¶") && !fields[3].isEmpty, "\(line)")
        }
        #expect(lines.contains("¶3\tconcession\tconcession-although,concession-although-alone\t儘管 Anthropic 和它旗下的 Claude 系列模型在中國公眾當中的知名度相當有限"))

        let json = try CommandRun.pingdian(["hints", "--json"])
        #expect(json.exitCode == 0)
        let records = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        #expect(records.count == lines.count)
        let first = try #require(records.first)
        #expect(Set(first.keys) == ["paragraph", "kind", "rules", "start", "end", "text", "cues"])
    }

    @Test("--evaluate and --rules print the tables of Docs/cue-hints.md")
    func tablesMatchTheDocs() throws {
        let evaluation = try CommandRun.pingdian(["hints", "--evaluate"])
        #expect(evaluation.exitCode == 0)
        let tables = evaluation.standardOutput.components(separatedBy: "\n\n").filter { $0.hasPrefix("|") }
        #expect(tables.count == 3)
        for table in tables {
            #expect(Self.documentation.contains(table), "\(table)")
        }
        let rules = try CommandRun.pingdian(["hints", "--rules"])
        #expect(rules.exitCode == 0)
        #expect(rules.standardOutput.hasPrefix("| rule | kind | cue | span | rationale |"))
        #expect(Self.documentation.contains(rules.standardOutput))
    }

    @Test("--evaluate reads the layer next to a text, or --layer; without one it says so")
    func evaluateAFile() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let text = try folder.write("essay.txt", Array("儘管天冷，但我們出門。\n".utf8))
        let layer = #"{"format": "pingdian-layer", "version": 1, "id": "curated", "annotations": [{"id": "m1", "kind": "concession", "anchor": {"exact": "儘管天冷", "start": 0, "end": 4}}]}"#
        let missing = try CommandRun.pingdian(["hints", text, "--evaluate"])
        #expect(missing.exitCode == 66)
        #expect(missing.standardError.contains("no curated layer"))
        let other = try folder.write("other.json", Array(layer.utf8))
        let explicit = try CommandRun.pingdian(["hints", text, "--evaluate", "--layer", other])
        #expect(explicit.exitCode == 0)
        #expect(explicit.standardOutput.contains("| concession | 1 | 1 | 1.000 | 1 | 1 | 1.000 |"))
        try folder.write("essay.moves.json", Array(layer.utf8))
        let companion = try CommandRun.pingdian(["hints", text, "--evaluate", "--json"])
        #expect(companion.exitCode == 0)
        let scores = try #require(try JSONSerialization.jsonObject(with: Data(companion.standardOutput.utf8)) as? [String: Any])
        let sameKind = try #require(scores["sameKind"] as? [String: Any])
        #expect(sameKind["precision"] as? Double == 1 && sameKind["recall"] as? Double == 1)
    }

    @Test("--layer needs --evaluate; --rules takes nothing else")
    func usage() throws {
        #expect(try CommandRun.pingdian(["hints", "--layer", "x.json"]).exitCode == 64)
        #expect(try CommandRun.pingdian(["hints", "--rules", "--json"]).exitCode == 64)
    }
}
