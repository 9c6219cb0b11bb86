import PingdianTexts
import Testing
@testable import PingdianCore

@Suite struct LayerCheckTests {
    typealias F = LayerCheckFixtures

    /// The lines `check` would print.
    func lines(_ report: LayerCheckReport) -> [String] { report.problems.map(\.description) }

    // MARK: A clean layer

    @Test func cleanLayerHasNoProblems() {
        let report = F.check([F.claim, F.firstSide, F.secondSide])
        #expect(report.problems.isEmpty)
        #expect(report.passed)
        #expect(report.summary == "ok: 3 annotations, 1 contradiction pair, 2 kinds")
    }

    @Test func contradictsDeclaredOnBothSidesIsOnePair() {
        let second = F.entry("c2", "contradiction", "花落知多少", at: 19, prefix: "聲，", suffix: "。", links: [("contradicts", "c1")])
        let report = F.check([F.firstSide, second])
        #expect(report.problems.isEmpty)
        #expect(report.contradictionPairCount == 1)
    }

    @Test func shippedLayerPasses() throws {
        let bytes = try #require(EmbeddedFiles.bytes(named: BundledText.layerFileName(forText: BundledText.essayFileName)))
        let report = LayerCheck.check(bytes, document: ModelFixtures.essay, taxonomy: ModelFixtures.taxonomy)
        #expect(report.problems.map(\.description) == [])
        #expect(report.passed)
        // Every kind but the source layer's attributions (Docs/sources.md).
        #expect(report.kindCount == ModelFixtures.taxonomy.kinds.count - 1, "the curated layer uses every other kind")
        #expect(report.contradictionPairCount * 2 == AnnotationLayerCount.contradictions(in: bytes))
    }

    // MARK: The file

    @Test func notJSONIsOneProblemAndNotCheckable() {
        let report = F.check(file: #"{"format": "pingdian-layer","#)
        #expect(!report.isCheckable)
        #expect(!report.passed)
        #expect(lines(report) == [#"-: $: not valid JSON: line 1, column 29: expected a member name in double quotes"#])
        #expect(report.summary.hasPrefix("not checked"))
    }

    @Test func anotherFormatOrANewerVersionIsNotChecked() {
        let taxonomy = F.check(file: #"{"format": "pingdian-taxonomy", "version": 1, "kinds": []}"#)
        #expect(!taxonomy.isCheckable)
        #expect(lines(taxonomy) == [#"-: format: expected "pingdian-layer", found the string "pingdian-taxonomy""#])
        let newer = LayerCheck.check(
            F.layer([F.claim], header: #""format": "pingdian-layer", "version": 2, "id": "t""#), document: F.text, taxonomy: ModelFixtures.taxonomy)
        #expect(!newer.isCheckable)
        #expect(newer.problems.map(\.path) == ["version"])
        #expect(newer.problems.first?.message.contains("newer pingdian") == true)
        #expect(!F.check(file: "[]").isCheckable)
    }

    @Test func headerProblemsAreAllReportedAndTheAnnotationsStillChecked() {
        let bytes = F.layer([F.claim, F.entry("a2", "hyperbole", "夜來", at: 13)], header: #""format": "pingdian-layer", "id": "", "name": {"en": 3}, "extra": true"#)
        let report = LayerCheck.check(bytes, document: F.text, taxonomy: ModelFixtures.taxonomy)
        #expect(report.isCheckable)
        #expect(report.problems.map(\.path) == ["version", "id", "name.en", "name", "extra", "annotations[1].kind"])
        #expect(report.problems.map(\.severity) == [.error, .error, .error, .error, .warning, .error])
    }

    @Test func missingAnnotationsArrayIsAProblem() {
        let report = F.check(file: #"{"format": "pingdian-layer", "version": 1, "id": "t"}"#)
        #expect(lines(report) == [#"-: annotations: missing (an empty layer has "annotations": [])"#])
    }

    // MARK: Annotations, each on its own

    @Test func everyMalformedAnnotationIsReportedWithItsIDAndPath() {
        let report = F.check([
            #"{"id": "b1", "kind": "claim", "anchor": {"exact": "春眠", "start": "0", "end": 2}}"#,
            #"{"id": "b2", "anchor": {"exact": "處處", "start": 6, "end": 8}, "note": 7, "links": {}}"#,
            #"{"kind": "claim", "anchor": {"exact": "夜來", "start": 13}}"#,
            #""not an annotation""#,
            F.claim,
        ])
        #expect(lines(report) == [
            #"b1: annotations[0].anchor.start: expected an integer, found the string "0""#,
            "b2: annotations[1].kind: missing",
            "b2: annotations[1].note: expected a string, found the number 7",
            "b2: annotations[1].links: expected an array, found an object",
            "-: annotations[2].id: missing",
            "-: annotations[2].anchor.end: missing",
            #"-: annotations[3]: expected an annotation object, found the string "not an annotation""#,
        ])
        #expect(report.summary == "7 problems in 5 annotations")
    }

    @Test func idsMustBeNonEmptyAndUnique() {
        let report = F.check([F.claim, F.entry("a1", "claim", "夜來", at: 13), F.entry("", "claim", "風雨", at: 15)])
        #expect(lines(report) == [
            "a1: annotations[1].id: duplicate id, already used by annotations[0]",
            "-: annotations[2].id: an annotation needs a non-empty id",
        ])
    }

    @Test func kindsMustBeInTheTaxonomy() {
        let report = F.check([F.entry("a2", "hyperbole", "夜來", at: 13), F.entry("a3", "", "風雨", at: 15)])
        #expect(report.problems.map(\.path) == ["annotations[0].kind", "annotations[1].kind"])
        #expect(report.problems[0].message.hasPrefix(#""hyperbole" is not a kind of the taxonomy (claim, concession,"#))
        #expect(report.problems[1].message == "an annotation needs a kind")
    }

    // MARK: Anchors

    @Test func quoteFoundElsewhereSaysWhereItIsNow() {
        let report = F.check([F.entry("a2", "claim", "花落知多少", at: 18, prefix: "聲，", suffix: "。")])
        #expect(lines(report) == [
            #"a2: annotations[0].anchor: the quote is not at [18, 23), which holds "，花落知多"; it is at [19, 24) in ¶ 2: start and end should be 19 and 24"#,
        ])
    }

