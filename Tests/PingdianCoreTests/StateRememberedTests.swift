import Foundation
import Testing
@testable import PingdianCore

/// `StateStore.apply` re-reads the file under the lock every time but decodes it again only when
/// its bytes are not the ones this process last read or wrote (``RememberedStates``).
@Suite struct StateRememberedTests: EssayStateChanging {
    /// The file at `url` decoded from its bytes, never from what this process remembers (as
    /// `load` always does; forgotten first all the same).
    func decodedAfresh(_ url: URL) throws -> ReadingState? {
        RememberedStates.shared.forget(url.path)
        return try StateStore.load(from: url)
    }

    @Test func aStateWrittenIsTheStateItsBytesDecodeTo() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let url = folder.file("essay.json")
        _ = try apply([.setPosition(ReadingPosition(offset: 300, in: essay))], to: url)
        // A member this version does not know, at the top level and inside `text`, kept by every write.
        var text = try String(contentsOf: url, encoding: .utf8)
        text = text.replacingOccurrences(of: #""format" : "pingdian-state","#, with: #""format" : "pingdian-state", "future" : {"a": [1, 2]},"#)
        text = text.replacingOccurrences(of: #""text" : {"#, with: #""text" : {"later" : true,"#)
        try Data(text.utf8).write(to: url)
        var state = try apply([
            .saving(StateFolder.note("r1", at: 27, note: "善意的願景。\n第二行 \"引號\"")),
            .saving(StateFolder.note("r2", at: 100, kind: "contradiction", links: [AnnotationLink(type: .contradicts, target: "r1")])),
        ], to: url, at: 1.7)
        #expect(try decodedAfresh(url) == state)
        for step in 1...3 {
            state = try apply([.saving(StateFolder.note("s\(step)", at: step * 200)), .removing(id: "r1")], to: url, at: Double(step) + 0.4)
            #expect(try StateStore.load(from: url) == state)
            #expect(try decodedAfresh(url) == state, "step \(step)")
        }
        #expect(String(decoding: try Data(contentsOf: url), as: UTF8.self).contains(#""future" : {"#))
    }

    @Test func aChangeByAnotherCopyIsReadEvenWhenTheFileKeepsItsSize() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let url = folder.file("essay.json")
        _ = try apply([.saving(StateFolder.note("r1", at: 27, note: "甲"))], to: url)
        // Another copy changes one note's text to one of the same length, byte for byte.
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: #""note" : "甲""#, with: #""note" : "乙""#)
        try Data(text.utf8).write(to: url)
        let state = try apply([.setPosition(ReadingPosition(offset: 40, in: essay))], to: url, at: 1)
        #expect(state.annotations.map(\.note) == ["乙"])
        #expect(try decodedAfresh(url) == state)
    }

    @Test func aFileBrokenSinceItWasWrittenIsStillAnError() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let url = folder.file("essay.json")
        _ = try apply([.saving(StateFolder.note("r1", at: 27))], to: url)
        let whole = try Data(contentsOf: url)
        try whole.prefix(whole.count / 2).write(to: url)
        #expect(throws: StateFileError.self) { try apply([.setPosition(ReadingPosition(offset: 40, in: essay))], to: url, at: 1) }
        #expect(try Data(contentsOf: url) == whole.prefix(whole.count / 2), "nothing was written")
    }
}

/// The backup as a hard link to the file as it was.
@Suite struct StateBackupLinkTests {
    let essay = ModelFixtures.essay

    @Test func aBackupThatIsAlreadyTheFileLeavesNoTemporaryName() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let url = folder.file("essay.json")
        _ = try StateStore.apply([.setPosition(ReadingPosition(offset: 10, in: essay))], to: url, document: essay, path: nil)
        // As after a writer killed between its backup and its rename: the backup is the file itself.
        let backup = StateStore.backupURL(for: url)
        try? FileManager.default.removeItem(at: backup)
        #expect(link(url.path, backup.path) == 0)
        let before = try Data(contentsOf: url)
        _ = try StateStore.apply([.setPosition(ReadingPosition(offset: 20, in: essay))], to: url, document: essay, path: nil)
        #expect(try folder.names() == ["essay.json", "essay.json.bak", "essay.json.lock"])
        #expect(try Data(contentsOf: backup) == before)
        #expect(try StateStore.load(from: url)?.position.offset == 20)
    }
}
