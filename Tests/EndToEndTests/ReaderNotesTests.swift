import Foundation
import PingdianCore
import PingdianTestSupport
import Testing

/// The reader and the notes another running copy writes to the same state file.
@Suite("The reader's state file shared with another copy", .needs(.tmux))
struct ReaderNotesTests {
    @Test("Notes written while the reader is open survive its save on quit")
    func notesOfAnotherCopySurvive() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let notes = data.url.appendingPathComponent("notes.json")
        let tmux = try ReaderTests.reader(["--notes", notes.path], dataHome: data)
        defer { tmux.close() }
        try ReaderTests.waitForFrame(tmux, showing: "一個科學家")
        // Another copy (this test) adds a note after the reader read the file.
        let essay = try TextDecoder.decode(Array(PrintCommandTests.essay.utf8), title: "essay").0
        let note = Annotation(id: "r1", kind: "claim", anchor: TextAnchor.make(range: 27..<45, in: essay), note: "另一個視窗寫的")
        _ = try StateStore.apply([.saving(note)], to: notes, document: essay, path: nil)
        try tmux.sendText("20Gq")
        #expect(try tmux.waitForExit() == .exited(0))
        let state = try #require(try StateStore.load(from: notes))
        #expect(state.annotations.map(\.note) == ["另一個視窗寫的"])
        #expect(state.position.offset > 0, "the reader's position was saved too")
        #expect(try StateStore.load(from: StateStore.backupURL(for: notes))?.position.offset == 0, "the backup is the file before the reader's save")
    }
}
