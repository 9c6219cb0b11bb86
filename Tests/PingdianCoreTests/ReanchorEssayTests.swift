import Foundation
import Testing
@testable import PingdianCore
import PingdianFixtures

/// The curated layer of the bundled essay (99 notes) after the edits a reader or an editor makes:
/// every note that was not itself edited stays on the same words.
@Suite struct ReanchorEssayTests {
    let essay = ModelFixtures.essay
    let annotations = ModelFixtures.curatedLayer.annotations

    /// Checks that every annotation resolves in `edited` to the text it quotes, at the offset
    /// `newStart` gives for its old start; returns the matches.
    @discardableResult
    func expectSameWords(
        in edited: TextDocument, for selected: [Annotation]? = nil, newStart: (Int) -> Int,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> [AnchorMatch] {
        (selected ?? annotations).map { annotation in
            let anchor = annotation.anchor
            let match = anchor.resolve(in: edited)
            let expected = newStart(anchor.start)..<newStart(anchor.start) + anchor.exact.unicodeScalars.count
            #expect(match.range == expected, "\(annotation.id): \(match)", sourceLocation: sourceLocation)
            return match
        }
    }

    @Test func theLayerHasItsNinetyNineNotes() {
        #expect(annotations.count == 99)
        #expect(ReanchorSummary(annotations.map { $0.anchor.resolve(in: essay) }) == ReanchorSummary(exact: 99))
    }

    @Test func newParagraphNearTheTop() {
        let paragraph = "（編者按：本文寫於二〇二五年一月，以下是原文，未經刪改。）\n"
        let at = essay.paragraphs[1].range.lowerBound
        let shift = paragraph.unicodeScalars.count
        let edited = ModelFixtures.inserting(paragraph, at: at, in: essay)
        let matches = expectSameWords(in: edited) { $0 < at ? $0 : $0 + shift }
        let before = annotations.filter { $0.anchor.start < at }.count
        #expect(ReanchorSummary(matches) == ReanchorSummary(exact: before, relocated: 99 - before))
    }

    @Test func deletionBeforeTheNotes() {
        // The first 90 scalars of the second paragraph, which no note quotes.
        let start = essay.paragraphs[1].range.lowerBound
        let deleted = start..<start + 90
        #expect(annotations.allSatisfy { !$0.anchor.range.overlaps(deleted) })
        let edited = ModelFixtures.removing(deleted, from: essay)
        expectSameWords(in: edited) { $0 < start ? $0 : $0 - 90 }
    }

    @Test func movedParagraph() throws {
        // Paragraph 5 ("我們還原一下他的論述邏輯線條…", 13 notes) cut and pasted after paragraph 30.
        let moved = essay.paragraphs[5].range
        let length = moved.count + 1  // with its line end
        let target = essay.paragraphs[30].range.upperBound
        let cut = ModelFixtures.removing(moved.lowerBound..<moved.lowerBound + length, from: essay)
        let edited = ModelFixtures.inserting("\n" + essay.text(in: moved), at: target - length, in: cut)
        let pastedAt = target - length + 1
        let matches = expectSameWords(in: edited) { start in
            if moved.contains(start) { return pastedAt + start - moved.lowerBound }
            if start >= moved.lowerBound + length && start <= target { return start - length }
            return start
        }
        #expect(annotations.filter { moved.contains($0.anchor.start) }.count == 13)
        #expect(ReanchorSummary(matches).orphaned == 0)
    }

    @Test func duplicatedParagraphTheCopyWithTheRightContextWins() throws {
        // Paragraph 21 opens with m-two-routes; a copy is pasted before paragraph 20, nearer to the
        // old offset than the original, which moves down by the copy's length.
        let note = try #require(annotations.first { $0.id == "m-two-routes" }).anchor
        let paragraph = essay.paragraphs[21].range
        #expect(note.start == paragraph.lowerBound)
        let copy = essay.text(in: paragraph) + "\n"
        let edited = ModelFixtures.inserting(copy, at: essay.paragraphs[20].range.lowerBound, in: essay)
        let shift = copy.unicodeScalars.count
        #expect(note.resolve(in: edited) == .relocated(note.start + shift..<note.end + shift, distance: shift))
    }

    @Test func duplicatedEditedParagraphTheScoreSaysWhichContextAgrees() throws {
        // As above, but the quote was edited before the paragraph was copied: both copies match
        // approximately; the original wins, and its score is higher than the copy's alone.
        let note = try #require(annotations.first { $0.id == "m-two-routes" }).anchor
        let editedQuote = ModelFixtures.replacing(note.start + 5..<note.start + 6, with: "甲", in: essay)
        let paragraph = editedQuote.paragraphs[21].range
        let copy = editedQuote.text(in: paragraph) + "\n"
        let shift = copy.unicodeScalars.count
        let duplicated = ModelFixtures.inserting(copy, at: editedQuote.paragraphs[20].range.lowerBound, in: editedQuote)
        let original = note.start + shift..<note.end + shift
        guard case .approximate(let range, let score) = note.resolve(in: duplicated) else {
            Issue.record("expected an approximate match")
            return
        }
        #expect(range == original)

        // Only the copy left (the original paragraph removed): found, with a lower score.
        let copyOnly = ModelFixtures.removing(original.lowerBound..<original.lowerBound + shift, from: duplicated)
        guard case .approximate(let copyRange, let copyScore) = note.resolve(in: copyOnly) else {
            Issue.record("expected an approximate match on the copy")
            return
        }
        #expect(copyRange == editedQuote.paragraphs[20].range.lowerBound..<editedQuote.paragraphs[20].range.lowerBound + note.exact.unicodeScalars.count)
        #expect(copyScore < score - 0.1, "the copy's context disagrees: \(copyScore) vs \(score)")
        #expect(copyScore >= ApproximateScore.minimumScore)
    }

    @Test func notesOfADeletedParagraphAreOrphansNeverDropped() throws {
        let deleted = essay.paragraphs[5].range
        let edited = ModelFixtures.removing(deleted.lowerBound..<deleted.upperBound + 1, from: essay)
        let index = AnnotationIndex(layer: ModelFixtures.curatedLayer, document: edited, taxonomy: ModelFixtures.taxonomy)
        let gone = Set(annotations.filter { deleted.contains($0.anchor.start) }.map(\.id))
        #expect(gone.count == 13)
        #expect(Set(index.orphans.map(\.id)) == gone)
        #expect(index.all.count == 99)
        let after = annotations.filter { $0.anchor.start >= deleted.upperBound }.count
        let summary = ReanchorSummary(index.all)
        #expect(summary == ReanchorSummary(exact: 99 - 13 - after, relocated: after, orphaned: 13))
        #expect(summary.description(in: .english) == "\(after) moved, 13 orphaned")
        #expect(summary.description(in: .traditionalChinese) == "移位 \(after) 則，失去原文 13 則")
        // Orphans keep their stored anchor when the layer is saved.
        for orphan in index.orphans {
            #expect(orphan.annotation.anchor.reanchored(for: orphan.match, in: edited) == orphan.annotation.anchor)
        }
    }

    @Test func everyQuoteDeletedAloneIsAnOrphan() {
        // The context is still there but the words are gone: no note may land on similar words
        // elsewhere (the closest chance match scores about 0.53, under the threshold).
        for annotation in annotations {
            let edited = ModelFixtures.removing(annotation.anchor.range, from: essay)
            #expect(annotation.anchor.resolve(in: edited) == .orphaned, "\(annotation.id)")
        }
    }

    @Test func seededRandomEditsLeaveTheOtherNotesOnTheirWords() {
        var generator = SplitMix(seed: 2025)
        for round in 0..<5 {
            // Six edits (insert, delete or replace 1–12 scalars) anywhere, applied back to front
            // so that each is described in the original offsets.
            var edits: [(range: Range<Int>, text: String)] = []
            while edits.count < 6 {
                let start = Int(generator.next() % UInt64(essay.scalarCount - 12))
                let length = Int(generator.next() % 3 == 0 ? 0 : 1 + generator.next() % 12)
                let range = start..<start + length
                let text = generator.next() % 3 == 0 ? "" : String(repeating: "增", count: 1 + Int(generator.next() % 12))
                guard !(range.isEmpty && text.isEmpty),
                      !edits.contains(where: { $0.range.overlaps(range) || $0.range.lowerBound == start }) else { continue }
                edits.append((range, text))
            }
            var edited = essay
            for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
                edited = ModelFixtures.replacing(edit.range, with: edit.text, in: edited)
            }
            // An edit ending at or before a quote's start shifts it by the change in length.
            func newStart(_ start: Int) -> Int {
                start + edits.filter { $0.range.upperBound <= start }
                    .map { $0.text.unicodeScalars.count - $0.range.count }.reduce(0, +)
            }
            let untouched = annotations.filter { annotation in
                !edits.contains { edit in
                    let quote = annotation.anchor.range
                    return edit.range.overlaps(quote) || (edit.range.lowerBound > quote.lowerBound && edit.range.lowerBound < quote.upperBound)
                }
            }
            #expect(untouched.count > 80, "round \(round)")
            expectSameWords(in: edited, for: untouched, newStart: newStart)
        }
    }

