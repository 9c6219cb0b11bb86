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
            try apply([.saving(StateFolder.note("r1", at: 27))], to: url)
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
        _ = try apply([.saving(StateFolder.note("r1", at: 27)), .saving(StateFolder.note("r2", at: 50))], to: url)
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
        let newer = Data(#"{"format": "pingdian-state", "version": 4, "annotations": "elsewhere"}"#.utf8)
        try newer.write(to: url)
        let error = try #require(throws: StateFileError.self) { try apply([.setPosition(ReadingPosition(offset: 3, in: essay))], to: url) }
        #expect(error == .newerVersion(path: url.path, found: 4, supported: 3))
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
        #expect(loadError == .unreadable(path: url.path, reason: SystemFailure(.open, code: EISDIR)))
        #expect(loadError.message == "\(url.path): cannot read the reading state (open: Is a directory)")
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
        #expect(error.message.contains("Not a directory"), "\(error)")
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

    /// A real notes file: a position and three notes, one with a link, written by `apply`.
    func realNotesFile(in folder: StateFolder) throws -> (URL, Data) {
        let url = folder.file("essay.json")
        _ = try apply([
            .setPosition(ReadingPosition(offset: 300, in: essay)),
            .saving(StateFolder.note("r1", at: 27, note: "善意的願景。\n第二行 \"引號\"")),
            .saving(StateFolder.note("r2", at: 100, kind: "contradiction", links: [AnnotationLink(type: .contradicts, target: "r1")])),
            .saving(StateFolder.note("r3", at: 1000, length: 9)),
        ], to: url)
        try? FileManager.default.removeItem(at: StateStore.backupURL(for: url))
        return (url, try Data(contentsOf: url))
    }

    @Test func aNotesFileTruncatedAtEveryByteIsAClearErrorAndNeverWritten() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let (url, whole) = try realNotesFile(in: folder)
        #expect(whole.count > 1500)
        var valid = 0
        for length in 0..<whole.count {
            let truncated = whole.prefix(length)
            try truncated.write(to: url)
            do {
                let state = try StateStore.load(from: url)
                // Only the file without its final newline is still a whole state.
                #expect(state?.annotations.count == 3, "length \(length)")
                valid += 1
            } catch {
                guard case .corrupt(let path, let reason) = error else {
                    Issue.record("length \(length): expected .corrupt, got \(error)")
                    continue
                }
                #expect(path == url.path && !reason.message.isEmpty)
                #expect(error.message.hasPrefix("\(url.path): not a valid pingdian state file ("), "\(error.message)")
                #expect(error.forbidsWriting)
            }
            #expect(try Data(contentsOf: url) == truncated, "load never writes: length \(length)")
            // A change is refused and writes nothing: no backup, no temporary file, the same bytes.
            // (Every 25th length and the last 40: each refusal takes the lock, a few ms.)
            if length < whole.count - 1 && (length % 25 == 0 || length > whole.count - 40) {
                #expect(throws: StateFileError.self, "length \(length)") {
                    try apply([.setPosition(ReadingPosition(offset: 3, in: essay))], to: url)
                }
                #expect(try Data(contentsOf: url) == truncated, "length \(length)")
            }
        }
        #expect(valid == 1, "only the file less its final newline reads")
        #expect(try folder.names() == ["essay.json", "essay.json.lock"])
    }

    @Test(arguments: [
        (#""version" : 3"#, #""version" : "2""#, "version: expected a positive integer, found the string \"2\""),
        (#""version" : 3"#, #""version" : 2.0"#, "version: expected a positive integer, found the number 2.0"),
        (#""version" : 3"#, #""version" : 0"#, "version: expected a positive integer, found the number 0"),
        (#""version" : 3"#, #""version" : 99999999999999999999"#, "version: expected a positive integer, found the number 1e+20"),
        (#""version" : 3"#, #""version" : 9223372036854775807"#, "written by a newer pingdian (state version 9223372036854775807"),
        (#""format" : "pingdian-state""#, #""format" : 2"#, "format: expected \"pingdian-state\", found the number 2"),
        (#""format" : "pingdian-state""#, #""format" : "pingdian-layer""#, "format: expected \"pingdian-state\""),
        (#""offset" : 300"#, #""offset" : "300""#, "position.offset: expected an integer, found the string \"300\""),
        (#""offset" : 300"#, #""offset" : 1e999"#, "position.offset"),
        (#""offset" : 300"#, #""offset" : -9223372036854775809"#, "position.offset"),
        (#""start" : 27"#, #""start" : 27.5"#, "annotations[0].anchor.start (id \"r1\")"),
        (#""start" : 27"#, #""start" : -1"#, "annotations[0].anchor (id \"r1\"): start -1 and end 31 are not a range of offsets"),
        (#""id" : "r1""#, #""id" : 1"#, "annotations[0].id: expected a string, found the number 1"),
        (#""kind" : "claim""#, #""kind" : null"#, "annotations[0].kind (id \"r1\"): expected a string, found null"),
        (#""note" : "善意的願景。\n第二行 \"引號\"""#, #""note" : ["善意"]"#, "annotations[0].note (id \"r1\"): expected a string, found an array"),
        (#""annotations" : ["#, #""annotations" : {"x": ["#, "not valid JSON"),
        (#""target" : "r1""#, #""target" : {"id": "r1"}"#, "annotations[1].links[0].target (id \"r2\")"),
        (#""quote" : "#, #""quote" : null, "q" : "#, "position.quote: expected a string, found null"),
        (#""updated" : ""#, #""updated" : 1738000000, "u" : ""#, "updated: expected a string, found the number 1738000000"),
        (#""sha256" : ""#, #""sha256" : true, "s" : ""#, "text.sha256: expected a string, found true"),
    ])
    func aWrongTypeIsNamedAndTheFileNeverWritten(original: String, replacement: String, message: String) throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let (url, whole) = try realNotesFile(in: folder)
        let text = String(decoding: whole, as: UTF8.self)
        try #require(text.contains(original), "the sample holds \(original)")
        let broken = Data(text.replacingOccurrences(of: original, with: replacement).utf8)
        try broken.write(to: url)
        let error = try #require(throws: StateFileError.self) { try StateStore.load(from: url) }
        #expect(error.message.contains(message), "\(error.message)")
        #expect(error.forbidsWriting)
        #expect(throws: StateFileError.self) { try apply([.setPosition(ReadingPosition(offset: 3, in: essay))], to: url) }
        #expect(try Data(contentsOf: url) == broken)
        #expect(try folder.names() == ["essay.json", "essay.json.lock"])
    }

    @Test func unknownMembersInsideANoteAreDroppedAsDocumentedOthersKept() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let (url, whole) = try realNotesFile(in: folder)
        var text = String(decoding: whole, as: UTF8.self)
        text = text.replacingOccurrences(of: #""id" : "r1","#, with: #""id" : "r1", "colour" : "red","#)
        text = text.replacingOccurrences(of: #""format" : "pingdian-state","#, with: #""format" : "pingdian-state", "future" : {"a": [1, 2]},"#)
        try Data(text.utf8).write(to: url)
        #expect(try StateStore.load(from: url)?.annotations.count == 3)
        _ = try apply([.setPosition(ReadingPosition(offset: 5, in: essay))], to: url)
        let rewritten = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        #expect(rewritten.contains(#""future" : {"#), "a top-level member is kept")
        #expect(!rewritten.contains("colour"), "a member of a note is not kept (Docs/file-formats.md: a later version raises the version)")
        #expect(try Data(contentsOf: StateStore.backupURL(for: url)) == Data(text.utf8), "the file as it was is the backup")
    }

    @Test func aHugeNumberOfNotesOrDeepNestingIsAClearError() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let url = folder.file("essay.json")
        let deep = #"{"format": "pingdian-state", "version": 2, "x": "# + String(repeating: "[", count: 100_000)
        try Data(deep.utf8).write(to: url)
        let error = try #require(throws: StateFileError.self) { try StateStore.load(from: url) }
        #expect(error.message.contains("nested too deeply"), "\(error.message)")
        let unknownDeep = #"{"format": "pingdian-state", "version": 2, "x": "# + String(repeating: "[", count: 400)
            + String(repeating: "]", count: 400) + "}"
        try Data(unknownDeep.utf8).write(to: url)
        #expect(throws: StateFileError.self) { try StateStore.load(from: url) }
    }
}

