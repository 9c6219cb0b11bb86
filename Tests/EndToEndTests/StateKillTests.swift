import Foundation
import PingdianCore
import Testing

/// A state file survives its writer being killed at any moment (issue "The reader's own notes", item 7).
@Suite("The state file under SIGKILL")
struct StateKillTests {
    @Test("A writer killed with SIGKILL at random moments, 200 times, always leaves a file and a backup that read, and loses no note")
    func killedWriters() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let url = folder.url.appendingPathComponent("kill.json")
        let backup = StateStore.backupURL(for: url)
        let writer = try PingdianBinary.executable(named: "pingdian-state-writer")
        let deadline = ContinuousClock.now + .seconds(8)
        var kills = 0
        var keptNotes = 0
        var killedMidWrite = 0
        for _ in 0..<200 where ContinuousClock.now < deadline {
            let process = Process()
            process.executableURL = writer
            process.arguments = [url.path]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            // Wait for its first change, then let it run for up to 8 ms: some kills land mid-write.
            let ready = try output.fileHandleForReading.read(upToCount: 6) ?? Data()
            guard ready == Data("ready\n".utf8) else {
                process.waitUntilExit()
                Issue.record("the writer stopped before its first change (status \(process.terminationStatus))")
                return
            }
            usleep(UInt32.random(in: 0...8_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try? output.fileHandleForReading.close()
            #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL)
            kills += 1

            // A temporary file left behind means the kill landed between its creation and its rename.
            if try FileManager.default.contentsOfDirectory(atPath: folder.url.path).contains(where: { $0.hasSuffix(".tmp") }) {
                killedMidWrite += 1
            }
            let state = try #require(try StateStore.load(from: url), "after kill \(kills)")
            let keep = state.annotations.filter { $0.id.hasPrefix("keep-") }.count
            #expect(keep >= keptNotes, "after kill \(kills): \(keep) notes, \(keptNotes) before")
            keptNotes = keep
            if FileManager.default.fileExists(atPath: backup.path) {
                #expect(try StateStore.load(from: backup) != nil, "the backup after kill \(kills)")
            }
        }
        #expect(kills >= 30, "only \(kills) writers were killed in time (\(killedMidWrite) of them while writing)")
        #expect(FileManager.default.fileExists(atPath: backup.path))

        // The next change removes the temporary files the killed writers left.
        let document = TextDocument(title: "kill.txt", text: "一二三")
        _ = try StateStore.apply([], to: url, document: document, path: nil)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
        #expect(names == ["kill.json", "kill.json.bak", "kill.json.lock"])
    }
}
