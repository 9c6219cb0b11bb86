import Foundation
@testable import PingdianCore
import Testing

/// The three-way merge of two readers' (or two machines') state files by annotation id: what
/// git's merge driver `pingdian merge-notes` does (issue 17 item 7).
@Suite("Merging notes files")
struct NotesMergeTests {
    typealias F = InterchangeFixture

    static let time = Date(timeIntervalSince1970: 1_760_000_000)

    static func state(_ notes: [Annotation], offset: Int = 0, minutes: Double = 0) -> ReadingState {
        var state = ReadingState(document: F.document, path: "/texts/fixture.txt", offset: offset, updated: time.addingTimeInterval(minutes * 60))
        state.annotations = notes
        return state
    }

    static func note(_ id: String, _ text: String, quote: String = "甲之言自相矛盾", creator: String? = nil) -> Annotation {
        Annotation(id: id, kind: "claim", anchor: F.anchor(quote), note: text, creator: creator)
    }

    static let base = state([Self.note("a", "甲"), Self.note("b", "乙"), Self.note("c", "丙"), Self.note("d", "丁")])

    @Test("Additions from both sides are kept; one-sided changes and deletions are taken; ours first, then theirs' new ones")
    func oneSided() {
        let ours = Self.state([Self.note("a", "甲，改了"), Self.note("b", "乙"), Self.note("d", "丁"), Self.note("x", "我新加的")])
        let theirs = Self.state([Self.note("a", "甲"), Self.note("b", "乙，他們改了"), Self.note("c", "丙"), Self.note("y", "他們新加的")])
        let (merged, report) = NotesMerge.merge(base: Self.base, ours: ours, theirs: theirs)
        #expect(merged.annotations.map { "\($0.id) \($0.note ?? "")" } == ["a 甲，改了", "b 乙，他們改了", "x 我新加的", "y 他們新加的"])
        // c deleted by us, d by them, each unchanged on the other side.
        #expect(report.deleted == 2 && report.conflicts.isEmpty && report.keptOverDeletion.isEmpty)
        #expect(merged.annotations.allSatisfy { $0.conflicts.isEmpty })
    }

    @Test("A note changed on both sides keeps both texts, ours first and theirs as a conflict; a deletion against an edit keeps the edit")
    func conflicts() {
        let ours = Self.state([Self.note("a", "甲：我的版本"), Self.note("b", "乙"), Self.note("c", "丙")])
        let theirs = Self.state([Self.note("a", "甲：他們的版本", creator: "Bob"), Self.note("c", "丙，他們改了"), Self.note("d", "丁")])
        let (merged, report) = NotesMerge.merge(base: Self.base, ours: ours, theirs: theirs)
        let a = merged.annotations.first { $0.id == "a" }
        #expect(a?.note == "甲：我的版本")
        #expect(a?.conflicts.map(\.note) == ["甲：他們的版本"])
        #expect(a?.conflicts.first?.creator == "Bob")
        #expect(report.conflicts == ["a"])
        // b: they deleted, we kept unchanged → deleted. c: we kept, they changed → theirs.
        // d: we deleted, they kept unchanged → deleted.
        #expect(merged.annotations.map(\.id) == ["a", "c"])
        #expect(merged.annotations[1].note == "丙，他們改了")
        let edited = Self.state([Self.note("a", "甲"), Self.note("b", "乙，我改了")])
        let deleting = Self.state([Self.note("a", "甲")])
        let (kept, keptReport) = NotesMerge.merge(base: Self.base, ours: deleting, theirs: edited)
        #expect(kept.annotations.map(\.id) == ["a", "b"] && kept.annotations[1].note == "乙，我改了")
        #expect(keptReport.keptOverDeletion == ["b"])
    }

    @Test("Merging the result with the same other side again changes nothing, byte for byte")
    func idempotent() {
        let ours = Self.state([Self.note("a", "甲：我的版本"), Self.note("b", "乙，我改了"), Self.note("x", "新")], offset: 5, minutes: 3)
        let theirs = Self.state([Self.note("a", "甲：他們的版本"), Self.note("c", "丙，他們改了"), Self.note("y", "新的")], offset: 9, minutes: 7)
        let once = NotesMerge.merge(base: Self.base, ours: ours, theirs: theirs).state
        let twice = NotesMerge.merge(base: Self.base, ours: once, theirs: theirs).state
        #expect(StateStore.encoded(twice) == StateStore.encoded(once))
        // And from the other side's point of view, the same notes (in their order).
        let mirrored = NotesMerge.merge(base: Self.base, ours: theirs, theirs: ours).state
        #expect(Set(mirrored.annotations.map(\.id)) == Set(once.annotations.map(\.id)))
    }

    @Test("The reading position: the side that moved it; the later state's when both did. Updated: the later")
    func position() {
        let base = Self.state([], offset: 3)
        let movedHere = Self.state([], offset: 12, minutes: 1)
        let stayedThere = Self.state([], offset: 3, minutes: 9)
        #expect(NotesMerge.merge(base: base, ours: movedHere, theirs: stayedThere).state.position.offset == 12)
        let movedThereLater = Self.state([], offset: 20, minutes: 9)
        let merged = NotesMerge.merge(base: base, ours: movedHere, theirs: movedThereLater).state
        #expect(merged.position.offset == 20)
        #expect(merged.updated == Self.time.addingTimeInterval(9 * 60))
    }

    @Test("A file new on both sides (no ancestor): same notes once, one id with two contents kept as a conflict")
    func noAncestor() {
        let ours = Self.state([Self.note("a", "甲"), Self.note("b", "乙")])
        let theirs = Self.state([Self.note("a", "甲"), Self.note("b", "乙乙"), Self.note("c", "丙")])
        let (merged, report) = NotesMerge.merge(base: nil, ours: ours, theirs: theirs)
        #expect(merged.annotations.map(\.id) == ["a", "b", "c"])
        #expect(merged.annotations[1].conflicts.map(\.note) == ["乙乙"])
        #expect(report.conflicts == ["b"])
    }

    @Test("A note saved again unchanged on one side (only its dates differ) is not a change")
    func datesAreNotChanges() {
        var resaved = Self.note("a", "甲")
        resaved.modified = Self.time.addingTimeInterval(3600)
        let ours = Self.state([resaved, Self.note("b", "乙"), Self.note("c", "丙"), Self.note("d", "丁")])
        let theirs = Self.state([Self.note("a", "甲，他們改了"), Self.note("b", "乙"), Self.note("c", "丙"), Self.note("d", "丁")])
        let (merged, report) = NotesMerge.merge(base: Self.base, ours: ours, theirs: theirs)
        #expect(merged.annotations.first?.note == "甲，他們改了")
        #expect(report.conflicts.isEmpty)
    }
}
