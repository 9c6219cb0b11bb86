import Foundation
import Testing
@testable import PingdianCore

/// State files that cannot be used: never written over, kept, and clear errors.
@Suite struct StateFaultTests {
    let essay = ModelFixtures.essay
    let moment = Date(timeIntervalSince1970: 1_738_000_000)

    func apply(_ changes: [StateChange], to url: URL) throws -> ReadingState {
        try StateStore.apply(changes, to: url, document: essay, path: nil, now: moment)
    }

    @Test func aCorruptFileIsLeftUntouchedCopiedAndNeverWritten() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let url = folder.file("essay.json")
        let garbage = Data(#"{"format": "pingdian-state", "version": 2, "annotations": [{"id": "#.utf8)
        try garbage.write(to: url)
        #expect(throws: StateFileError.self) { try StateStore.load(from: url) }
        let copy = try StateStore.preserveCopy(of: url, now: moment)
        #expect(copy.lastPathComponent == "essay.corrupt-20250127-174640.json")
        #expect(try Data(contentsOf: copy) == garbage)
        #expect(try StateStore.preserveCopy(of: url, now: moment.addingTimeInterval(5)) == copy, "the same bytes are kept once")

        let error = try #require(throws: StateFileError.self) {
            try apply([.upsertAnnotation(StateFolder.note("r1", at: 27))], to: url)
        }
        guard case .corrupt = error else {
            Issue.record("expected .corrupt, got \(error)")
            return
        }
        #expect(error.forbidsWriting)
        #expect(try Data(contentsOf: url) == garbage)
        #expect(try folder.names() == ["essay.corrupt-20250127-174640.json", "essay.json", "essay.json.lock"], "no backup, no temporary file")
    }

    @Test func copiesNeverOverwriteAnotherCopy() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let url = folder.file("essay.json")
        try Data("other".utf8).write(to: folder.file("essay.corrupt-20250127-174640.json"))
        try Data("first".utf8).write(to: url)
        let first = try StateStore.preserveCopy(of: url, now: moment)
        #expect(first.lastPathComponent == "essay.corrupt-20250127-174640-2.json")
        try Data("second".utf8).write(to: url)
        let second = try StateStore.preserveCopy(of: url, now: moment)
        #expect(second.lastPathComponent == "essay.corrupt-20250127-174640-3.json")
        #expect(try Data(contentsOf: folder.file("essay.corrupt-20250127-174640.json")) == Data("other".utf8))
        #expect(try Data(contentsOf: first) == Data("first".utf8))
    }

    @Test func anInvalidAnnotationMakesTheFileCorrupt() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let url = folder.file("essay.json")
        _ = try apply([.upsertAnnotation(StateFolder.note("r1", at: 27)), .upsertAnnotation(StateFolder.note("r2", at: 50))], to: url)
        var text = try String(contentsOf: url, encoding: .utf8)
        text = text.replacingOccurrences(of: #""id" : "r2""#, with: #""id" : "r1""#)
        try text.write(to: url, atomically: false, encoding: .utf8)
        let error = try #require(throws: StateFileError.self) { try StateStore.load(from: url) }
        #expect(error.message.contains(#"annotations[1].id (id "r1"): duplicate id"#), "\(error)")
        text = text.replacingOccurrences(of: #""created" : "2025-01-27T17:46:40Z""#, with: #""created" : "yesterday""#)
        try text.write(to: url, atomically: false, encoding: .utf8)
        let dateError = try #require(throws: StateFileError.self) { try StateStore.load(from: url) }
        #expect(dateError.message.contains(#"annotations[0].created (id "r1"): "yesterday" is not an ISO 8601 date"#), "\(dateError)")
    }

    @Test func aNewerFileIsRefusedAndNeverWritten() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let url = folder.file("essay.json")
        let newer = Data(#"{"format": "pingdian-state", "version": 3, "annotations": "elsewhere"}"#.utf8)
        try newer.write(to: url)
        let error = try #require(throws: StateFileError.self) { try apply([.setPosition(ReadingPosition(offset: 3, in: essay))], to: url) }
        #expect(error == .newerVersion(path: url.path, found: 3, supported: 2))
        #expect(error.forbidsWriting)
        #expect(try Data(contentsOf: url) == newer)
        #expect(try folder.names() == ["essay.json", "essay.json.lock"])
    }

    @Test func aDirectoryIsAClearError() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let url = folder.file("essay.json")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        let loadError = try #require(throws: StateFileError.self) { try StateStore.load(from: url) }
        #expect(loadError == .unreadable(path: url.path, reason: "it is a directory"))
        #expect(loadError.message == "\(url.path): cannot read the reading state (it is a directory)")
        let applyError = try #require(throws: StateFileError.self) { try apply([], to: url) }
        #expect(applyError == loadError)
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue)
    }

    @Test func aFolderThatIsAFileIsAClearError() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        try Data("x".utf8).write(to: folder.file("data"))
        let url = folder.file("data").appendingPathComponent("essay.json")
        let error = try #require(throws: StateFileError.self) { try apply([], to: url) }
        #expect(error.message.hasPrefix("\(url.path): cannot save the reading state ("), "\(error)")
        #expect(error.message.contains("not a directory"), "\(error)")
        #expect(!error.forbidsWriting)
    }

    @Test(.enabled(if: getuid() != 0, "root writes into read-only folders"))
    func aReadOnlyFolderIsAClearError() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let url = folder.file("essay.json")
        _ = try apply([], to: url)
        let before = try Data(contentsOf: url)
        chmod(folder.url.path, 0o500)
        let error = try #require(throws: StateFileError.self) { try apply([.setPosition(ReadingPosition(offset: 3, in: essay))], to: url) }
        #expect(error.message.hasPrefix("\(url.path): cannot save the reading state ("), "\(error)")
        #expect(error.message.contains("Permission denied"), "\(error)")
        #expect(try Data(contentsOf: url) == before)
        let fresh = folder.file("other.json")
        #expect(throws: StateFileError.self) { try apply([], to: fresh) }
    }
}
