import Foundation
import PingdianCore
import PingdianTestSupport
import Testing

/// `pingdian agree` on the real binary (issue 17 item 4): readers' exports written by the test,
/// the same one twice, unrelated ones, and files that cannot be used.
@Suite("pingdian agree")
struct AgreeCommandTests {
    /// Twenty sentences of a made-up commentary.
    static let text = (1...20).map { "第\($0)句說的是某件事，並且提出了一個看法。" }.joined() + "\n"
    static let document = TextDocument(title: "essay.txt", text: text)
    static let kinds = ["claim", "evidence", "irony", "concession"]

    /// A reader's export: one note on each sentence `pick` chooses, of the kind it chooses.
    static func export(creator: String, _ pick: (Int) -> (kind: String, marked: Bool)) -> [UInt8] {
        let sentence = 21  // scalars per sentence
        let notes = (0..<20).compactMap { number -> Annotation? in
            let choice = pick(number)
            guard choice.marked else { return nil }
            let range = number * sentence..<number * sentence + 14
            return Annotation(id: "\(creator)-\(number)", kind: choice.kind, anchor: TextAnchor.make(range: range, in: document), creator: creator)
        }
        return JSONExporter.export(ExportDocument(document: document, sourcePath: nil, taxonomy: Taxonomy(kinds: []), layers: [(.user, notes)]))
    }

    @Test("The same reader twice agrees fully; a reader who marks other sentences with other kinds is near chance")
    func sameAndUnrelated() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let text = try folder.write("essay.txt", Array(Self.text.utf8))
        let a = try folder.write("a.json", Self.export(creator: "Alice") { (Self.kinds[$0 % 4], $0 % 2 == 0) })
        let b = try folder.write("b.json", Self.export(creator: "Bob") { (Self.kinds[($0 / 3) % 4], $0 % 3 != 2) })
        let same = try CommandRun.pingdian(["agree", a, a, "--text", text, "--ui-lang", "en"])
        #expect(same.exitCode == 0, "\(same.standardError)")
        #expect(same.standardOutput.contains("readers (marks): Alice (10), Alice (2) (10)"))
        // Each line as its words, the padding aside.
        let lines = same.standardOutput.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(lines.contains("all kinds 1.00"), "\(same.standardOutput)")
        #expect(lines.contains("Alice – Alice (2) κ 1.00 αU 1.00"), "\(same.standardOutput)")
        let unrelated = try CommandRun.pingdian(["agree", a, b, "--text", text, "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(unrelated.standardOutput.utf8)) as? [String: Any])
        let alpha = try #require(report["unitizingAlpha"] as? Double)
        let sentenceAlpha = try #require(report["sentenceAlpha"] as? Double)
        #expect(abs(alpha) < 0.35 && abs(sentenceAlpha) < 0.35, "\(alpha) \(sentenceAlpha)")
        let csv = try CommandRun.pingdian(["agree", a, b, "--text", text, "--csv"])
        let rows = csv.standardOutput.split(separator: "\n")
        #expect(rows.first == "first,second,cohen_kappa,unitizing_alpha")
        #expect(rows.count == 2 && rows[1].hasPrefix("Alice,Bob,"))
    }

    @Test("A corrupt file, a newer one and one of another text: one line each; the others are compared; nothing is written")
    func badFiles() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let text = try folder.write("essay.txt", Array(Self.text.utf8))
        let a = try folder.write("a.json", Self.export(creator: "Alice") { (Self.kinds[$0 % 4], true) })
        let b = try folder.write("b.json", Self.export(creator: "Bob") { (Self.kinds[$0 % 4], $0 < 15) })
        let corrupt = try folder.write("corrupt.json", Array(#"{"format": "pingdian-state", "version": 3, "annotations": 7}"#.utf8))
        let newer = try folder.write("newer.json", Array(#"{"format": "pingdian-state", "version": 99}"#.utf8))
        let otherText = TextDocument(title: "other.txt", text: "前言。" + Self.text)
        var moved = ReadingState(document: otherText, path: "/elsewhere/other.txt", offset: 0, updated: Date())
        moved.annotations = [Annotation(id: "m1", kind: "claim", anchor: TextAnchor.make(range: 3..<17, in: otherText), creator: "Mei")]
        let other = try folder.write("other.json", Array(try JSONEncoder().encode(moved)))
        let before = try [corrupt, newer, other].map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        let run = try CommandRun.pingdian(["agree", a, corrupt, b, newer, other, "--text", text, "--ui-lang", "en"])
        #expect(run.exitCode == 0, "\(run.standardError)")
        let lines = run.standardError.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("pingdian: \(corrupt): not a valid pingdian notes file") && $0.hasSuffix("left out") })
        #expect(lines.contains { $0.hasPrefix("pingdian: \(newer): written by a newer pingdian (state version 99") })
        #expect(lines.contains("pingdian: \(other) was made on another text (or another version of it): 1 of 1 notes found again by their words, 0 not found"))
        #expect(run.standardOutput.contains("readers (marks): Alice (20), Bob (15), Mei (1)"))
        #expect(try [corrupt, newer, other].map { try Data(contentsOf: URL(fileURLWithPath: $0)) } == before)
        let alone = try CommandRun.pingdian(["agree", a, corrupt, "--text", text])
        #expect(alone.exitCode == 65)
        #expect(alone.standardError.hasSuffix("pingdian: agreement needs two readers' notes (or one with --curated); 1 could be read\n"))
    }

    @Test("merge-layers writes what all (or N) readers agree on as a layer pingdian reads, and lists the rest with why")
    func mergeLayers() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let text = try folder.write("essay.txt", Array(Self.text.utf8))
        // Alice marks every sentence, Bob the first ten with the same kinds, then other kinds.
        let a = try folder.write("a.json", Self.export(creator: "Alice") { (Self.kinds[$0 % 4], true) })
        let b = try folder.write("b.json", Self.export(creator: "Bob") { ($0 < 10 ? Self.kinds[$0 % 4] : Self.kinds[($0 + 1) % 4], $0 < 15) })
        let output = folder.url.appendingPathComponent("consensus.json").path
        let run = try CommandRun.pingdian(["merge-layers", a, b, "--text", text, "--agree", "all", "--output", output])
        #expect(run.exitCode == 0, "\(run.standardError)")
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(output): 10 passage(s) on which all 2 readers agree (same kind, overlap ≥ 0.5)")
        #expect(lines.filter { $0.hasSuffix("— no other reader marked these words") }.count == 5, "Alice's last five")
        #expect(lines.filter { $0.contains("— others marked these words as") }.count == 10, "five of Alice's, five of Bob's")
        let layer = try AnnotationLayer.decode(Array(try Data(contentsOf: URL(fileURLWithPath: output))))
        #expect(layer.annotations.count == 10)
        #expect(layer.annotations[0].note == "Alice\nBob", "who agreed (their notes were empty)")
        let check = try CommandRun.pingdian(["check", text, "--layer", output])
        #expect(check.exitCode == 0, "\(check.standardOutput)\(check.standardError)")
        let tooMany = try CommandRun.pingdian(["merge-layers", a, b, "--text", text, "--agree", "3", "--output", output])
        #expect(tooMany.exitCode == 64 && tooMany.standardError.contains("--agree 3: between 2 and the 2 readers read, or all"))
    }
}
