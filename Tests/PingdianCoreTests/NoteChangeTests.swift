import Foundation
import PingdianCore
import Testing

/// One change type for the reader's notes, with its inverse, and the index that resolves only
/// what a change touches.
@Suite("Note changes and the incremental index")
struct NoteChangeTests {
    static let essay = ModelFixtures.essay
    static let taxonomy = ModelFixtures.taxonomy

    @Test("A change followed by its inverse leaves the notes as they were")
    func inverseUndoes() {
        let a = StateFolder.note("a", at: 10)
        let b = StateFolder.note("b", at: 40, note: "乙")
        var edited = b
        edited.note = "改過"
        let start = [a, b]
        for change in [NoteChange.made(StateFolder.note("c", at: 90)), .edited(b, to: edited), .deleted(a)] {
            var notes = start
            change.apply(to: &notes)
            #expect(notes != start)
            change.inverse.apply(to: &notes)
            #expect(notes.sorted { $0.id < $1.id } == start.sorted { $0.id < $1.id }, "\(change)")
        }
        #expect(NoteChange.made(a).inverse == .deleted(a))
        #expect(NoteChange.edited(b, to: edited).inverse == .edited(edited, to: b))
    }

    @Test("The state file takes the same change: saved, edited, removed")
    func stateFileTakesTheChange() {
        var state = ReadingState(document: Self.essay, path: nil, offset: 0, updated: Date(timeIntervalSince1970: 0))
        let note = StateFolder.note("r1", at: 27, note: "甲")
        state.apply(.note(.made(note)), now: Date(timeIntervalSince1970: 10))
        #expect(state.annotations.map(\.id) == ["r1"])
        var edited = state.annotations[0]
        edited.note = "乙"
        state.apply(.note(.edited(state.annotations[0], to: edited)), now: Date(timeIntervalSince1970: 20))
        #expect(state.annotations[0].note == "乙")
        #expect(state.annotations[0].created == Date(timeIntervalSince1970: 10))
        state.apply(.note(.deleted(edited)), now: Date(timeIntervalSince1970: 30))
        #expect(state.annotations.isEmpty)
    }

    @Test("An index updated with changes equals the index built afresh from the changed notes",
          arguments: [1, 2, 3, 4, 5])
    func updatedEqualsRebuilt(seed: Int) {
        var notes = (0..<60).map { number in
            StateFolder.note("n\(number)", at: (number * 97 + seed * 13) % (Self.essay.scalarCount - 50), length: 2 + (number * seed) % 30,
                             kind: number % 4 == 0 ? "contradiction" : "claim",
                             links: number % 7 == 3 ? [AnnotationLink(type: .contradicts, target: "n\(number - 1)")] : [])
        }
        // One orphan: its quote is nowhere in the essay.
        notes.append(Annotation(id: "lost", kind: "claim", anchor: TextAnchor(exact: "這句話不在文中𠀀", prefix: "", suffix: "", start: 5, end: 13)))
        var index = AnnotationIndex(annotations: notes, document: Self.essay, taxonomy: Self.taxonomy)
        var current = notes
        for step in 0..<25 {
            let target = current[(step * 31 + seed) % current.count]
            let change: NoteChange
            switch step % 3 {
            case 0:
                var moved = target
                moved.anchor = TextAnchor.make(range: (step * 211) % 9000 ..< (step * 211) % 9000 + 6, in: Self.essay)
                moved.kind = step % 2 == 0 ? "irony" : "contradiction"
                change = .edited(target, to: moved)
            case 1: change = .deleted(target)
            default: change = .made(StateFolder.note("new\(step)", at: (step * 389) % 9000, length: 5,
                                                     links: [AnnotationLink(type: .contradicts, target: target.id)]))
            }
            change.apply(to: &current)
            index = index.updating(saving: change.after.map { [$0] } ?? [], removing: change.after == nil ? [change.id] : [],
                                   document: Self.essay, taxonomy: Self.taxonomy)
            let rebuilt = AnnotationIndex(annotations: current, document: Self.essay, taxonomy: Self.taxonomy)
            #expect(index.placed == rebuilt.placed, "step \(step)")
            #expect(index.orphans == rebuilt.orphans, "step \(step)")
            for note in current {
                #expect(index.contradictionPartners(of: note.id) == rebuilt.contradictionPartners(of: note.id))
                #expect(index.isContradiction(note.id) == rebuilt.isContradiction(note.id))
            }
            #expect(index.nextContradiction(after: 100)?.id == rebuilt.nextContradiction(after: 100)?.id)
        }
    }
}
