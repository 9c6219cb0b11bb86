import Testing
@testable import PingdianCore

/// A note whose own quote was edited stays on the same words (approximate re-anchoring).
@Suite struct ReanchorQuoteEditTests {
    let essay = ModelFixtures.essay

    /// The curated anchor of the annotation `id`.
    func anchor(_ id: String) throws -> TextAnchor {
        try #require(ModelFixtures.curatedLayer.annotations.first { $0.id == id }).anchor
    }

    /// Replaces `length` scalars at `offset` inside the quote of `anchor` by `text`; returns the
    /// edited essay and where the edited quote now is.
    func editQuote(of anchor: TextAnchor, at offset: Int, removing length: Int, inserting text: String)
        -> (document: TextDocument, quote: Range<Int>) {
        let at = anchor.start + offset
        let edited = ModelFixtures.replacing(at..<at + length, with: text, in: essay)
        return (edited, anchor.start..<anchor.end - length + text.unicodeScalars.count)
    }

    @Test(arguments: [
        ("one character changed", 10, 1, "乙"),
        ("one character inserted", 10, 0, "很"),
        ("one character deleted", 10, 1, ""),
    ])
    func oneEditInsideTheQuote(_ label: String, offset: Int, length: Int, text: String) throws {
        let anchor = try anchor("c-mission-1")  // 48 scalars
        let (edited, quote) = editQuote(of: anchor, at: offset, removing: length, inserting: text)
        let match = anchor.resolve(in: edited)
        guard case .approximate(let range, let score) = match else {
            Issue.record("\(label): expected an approximate match, got \(match)")
            return
        }
        #expect(range == quote, "\(label)")
        #expect(score > 0.95 && score < 1, "\(label): one edit in 48 scalars, context intact: \(score)")
        #expect(match.isReanchored && !match.isOrphaned)
    }

    @Test func twentyCharacterQuoteWithThreeEdits() throws {
        let anchor = try anchor("m-split")
        #expect(anchor.exact == "怎麼看都讓人覺得割裂,以及那麼一絲絲虛偽")
        // 看 → 想, 割裂 → 割開裂 (an insertion), 一絲絲 → 一絲 (a deletion).
        let newQuote = "怎麼想都讓人覺得割開裂,以及那麼一絲虛偽"
        let edited = ModelFixtures.replacing(anchor.start..<anchor.end, with: newQuote, in: essay)
        let match = anchor.resolve(in: edited)
        guard case .approximate(let range, let score) = match else {
            Issue.record("expected an approximate match, got \(match)")
            return
        }
        #expect(edited.text(in: range) == newQuote)
        // q = 1 − 3/20 = 0.85; prefix and suffix intact; position unchanged.
        let expected = ApproximateScore.combine(quote: 0.85, prefix: 1, suffix: 1, position: 1)
        #expect(abs(score - expected) < 1e-9)

        let saved = anchor.reanchored(for: match, in: edited)
        #expect(saved.exact == newQuote)
        #expect(saved.resolve(in: edited) == .exact(range))
    }

    @Test func editedQuoteFollowsAnInsertionBeforeIt() throws {
        let anchor = try anchor("m-h20")
        let (edited, quote) = editQuote(of: anchor, at: 8, removing: 1, inserting: "丙")
        let paragraph = "這是編者在文章開頭加上的一段新的說明文字，與原文無關。\n"
        let shifted = ModelFixtures.inserting(paragraph, at: 1, in: edited)
        let shift = paragraph.unicodeScalars.count
        #expect(anchor.resolve(in: shifted).range == quote.lowerBound + shift..<quote.upperBound + shift)
    }

    @Test func editedQuoteFollowsItsParagraphFarAway() throws {
        // The paragraph of m-h20 is moved to the end and the quote edited: the window around the
        // old place holds nothing, the search of the whole text finds it.
        let anchor = try anchor("m-h20")
        let (edited, quote) = editQuote(of: anchor, at: 8, removing: 1, inserting: "丙")
        let paragraphIndex = try #require(edited.paragraphIndex(containing: quote.lowerBound))
        let paragraph = edited.paragraphs[paragraphIndex].range
        let cut = ModelFixtures.removing(paragraph.lowerBound..<paragraph.upperBound + 1, from: edited)
        let moved = ModelFixtures.inserting("\n" + edited.text(in: paragraph), at: cut.scalarCount, in: cut)
        let newStart = moved.scalarCount - paragraph.count + (quote.lowerBound - paragraph.lowerBound)
        let match = anchor.resolve(in: moved)
        #expect(match.range == newStart..<newStart + quote.count)
        if case .approximate(_, let score) = match {
            #expect(score >= ApproximateScore.minimumScore && score < 0.95, "the suffix crossed the paragraph end: \(score)")
        } else {
            Issue.record("expected an approximate match, got \(match)")
        }
    }

    @Test func astralCharacterInsideAnEditedQuoteCountsOnce() throws {
        // A quote holding 𠀀, edited beside it: offsets are scalars, so the range is 𠀀 + 5 others.
        let document = TextDocument(title: "t", text: "前文前文前文前文前文。甲乙𠀀丙丁戊。後文後文後文後文後文")
        let anchor = TextAnchor.make(range: 11..<17, in: document)
        #expect(anchor.exact == "甲乙𠀀丙丁戊")
        let edited = ModelFixtures.replacing(14..<15, with: "子", in: document)
        let match = anchor.resolve(in: edited)
        #expect(match.range == 11..<17)
        #expect(edited.text(in: try #require(match.range)) == "甲乙𠀀子丁戊")

        let astralChanged = ModelFixtures.replacing(13..<14, with: "𠀁", in: document)
        #expect(anchor.resolve(in: astralChanged).range == 11..<17)
    }

    @Test func quoteTooDifferentIsOrphaned() throws {
        let anchor = try anchor("m-split")
        // Half of the quote rewritten: below the quote similarity threshold.
        let edited = ModelFixtures.replacing(anchor.start..<anchor.end, with: "怎麼看都是另外一回事，與此無涉", in: essay)
        #expect(anchor.resolve(in: edited) == .orphaned)
    }

    @Test func shortQuoteWithoutContextIsNotMatchedByChance() {
        // "乙丙丁" with one edit is "乙丙戊"; but with neither prefix nor suffix agreeing the score
        // stays under the threshold.
        let anchor = TextAnchor(exact: "乙丙丁", prefix: "這是一段完全不同的前文", suffix: "這也是完全不同的後文", start: 0, end: 3)
        let document = TextDocument(title: "t", text: "甲乙丙戊己庚辛")
        #expect(anchor.resolve(in: document) == .orphaned)
    }
}