    @Test func crlfFileResolvesLikeTheLFFile() throws {
        // The same essay saved with CRLF line ends: decoding makes it canonical, nothing moves.
        let crlfText = essay.text(in: 0..<essay.scalarCount).replacingOccurrences(of: "\n", with: "\r\n")
        let bytes = Array(crlfText.utf8)
        let (crlf, report) = try TextDecoder.decode(bytes, title: "crlf")
        #expect(report.convertedCRLF > 40)
        #expect(crlf.scalars == essay.scalars)
        expectSameWords(in: crlf) { $0 }

        // Taken raw, with a CR before every LF, every note still finds its words, one scalar
        // further on for each line end before it.
        let raw = TextDocument(title: "raw", text: crlfText)
        let lineEnds = essay.scalars.indices.filter { essay.scalars[$0] == "\n" }
        expectSameWords(in: raw) { start in start + lineEnds.filter { $0 < start }.count }
    }

    @Test func astralCharactersBeforeTheNotesCountAsOneOffsetEach() {
        let edited = ModelFixtures.inserting("𠀀𠀁𠀂\n", at: 0, in: essay)
        let matches = expectSameWords(in: edited) { $0 + 4 }
        #expect(ReanchorSummary(matches) == ReanchorSummary(relocated: 99))
    }

    @Test func reanchoredNotesResolveExactlyWhereTheyMoved() {
        let edited = ModelFixtures.inserting("新的一段。\n", at: 1, in: essay)
        for annotation in annotations {
            let match = annotation.anchor.resolve(in: edited)
            let saved = annotation.anchor.reanchored(for: match, in: edited)
            #expect(saved.resolve(in: edited) == .exact(match.range!))
            #expect(saved == TextAnchor.make(range: match.range!, in: edited))
        }
    }
}

extension TextAnchor {
    /// The stored offsets as a range.
    var range: Range<Int> { start..<end }
}
