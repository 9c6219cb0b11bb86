import Foundation
@testable import PingdianCore
import Testing

/// `pingdian merge-layers`: what readers agree on, pre-merged, and why the rest was left out
/// (issue 17 item 5).
@Suite("Pre-merging what readers agree on")
struct ConsensusMergeTests {
    static let text = (1...8).map { "第\($0)句話說了一件不大不小的事情。" }.joined() + "\n"
    static let document = TextDocument(title: "t", text: text)
    static let sentence = 17

    /// A note of `kind` on sentence `number` (from 0), from `from` to `to` scalars into it.
    static func note(_ id: String, _ kind: String, sentence number: Int, _ from: Int = 0, _ to: Int = 16,
                     links: [AnnotationLink] = []) -> Annotation {
        let start = number * sentence
        return Annotation(id: id, kind: kind, anchor: TextAnchor.make(range: start + from..<start + to, in: document), note: id, links: links)
    }

    static let layers = [
        ReaderLayer(name: "Alice", file: "a.json", annotations: [
            note("a1", "claim", sentence: 0), note("a2", "irony", sentence: 1, links: [AnnotationLink(type: .contradicts, target: "a1")]),
            note("a3", "claim", sentence: 2), note("a4", "claim", sentence: 3, 0, 5),
        ]),
        ReaderLayer(name: "Bob", file: "b.json", annotations: [
            note("b1", "claim", sentence: 0, 2, 16), note("b2", "irony", sentence: 1, 0, 12, links: [AnnotationLink(type: .contradicts, target: "b1")]),
            note("b4", "claim", sentence: 3, 3, 16),
        ]),
        ReaderLayer(name: "Mei", file: "m.json", annotations: [
            note("m1", "claim", sentence: 0, 0, 14), note("m2", "evidence", sentence: 1),
        ]),
    ]

    @Test("All three: only the first sentence; the rest listed with why")
    func all() {
        let merge = ConsensusMerge(layers: Self.layers, document: Self.document, required: 3, overlap: 0.5)
        #expect(merge.agreed.count == 1)
        #expect(merge.members == [[0, 1, 2]])
        #expect(merge.agreed[0].kind == "claim")
        #expect(merge.agreed[0].note == "Alice: a1\nBob: b1\nMei: m1")
        let reasons = Dictionary(merge.leftOut.map { ($0.annotation.id, $0.reason) }) { first, _ in first }
        #expect(reasons["a2"] == .tooFewAgree(agreeing: 2, required: 3))
        #expect(reasons["m2"] == .otherKinds(["irony"]))
        #expect(reasons["a3"] == .markedByNoOneElse)
        if case .overlapTooSmall(let best) = reasons["a4"] { #expect(abs(best - 2.0 / 16) < 1e-9) } else { Issue.record("a4: \(String(describing: reasons["a4"]))") }
        #expect(merge.leftOut.count == 6, "a2 b2 m2 a3 a4 b4")
    }

    @Test("Two of three: the irony joins, linked to the claim as both readers linked them")
    func two() {
        let merge = ConsensusMerge(layers: Self.layers, document: Self.document, required: 2, overlap: 0.5)
        #expect(merge.agreed.map(\.kind) == ["claim", "irony"])
        #expect(merge.members == [[0, 1, 2], [0, 1]])
        #expect(merge.agreed[1].links == [AnnotationLink(type: .contradicts, target: "consensus-1")])
        #expect(merge.agreed[0].links.isEmpty, "a symmetric link is stored once")
        // The layer written is one pingdian reads and checks.
        let layer = AnnotationLayer(id: "consensus", annotations: merge.agreed)
        #expect(throws: Never.self) { try AnnotationLayer.decode(layer.encoded()) }
    }

    @Test("The overlap of two spans is the shared part over the stretch both cover")
    func overlap() {
        #expect(ConsensusMerge.overlap(0..<10, 0..<10) == 1)
        #expect(ConsensusMerge.overlap(0..<10, 5..<15) == 5.0 / 15)
        #expect(ConsensusMerge.overlap(0..<10, 10..<20) == 0)
    }
}
