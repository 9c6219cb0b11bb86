import Foundation
import Testing
@testable import PingdianCore

/// `StateStore.apply(to:…changes:)`: changes computed under the lock from the file as it is then.
@Suite struct StateApplyComputedTests {
    let essay = ModelFixtures.essay
    let moment = Date(timeIntervalSince1970: 1_738_000_000)

    @Test func changesAreMadeFromTheFileAsItIsUnderTheLock() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let url = folder.file("essay.json")
        var seen: [ReadingState?] = []
        let created = try StateStore.apply(to: url, document: essay, path: nil, now: moment) { state in
            seen.append(state)
            return [.saving(StateFolder.note("r1", at: 27))]
        }
        #expect(created?.annotations.map(\.id) == ["r1"])
        // Another copy writes a note; the next computed change sees it.
        _ = try StateStore.apply([.saving(StateFolder.note("other", at: 100))], to: url, document: essay, path: nil, now: moment)
        let next = try StateStore.apply(to: url, document: essay, path: nil, now: moment) { state in
            seen.append(state)
            return state?.annotations.contains { $0.id == "other" } == true ? [.removing(id: "r1")] : []
        }
        #expect(seen.first == .some(nil), "no file yet")
        #expect(seen.last??.annotations.map(\.id) == ["r1", "other"])
        #expect(next?.annotations.map(\.id) == ["other"])
    }

    @Test func noChangeWritesNothing() throws {
        let folder = try StateFolder()
        defer { folder.remove() }
        let url = folder.file("essay.json")
        #expect(try StateStore.apply(to: url, document: essay, path: nil) { _ in [] } == nil)
        #expect(try folder.names() == ["essay.json.lock"], "no file made for nothing")
        _ = try StateStore.apply([.saving(StateFolder.note("r1", at: 27))], to: url, document: essay, path: nil, now: moment)
        let bytes = try Data(contentsOf: url)
        let unchanged = try StateStore.apply(to: url, document: essay, path: nil, now: moment.addingTimeInterval(60)) { _ in [] }
        #expect(unchanged?.annotations.map(\.id) == ["r1"])
        #expect(try Data(contentsOf: url) == bytes)
        #expect(try folder.names() == ["essay.json", "essay.json.lock"], "no backup either")
    }
}
