import Foundation
import Testing

@Suite("pingdian check")
struct CheckCommandTests {
    /// The repository's Texts/ folder.
    static let texts = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Texts")
    static let essayName = "amodei-deepseek-essay.zh-Hant"

    /// The shipped layer as JSON objects, to count and to break.
    static func shippedLayer() throws -> [String: Any] {
        let data = try Data(contentsOf: texts.appendingPathComponent("\(essayName).moves.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("The shipped layer passes: exit 0 and only the summary")
    func shippedLayerPasses() throws {
        let annotations = try #require(try Self.shippedLayer()["annotations"] as? [[String: Any]])
        let kinds = Set(annotations.compactMap { $0["kind"] as? String })
        var pairs = Set<[String]>()
        for annotation in annotations {
            for link in annotation["links"] as? [[String: String]] ?? [] where link["type"] == "contradicts" {
                pairs.insert([annotation["id"] as? String ?? "", link["target"] ?? ""].sorted())
            }
        }
        let run = try CommandRun.pingdian(["check"])
        #expect(run.exitCode == 0)
        #expect(run.standardOutput == "ok: \(annotations.count) annotations, \(pairs.count) contradiction pairs, \(kinds.count) kinds\n")
        #expect(run.standardError == "")
    }

    @Test("A broken copy fails with one line per problem naming the ids, found next to the text or with --layer")
    func brokenCopyFails() throws {
        var layer = try Self.shippedLayer()
        var annotations = try #require(layer["annotations"] as? [[String: Any]])
        // Annotations no link touches and not contradictions, so that breaking one breaks nothing else.
        let linked = Set(annotations.flatMap { ($0["links"] as? [[String: String]] ?? []).compactMap { $0["target"] } })
        let plain = annotations.indices.filter { index in
            let annotation = annotations[index]
            return annotation["kind"] as? String != "contradiction" && annotation["links"] == nil
                && !linked.contains(annotation["id"] as? String ?? "")
        }
        try #require(plain.count >= 5)
        let (shifted, unknownKind, dangling, duplicate, original) = (plain[0], plain[1], plain[2], plain[4], plain[3])
        var anchor = try #require(annotations[shifted]["anchor"] as? [String: Any])
        anchor["start"] = try #require(anchor["start"] as? Int) + 2
        anchor["end"] = try #require(anchor["end"] as? Int) + 2
        annotations[shifted]["anchor"] = anchor
        annotations[unknownKind]["kind"] = "hyperbole"
        annotations[dangling]["links"] = [["type": "supports", "target": "no-such-annotation"]]
        annotations[duplicate]["id"] = annotations[original]["id"]
        layer["annotations"] = annotations
        let bytes = [UInt8](try JSONSerialization.data(withJSONObject: layer))
        func id(_ index: Int) -> String { annotations[index]["id"] as? String ?? "?" }

        let folder = try ScratchFolder()
        defer { folder.remove() }
        let essay = try folder.write("essay.txt", [UInt8](try Data(contentsOf: Self.texts.appendingPathComponent("\(Self.essayName).txt"))))
        let broken = try folder.write("essay.moves.json", bytes)
        let expected = [
            "\(id(shifted)): annotations[\(shifted)].anchor: the quote is not at",
            "\(id(unknownKind)): annotations[\(unknownKind)].kind: \"hyperbole\" is not a kind of the taxonomy",
            "\(id(dangling)): annotations[\(dangling)].links[0].target: no annotation of the layer has id \"no-such-annotation\"",
            "\(id(duplicate)): annotations[\(duplicate)].id: duplicate id, already used by annotations[\(original)]",
        ]
        for arguments in [["check", essay], ["check", "--layer", broken]] {
            let run = try CommandRun.pingdian(arguments)
            #expect(run.exitCode == 1, "\(arguments)")
            let lines = run.standardOutput.split(separator: "\n").map(String.init)
            #expect(lines.count == expected.count + 1, "\(lines)")
            for (line, start) in zip(lines, expected) { #expect(line.hasPrefix(start), "\(line)") }
            #expect(lines.last == "4 problems in \(annotations.count) annotations")
        }
    }

    @Test("A layer that is not JSON exits 65; a missing layer or text 66")
    func unreadableLayers() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let notJSON = try folder.write("broken.json", Array("{ not json".utf8))
        let run = try CommandRun.pingdian(["check", "--layer", notJSON])
        #expect(run.exitCode == 65)
        #expect(run.standardOutput.hasPrefix("-: $: not valid JSON: line 1, column 3:"))
        let missing = try CommandRun.pingdian(["check", "--layer", folder.url.appendingPathComponent("nope.json").path])
        #expect(missing.exitCode == 66)
        #expect(missing.standardError.contains("nope.json: no such layer file"))
        let text = try folder.write("alone.txt", Array("沒有評點的文章。".utf8))
        let alone = try CommandRun.pingdian(["check", text])
        #expect(alone.exitCode == 66)
        #expect(alone.standardError.contains("alone.moves.json"))
        #expect(alone.standardOutput == "")
        let noText = try CommandRun.pingdian(["check", folder.url.appendingPathComponent("nope.txt").path])
        #expect(noText.exitCode == 66)
    }
}