    @Test func repeatedQuoteIsPlacedByItsContext() {
        // "，" occurs twice; the suffix 花 picks the second.
        let report = F.check([F.entry("a2", "claim", "，", at: 0, suffix: "花")])
        #expect(report.problems.first?.message.contains("it is at [18, 19) in ¶ 2 (the best of 2 occurrences by prefix and suffix)") == true)
    }

    @Test func quoteNowhereIsAnOrphan() {
        let report = F.check([F.entry("a2", "claim", "秋風", at: 3)])
        #expect(lines(report) == [#"a2: annotations[0].anchor.exact: the quote "秋風" is nowhere in the text: the annotation would be an orphan"#])
    }

    @Test func endThatDoesNotFitTheQuoteIsAProblem() {
        let report = F.check([F.entry("a2", "claim", "春眠", at: 0, end: 3, suffix: "不")])
        #expect(lines(report) == ["a2: annotations[0].anchor.end: 3 does not fit the quote: exact has 2 scalars from start 0, so end should be 2"])
    }

    @Test func spansMustBeNonEmptyAndInsideTheText() {
        let report = F.check([
            F.entry("e1", "claim", "", at: 0, end: 0),
            F.entry("e2", "claim", "秋", at: 30),
            F.entry("e3", "claim", "秋", at: 5, end: 5),
        ])
        #expect(lines(report) == [
            "e1: annotations[0].anchor.exact: an anchor needs a non-empty quote",
            "e2: annotations[1].anchor.start: 30 is outside the text, which has 25 scalars",
            "e2: annotations[1].anchor.end: 31 is past the end of the text, which has 25 scalars",
            #"e2: annotations[1].anchor.exact: the quote "秋" is nowhere in the text: the annotation would be an orphan"#,
            "e3: annotations[2].anchor.end: 5 is not after start 5: the span is empty",
            #"e3: annotations[2].anchor.exact: the quote "秋" is nowhere in the text: the annotation would be an orphan"#,
        ])
    }

    @Test func prefixAndSuffixMustAgreeWithTheText() {
        let report = F.check([F.entry("a2", "claim", "處處聞啼鳥", at: 6, prefix: "眠，", suffix: "。\\n晨")])
        #expect(lines(report) == [
            #"a2: annotations[0].anchor.prefix: is not the text just before the quote, which is "曉，"; the anchor would be misplaced after an edit"#,
            #"a2: annotations[0].anchor.suffix: is not the text just after the quote, which is "。\n夜"; the anchor would be misplaced after an edit"#,
        ])
    }

    @Test func prefixLongerThanTheTextBeforeIsAProblem() {
        let report = F.check([F.entry("a2", "claim", "春眠", at: 0, prefix: "序", suffix: "不")])
        #expect(report.problems.map(\.path) == ["annotations[0].anchor.prefix"])
    }

    // MARK: Links

    @Test func linkTargetsMustExistAndNotBeTheAnnotationItself() {
        let report = F.check([
            F.entry("a2", "claim", "夜來", at: 13, links: [("supports", "nope"), ("supports", "a2")]),
        ])
        #expect(lines(report) == [
            #"a2: annotations[0].links[0].target: no annotation of the layer has id "nope""#,
            "a2: annotations[0].links[1].target: an annotation cannot link to itself",
        ])
    }

    @Test func unknownMembersAndLinkTypesAreWarningsThatDoNotFail() {
        let report = F.check([
            F.claim,
            F.entry("a2", "claim", "夜來", at: 13, links: [("echoes", "a1"), ("echoes", "a1")], extra: #", "lnks": []"#),
        ])
        // Problems of an annotation come in the order of the checks: its members, then its links.
        #expect(lines(report) == [
            "a2: annotations[1].lnks: warning: unknown member: ignored, and dropped when pingdian writes the layer",
            #"a2: annotations[1].links[0].type: warning: unknown link type "echoes": kept, but it means nothing to pingdian (contradicts, supports, responds)"#,
            #"a2: annotations[1].links[1].type: warning: unknown link type "echoes": kept, but it means nothing to pingdian (contradicts, supports, responds)"#,
            "a2: annotations[1].links[1]: warning: the same link as links[0]",
        ])
        #expect(report.passed)
        #expect(report.summary == "ok: 2 annotations, 0 contradiction pairs, 1 kind (4 warnings)")
    }

    // MARK: Contradictions

    @Test func contradictionWithoutItsOtherSideIsAProblem() {
        let report = F.check([F.claim, F.secondSide])
        #expect(lines(report) == [
            "c2: annotations[1].kind: a contradiction needs its other side: a contradicts link to or from another annotation",
        ])
    }

    @Test func contradictsBetweenOtherKindsIsAWarning() {
        let claim = F.entry("a1", "claim", "春眠不覺曉", at: 0, suffix: "，處處", links: [("contradicts", "c2")])
        let report = F.check([claim, F.secondSide])
        #expect(lines(report) == [
            #"a1: annotations[0].links[0]: warning: contradicts "c2", but this one is of kind claim; both sides of a contradiction should be of kind contradiction"#,
        ])
        #expect(report.passed)
        #expect(report.contradictionPairCount == 1)
    }

    @Test func contradictingSeveralIsANote() {
        let third = F.entry("c3", "contradiction", "夜來風雨聲", at: 13, suffix: "，", links: [("contradicts", "c2")])
        let report = F.check([F.firstSide, F.secondSide, third])
        #expect(lines(report) == ["c2: annotations[1]: note: contradicts 2 annotations (c1, c3): allowed, but % goes only to the first in the text"])
        #expect(report.passed)
        #expect(report.summary == "ok: 3 annotations, 2 contradiction pairs, 1 kind (1 note)")
    }

    // MARK: Output

    @Test func problemLinesAreOneLineEach() {
        #expect(LayerProblem(id: nil, path: "$", message: "m").description == "-: $: m")
        #expect(LayerProblem(.note, id: "x", path: "p", message: "m").description == "x: p: note: m")
        #expect(ProblemText.quoted("甲\n乙\t\"\u{1B}") == #""甲\n乙\t\"\u{1B}""#)
        #expect(ProblemText.quoted("一二三四五", limit: 3) == #""一二三…""#)
        #expect(ProblemText.quoted("一二三四五", limit: 3, keepingEnd: true) == #""…三四五""#)
    }

    @Test func summariesCountInTheSingular() {
        let report = F.check([F.entry("a2", "hyperbole", "夜來", at: 13)])
        #expect(report.summary == "1 problem in 1 annotation")
    }
}

/// Counts in a layer file, read independently of the checker.
enum AnnotationLayerCount {
    /// The annotations of kind `contradiction`.
    static func contradictions(in bytes: [UInt8]) -> Int {
        ((try? AnnotationLayer.decode(bytes))?.annotations ?? []).count { $0.kind == "contradiction" }
    }
}
