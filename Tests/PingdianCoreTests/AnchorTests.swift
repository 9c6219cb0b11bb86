import Foundation
import Testing
@testable import PingdianCore

@Suite struct AnchorTests {
    let essay = ModelFixtures.essay

    @Test func anchorResolvesExactlyInTheTextItWasMadeIn() throws {
        let range = try #require(ModelFixtures.range(of: "單極世界", in: essay))
        let anchor = TextAnchor.make(range: range, in: essay)
        #expect(anchor.exact == "單極世界")
        #expect(anchor.prefix.unicodeScalars.count == 32)
        #expect(anchor.suffix.unicodeScalars.count == 32)
        #expect(anchor.prefix.hasSuffix("維繫人工智慧的“"))
        #expect(anchor.suffix.hasPrefix("”(我很震驚"))
        #expect(anchor.resolve(in: essay) == .exact(range))
        #expect(anchor.resolve(in: essay).range == range)
    }

    @Test func anchorIsRelocatedAfterAnInsertionBeforeIt() throws {
        let range = try #require(ModelFixtures.range(of: "我們還原一下他的論述邏輯線條", in: essay))
        let anchor = TextAnchor.make(range: range, in: essay)
        let note = "(編者按:下文引述原文。)\n"
        let inserted = note.unicodeScalars.count
        let edited = ModelFixtures.inserting(note, at: 10, in: essay)
        let match = anchor.resolve(in: edited)
        #expect(match == .relocated(range.lowerBound + inserted..<range.upperBound + inserted, distance: inserted))
        #expect(edited.text(in: try #require(match.range)) == "我們還原一下他的論述邏輯線條")
    }

    @Test func anchorStaysExactAfterAnInsertionBehindIt() throws {
        let range = try #require(ModelFixtures.range(of: "這就是一篇“檄文”的效應。", in: essay))
        let anchor = TextAnchor.make(range: range, in: essay)
        let edited = ModelFixtures.inserting("補一句。", at: range.upperBound + 40, in: essay)
        #expect(anchor.resolve(in: edited) == .exact(range))
    }

    @Test func anchorIsOrphanedWhenItsTextIsGone() throws {
        let sentence = try #require(ModelFixtures.range(of: "這就是一篇“檄文”的效應。", in: essay))
        let anchor = TextAnchor.make(range: sentence, in: essay)
        let edited = ModelFixtures.removing(sentence, from: essay)
        #expect(anchor.resolve(in: edited) == .orphaned)
        #expect(anchor.resolve(in: edited).range == nil)
        #expect(anchor.resolve(in: edited).isOrphaned)
    }

    @Test func relocationPrefersTheOccurrenceWhoseContextAgrees() throws {
        // "中國" occurs 28 times; anchor the one in “對中國的算力管制”.
        let range = try #require(ModelFixtures.range(of: "加強對中國的算力管制", in: essay))
        let china = range.lowerBound + 3..<range.lowerBound + 5
        let anchor = TextAnchor.make(range: china, in: essay)
        #expect(anchor.exact == "中國")
        // Insert a long passage full of "中國" just before it, so that other occurrences are
        // nearer to the old offset than the true one.
        let passage = String(repeating: "中國與美國,", count: 30)
        let edited = ModelFixtures.inserting(passage, at: range.lowerBound, in: essay)
        let shift = passage.unicodeScalars.count
        #expect(anchor.resolve(in: edited) == .relocated(china.lowerBound + shift..<china.upperBound + shift, distance: shift))
    }

    @Test func equalContextPrefersTheNearestOccurrence() {
        let document = TextDocument(title: "t", text: "XX甲乙XXXXXXXXXX甲乙XX")
        // Made where there was no context at all; the text then gained both occurrences.
        let anchor = TextAnchor(exact: "甲乙", start: 11, end: 13)
        #expect(anchor.resolve(in: document) == .relocated(14..<16, distance: 3))
    }

    @Test func astralCharactersCountAsOneOffset() throws {
        let document = TextDocument(title: "t", text: "一𠀀二三四")
        #expect(document.scalarCount == 5)
        let anchor = TextAnchor.make(range: 2..<4, in: document)
        #expect(anchor.exact == "二三")
        #expect(anchor.prefix == "一𠀀")
        #expect(anchor.suffix == "四")
        let astral = TextAnchor.make(range: 1..<2, in: document)
        #expect(astral.exact == "𠀀")
        #expect(astral.resolve(in: document) == .exact(1..<2))

        let edited = ModelFixtures.inserting("𠀀", at: 0, in: document)
        #expect(anchor.resolve(in: edited) == .relocated(3..<5, distance: 1))
        #expect(astral.resolve(in: edited) == .relocated(2..<3, distance: 1))
    }

    @Test func makeClampsTheRangeAndTheContext() {
        let document = TextDocument(title: "t", text: "abcdef")
        let anchor = TextAnchor.make(range: 4..<99, in: document, context: 2)
        #expect(anchor == TextAnchor(exact: "ef", prefix: "cd", suffix: "", start: 4, end: 6))
        let atStart = TextAnchor.make(range: 0..<1, in: document)
        #expect(atStart.prefix == "")
        #expect(atStart.suffix == "bcdef")
    }

    @Test func anchorOutsideAShorterTextIsRelocatedOrOrphaned() {
        let anchor = TextAnchor(exact: "cd", prefix: "ab", suffix: "ef", start: 100, end: 102)
        #expect(anchor.resolve(in: TextDocument(title: "t", text: "abcdef")) == .relocated(2..<4, distance: 98))
        #expect(anchor.resolve(in: TextDocument(title: "t", text: "abef")) == .orphaned)
        #expect(anchor.resolve(in: TextDocument(title: "t", text: "")) == .orphaned)
    }

    @Test func emptyQuoteMatchesOnlyAtItsStoredOffset() {
        let document = TextDocument(title: "t", text: "abc")
        #expect(TextAnchor(exact: "", start: 3, end: 3).resolve(in: document) == .exact(3..<3))
        #expect(TextAnchor(exact: "", start: 4, end: 4).resolve(in: document) == .orphaned)
    }

    @Test func anchorRoundTripsThroughJSON() throws {
        let anchor = TextAnchor.make(range: 1..<2, in: TextDocument(title: "t", text: "一𠀀二"))
        let data = try JSONEncoder().encode(anchor)
        #expect(try JSONDecoder().decode(TextAnchor.self, from: data) == anchor)
        let short = try JSONDecoder().decode(TextAnchor.self, from: Data(#"{"exact": "二", "start": 2, "end": 3}"#.utf8))
        #expect(short == TextAnchor(exact: "二", prefix: "", suffix: "", start: 2, end: 3))
    }
}
