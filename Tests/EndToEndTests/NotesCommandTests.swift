import Foundation
import PingdianCore
import Testing

/// `pingdian notes`: the reader's own annotations listed from a state file written by the test.
@Suite("pingdian notes")
struct NotesCommandTests {
    static let text = "第一段，甲乙丙丁。\n第二段：戊己庚辛。\n"

    /// A state file with a note in each paragraph (the second linked to the first) and one whose quote is gone.
    static let state = #"""
        {
          "format": "pingdian-state", "version": 2,
          "text": {"title": "essay.txt", "scalarCount": 20, "sha256": "0000"},
          "position": {"offset": 10, "quote": "第二段"},
          "updated": "2025-01-27T17:50:00Z",
          "annotations": [
            {"id": "r3", "kind": "claim", "anchor": {"exact": "不存在", "start": 0, "end": 3}},
            {"id": "r2", "kind": "contradiction", "anchor": {"exact": "戊己庚", "prefix": "第二段：", "start": 14, "end": 17},
             "note": "兩行\n批語", "links": [{"type": "contradicts", "target": "r1"}],
             "created": "2025-01-27T17:46:40Z", "modified": "2025-01-27T17:48:00Z"},
            {"id": "r1", "kind": "claim", "anchor": {"exact": "甲乙", "start": 4, "end": 6}}
          ]
        }
        """#

    @Test("Plain output: a block per note in reading order, the lost one last")
    func plain() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let text = try folder.write("essay.txt", Array(Self.text.utf8))
        let notes = try folder.write("notes.json", Array(Self.state.utf8))
        let run = try CommandRun.pingdian(["notes", text, "--notes", notes])
        #expect(run.exitCode == 0)
        #expect(run.standardError == "")
        #expect(run.standardOutput == """
            ¶1 claim r1
              「甲乙」

            ¶2 contradiction r2
              「戊己庚」
              兩行
              批語
              → contradicts 「甲乙」

            ¶- claim r3 (not found)
              「不存在」

            """)
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: notes))) == Array(Self.state.utf8), "listing never writes")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["essay.txt", "notes.json"])
    }

    @Test("--json: an array with every member, null when absent")
    func json() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let text = try folder.write("essay.txt", Array(Self.text.utf8))
        let notes = try folder.write("notes.json", Array(Self.state.utf8))
        let run = try CommandRun.pingdian(["notes", text, "--notes", notes, "--json"])
        #expect(run.exitCode == 0)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["id"] as? String } == ["r1", "r2", "r3"])
        let keys: Set = ["id", "kind", "quote", "start", "end", "paragraph", "note", "links", "source", "creator", "origin", "replyTo", "conflicts", "created", "modified"]
        for entry in entries { #expect(Set(entry.keys) == keys) }
        let r2 = entries[1]
        #expect(r2["kind"] as? String == "contradiction")
        #expect(r2["quote"] as? String == "戊己庚")
        #expect(r2["start"] as? Int == 14)
        #expect(r2["end"] as? Int == 17)
        #expect(r2["paragraph"] as? Int == 2)
        #expect(r2["note"] as? String == "兩行\n批語")
        #expect(r2["created"] as? String == "2025-01-27T17:46:40Z")
        #expect(r2["modified"] as? String == "2025-01-27T17:48:00Z")
        let links = try #require(r2["links"] as? [[String: Any]])
        #expect(links.count == 1)
        #expect(links.first?["type"] as? String == "contradicts")
        #expect(links.first?["target"] as? String == "r1")
        #expect(links.first?["quote"] as? String == "甲乙")
        #expect(entries[0]["note"] is NSNull)
        #expect(entries[0]["created"] is NSNull)
        #expect((entries[0]["links"] as? [Any])?.isEmpty == true)
        #expect(entries[2]["start"] is NSNull && entries[2]["paragraph"] is NSNull, "a lost quote has no place")
        #expect(run.standardOutput.hasSuffix("]\n"))
    }

    @Test("The state file is found where the reader keeps it; no file or no notes list nothing")
    func defaultLocationAndNothing() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let text = try folder.write("essay.txt", Array(Self.text.utf8))
        let data = folder.url.appendingPathComponent("data")
        let environment = ["XDG_DATA_HOME": data.path]
        let none = try CommandRun.pingdian(["notes", text], environment: environment)
        #expect(none.exitCode == 0 && none.standardOutput == "" && none.standardError == "")
        #expect(try CommandRun.pingdian(["notes", text, "--json"], environment: environment).standardOutput == "[]\n")
        #expect(!FileManager.default.fileExists(atPath: data.path), "listing creates nothing")

        let url = StateStore.fileURL(forTextAt: text, title: "essay.txt", environment: environment)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(Self.state.utf8).write(to: url)
        let found = try CommandRun.pingdian(["notes", text], environment: environment)
        #expect(found.standardOutput.hasPrefix("¶1 claim r1\n"))

        let empty = Self.state.replacingOccurrences(of: #"(?s)"annotations": \[.*\]"#, with: #""annotations": []"#, options: .regularExpression)
        try Data(empty.utf8).write(to: url)
        let nothing = try CommandRun.pingdian(["notes", text], environment: environment)
        #expect(nothing.exitCode == 0 && nothing.standardOutput == "")
        #expect(try CommandRun.pingdian(["notes", text, "--json"], environment: environment).standardOutput == "[]\n")
    }

    @Test("A corrupt or newer state file is one line and exit 65, a folder exit 66; none is changed")
    func refusals() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let corrupt = Array(#"{"format": "pingdian-state", "version": 2, "annotations": ["#.utf8)
        let newer = Array(#"{"format": "pingdian-state", "version": 9}"#.utf8)
        let cases: [(name: String, bytes: [UInt8]?, message: String, code: Int32)] = [
            ("corrupt.json", corrupt, "not a valid pingdian state file", 65),
            ("newer.json", newer, "written by a newer pingdian", 65),
            ("folder.json", nil, "open: Is a directory", 66),
        ]
        for item in cases {
            let path: String
            if let bytes = item.bytes {
                path = try folder.write(item.name, bytes)
            } else {
                path = folder.url.appendingPathComponent(item.name).path
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            }
            for json in [false, true] {
                let run = try CommandRun.pingdian(["notes", "--notes", path] + (json ? ["--json"] : []))
                #expect(run.exitCode == item.code, "\(item.name)")
                #expect(run.standardOutput == "")
                #expect(run.standardError.hasPrefix("pingdian: \(path): "), "\(run.standardError)")
                #expect(run.standardError.contains(item.message), "\(run.standardError)")
                #expect(run.standardError.filter { $0 == "\n" }.count == 1, "one line: \(run.standardError)")
            }
            if let bytes = item.bytes { #expect(try Array(Data(contentsOf: URL(fileURLWithPath: path))) == bytes) }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["corrupt.json", "folder.json", "newer.json"])
    }
}
