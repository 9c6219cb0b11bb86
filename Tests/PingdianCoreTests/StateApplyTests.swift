import Foundation
import Testing
@testable import PingdianCore

/// `StateStore.apply`: changes made under the lock to the file as it is on disk, with a backup.
@Suite struct StateApplyTests: EssayStateChanging {
    @Test func createsAMissingFileWithTheTextsIdentity() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let url = folder.url.appendingPathComponent("data/pingdian/essay.json")
        let state = try apply([.saving(StateFolder.note("r1", at: 27, note: "善意"))], to: url)
        #expect(state.text == TextIdentity(document: essay, path: nil))
        #expect(state.position.offset == 0)
        #expect(state.annotations.map(\.id) == ["r1"])
        #expect(state.annotations[0].created == moment)
        #expect(state.annotations[0].modified == moment)
        #expect(state.updated == moment)
        #expect(try StateStore.load(from: url) == state)
        #expect(try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path).sorted()
            == ["essay.json", "essay.json.lock"], "no backup of a file that did not exist, no temporary file")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(#""version" : 3"#))
        #expect(text.contains(#""vocabulary" : ["#), "written always, even empty")
        #expect(text.contains(#""created" : "2025-01-27T17:46:40Z""#))
    }

    @Test func upsertsDeletesAndSetsThePosition() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let url = folder.file("essay.json")
        _ = try apply([.saving(StateFolder.note("r1", at: 27)), .saving(StateFolder.note("r2", at: 100))], to: url)
        var edited = StateFolder.note("r1", at: 27, note: "改過")
        edited.created = moment.addingTimeInterval(-999)  // the stored date wins
        let state = try apply([
            .saving(edited), .removing(id: "r2"), .removing(id: "none"),
            .setPosition(ReadingPosition(offset: 500, in: essay)),
        ], to: url, at: 60)
        #expect(state.annotations.map(\.id) == ["r1"])
        #expect(state.annotations[0].note == "改過")
        #expect(state.annotations[0].created == moment)
        #expect(state.annotations[0].modified == moment.addingTimeInterval(60))
        #expect(state.position == ReadingPosition(offset: 500, in: essay))
        #expect(try StateStore.load(from: url) == state)
    }

    @Test func anUnchangedUpsertKeepsTheDates() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let url = folder.file("essay.json")
        let first = try apply([.saving(StateFolder.note("r1", at: 27))], to: url)
        let again = try apply([.saving(first.annotations[0])], to: url, at: 60)
        #expect(again.annotations == first.annotations)
        #expect(again.updated == moment.addingTimeInterval(60))
    }

    @Test func keepsThePreviousFileAsTheBackup() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let url = folder.file("essay.json")
        _ = try apply([.setPosition(ReadingPosition(offset: 10, in: essay))], to: url)
        for step in 1...3 {
            let before = try Data(contentsOf: url)
            _ = try apply([.saving(StateFolder.note("r\(step)", at: step * 100))], to: url, at: Double(step))
            #expect(try Data(contentsOf: StateStore.backupURL(for: url)) == before)
        }
        #expect(try StateStore.load(from: StateStore.backupURL(for: url))?.annotations.count == 2)
        #expect(try folder.names() == ["essay.json", "essay.json.bak", "essay.json.lock"])
        let mode = try FileManager.default.attributesOfItem(atPath: StateStore.backupURL(for: url).path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func keepsUnknownMembersAndReadsVersionOne() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let url = folder.file("essay.json")
        let old = ReadingState(document: essay, path: nil, offset: 5, updated: moment)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(StateStore.encoded(old))) as? [String: Any])
        object["version"] = 1
        object["annotations"] = nil
        object["theme"] = "paper"
        var position = try #require(object["position"] as? [String: Any])
        position["column"] = 3
        object["position"] = position
        try JSONSerialization.data(withJSONObject: object).write(to: url)
        #expect(try StateStore.load(from: url)?.annotations == [], "a version 1 file has no annotations")

        let state = try apply([.saving(StateFolder.note("r1", at: 27)), .setPosition(ReadingPosition(offset: 9, in: essay))], to: url)
        #expect(state.position.offset == 9)
        let rewritten = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        #expect(rewritten["version"] as? Int == 3, "migrated: written back as version 3")
        #expect((rewritten["vocabulary"] as? [Any])?.isEmpty == true)
        #expect(rewritten["theme"] as? String == "paper")
        #expect((rewritten["position"] as? [String: Any])?["column"] as? Int == 3)
        #expect((rewritten["annotations"] as? [Any])?.count == 1)
        let backup = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: StateStore.backupURL(for: url))) as? [String: Any])
        #expect(backup["version"] as? Int == 1, "the backup is the version 1 file as it was")
    }

    @Test func twoCopiesWritingFromStaleStatesLoseNothing() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let url = folder.file("essay.json")
        // Two running copies: each opened the file once, then only applies its own changes.
        var seenByA = try apply([], to: url)
        var seenByB = seenByA
        for round in 0..<10 {
            seenByA = try apply([.saving(StateFolder.note("a\(round)", at: round * 10))], to: url, at: Double(2 * round))
            seenByB = try apply([.saving(StateFolder.note("b\(round)", at: round * 10 + 5)),
                                 .setPosition(ReadingPosition(offset: round, in: essay))], to: url, at: Double(2 * round + 1))
        }
        // B edits a note A made; A deletes one B made and edits one B deleted (it comes back).
        seenByB = try apply([.saving(StateFolder.note("a3", at: 30, note: "B 的批語")), .removing(id: "b7")], to: url, at: 100)
        seenByA = try apply([.removing(id: "b2"), .saving(StateFolder.note("b7", at: 75, note: "A 改過"))], to: url, at: 101)
        let final = try #require(try StateStore.load(from: url))
        #expect(final == seenByA, "apply returns what is in the file")
        let expected = Set((0..<10).map { "a\($0)" } + (0..<10).filter { $0 != 2 }.map { "b\($0)" })
        #expect(Set(final.annotations.map(\.id)) == expected)
        #expect(final.annotations.first { $0.id == "a3" }?.note == "B 的批語")
        #expect(final.annotations.first { $0.id == "b7" }?.note == "A 改過")
        #expect(final.position.offset == 9, "the last position set by B")
        #expect(Set(seenByB.annotations.map(\.id)).isSuperset(of: (0..<10).map { "a\($0)" }),
                "each copy gets back the notes the other wrote")
    }

    @Test func concurrentWritersInOneProcessLoseNothing() async throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let url = folder.file("essay.json")
        let essay = self.essay
        await withTaskGroup(of: Void.self) { group in
            for writer in 0..<4 {
                group.addTask {
                    for index in 0..<15 {
                        let note = StateFolder.note("w\(writer)-\(index)", at: writer * 100 + index)
                        _ = try? StateStore.apply([.saving(note)], to: url, document: essay, path: nil)
                    }
                }
            }
        }
        #expect(try StateStore.load(from: url)?.annotations.count == 60)
    }

    @Test func refusesAChangeThatWouldNotReadBack() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let url = folder.file("essay.json")
        _ = try apply([.saving(StateFolder.note("r1", at: 27))], to: url)
        let before = try Data(contentsOf: url)
        var broken = StateFolder.note("r2", at: 40)
        broken.anchor.exact = ""
        let error = try #require(throws: StateFileError.self) { try apply([.saving(broken)], to: url) }
        guard case .invalidChange(let path, let format) = error else {
            Issue.record("expected .invalidChange, got \(error)")
            return
        }
        #expect(path == url.path)
        #expect(format.id == "r2")
        #expect(try Data(contentsOf: url) == before)
        let selfLink = StateFolder.note("r3", at: 50, links: [AnnotationLink(type: .supports, target: "r3")])
        #expect(throws: StateFileError.self) { try apply([.saving(selfLink)], to: url) }
        // A link to a note another copy deleted is kept: it is not an error.
        let dangling = StateFolder.note("r4", at: 60, links: [AnnotationLink(type: .supports, target: "gone")])
        #expect(try apply([.saving(dangling)], to: url).annotations.count == 2)
    }

    @Test func removesTemporaryFilesOfKilledWriters() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let url = folder.file("essay.json")
        _ = try apply([], to: url)
        // pid 2^22 + 1 is above Linux's pid_max limit, so no such process exists.
        let dead = ".essay.json.4194305.12345.tmp"
        let deadBackup = ".essay.json.bak.4194305.99.tmp"
        let alive = ".essay.json.\(getpid()).7.tmp"
        for name in [dead, deadBackup, alive] { _ = FileManager.default.createFile(atPath: folder.file(name).path, contents: Data("{".utf8)) }
        _ = try apply([], to: url, at: 1)
        #expect(try folder.names() == [alive, "essay.json", "essay.json.bak", "essay.json.lock"])
    }
}
