import Foundation
import Testing
@testable import PingdianCore
import PingdianFixtures

@Suite struct LayerDecodingTests {
    static func layerJSON(_ annotations: String, version: Int = 1) -> [UInt8] {
        Array(#"{"format": "pingdian-layer", "version": \#(version), "id": "curated", "annotations": [\#(annotations)]}"#.utf8)
    }

    static let first = #"{"id": "m1", "kind": "claim", "anchor": {"exact": "甲乙", "start": 0, "end": 2}}"#

    @Test func decodesAHandWrittenLayer() throws {
        let bytes = Self.layerJSON(#"""
            {"id": "m1", "kind": "claim", "anchor": {"exact": "甲乙", "prefix": "", "suffix": "丙", "start": 0, "end": 2},
             "note": "主張", "links": [{"type": "contradicts", "target": "m2"}, {"type": "echoes", "target": "m2"}]},
            {"id": "m2", "kind": "contradiction", "anchor": {"exact": "丙", "start": 2, "end": 3}}
            """#)
        let layer = try AnnotationLayer.decode(bytes)
        #expect(layer.id == "curated")
        #expect(layer.name == nil)
        #expect(layer.annotations.count == 2)
        #expect(layer.annotations[0].note == "主張")
        #expect(layer.annotations[0].links == [
            AnnotationLink(type: .contradicts, target: "m2"), AnnotationLink(type: .other("echoes"), target: "m2"),
        ])
        #expect(layer.annotations[1].links.isEmpty)
        #expect(layer.annotations[1].anchor.prefix == "")
    }

    @Test func encodingIsStableAndRoundTrips() throws {
        let layer = AnnotationLayer(
            id: "curated", name: LocalizedText(traditionalChinese: "編者評點", english: "Editor's reading"),
            annotations: [
                Annotation(id: "b", kind: "irony", anchor: TextAnchor(exact: "𠀀/二", prefix: "一", suffix: "", start: 1, end: 4),
                           note: "“反語”", links: [AnnotationLink(type: .other("echoes"), target: "a")]),
                Annotation(id: "a", kind: "claim", anchor: TextAnchor(exact: "一", start: 0, end: 1)),
            ])
        let bytes = layer.encoded()
        #expect(bytes == layer.encoded())
        #expect(try AnnotationLayer.decode(bytes) == layer)
        #expect(try AnnotationLayer.decode(bytes).encoded() == bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains("\"format\" : \"pingdian-layer\""))
        #expect(text.contains("𠀀/二"), "non-ASCII and slashes are written as they are")
        #expect(text.contains("\"echoes\""), "unknown link types are written back")
        #expect(!text.contains("\"links\" : [\n\n"), "empty links are left out")
        // Sorted keys: "anchor" before "id" before "kind".
        let anchorAt = try #require(text.range(of: "\"anchor\""))
        let idAt = try #require(text.range(of: "\"id\" : \"b\""))
        #expect(anchorAt.lowerBound < idAt.lowerBound)
    }

    @Test func wrongTypeNamesPathAndID() throws {
        let bytes = Self.layerJSON(Self.first + #", {"id": "m2", "kind": "claim", "anchor": {"exact": "丙", "start": "2", "end": 3}}"#)
        let error = try #require(throws: FileFormatError.self) { try AnnotationLayer.decode(bytes) }
        #expect(error.path == "annotations[1].anchor.start")
        #expect(error.id == "m2")
        #expect(error.description == #"annotations[1].anchor.start (id "m2"): expected an integer, found the string "2""#)
    }

    @Test func fractionalOffsetIsNamedToo() throws {
        let bytes = Self.layerJSON(#"{"id": "m1", "kind": "claim", "anchor": {"exact": "甲", "start": 0, "end": 1.5}}"#)
        let error = try #require(throws: FileFormatError.self) { try AnnotationLayer.decode(bytes) }
        #expect(error.description == #"annotations[0].anchor.end (id "m1"): expected an integer, found the number 1.5"#)
    }

    @Test func missingMemberNamesPathAndID() throws {
        let bytes = Self.layerJSON(Self.first + #", {"id": "m2", "anchor": {"exact": "丙", "start": 2, "end": 3}}"#)
        let error = try #require(throws: FileFormatError.self) { try AnnotationLayer.decode(bytes) }
        #expect(error.description == #"annotations[1].kind (id "m2"): missing"#)
    }

    @Test func duplicateIDsAreRejected() throws {
        let bytes = Self.layerJSON(Self.first + ", " + Self.first)
        let error = try #require(throws: FileFormatError.self) { try AnnotationLayer.decode(bytes) }
        #expect(error.path == "annotations[1].id")
        #expect(error.id == "m1")
        #expect(error.message.contains("annotations[0]"))
    }

    @Test func linkToAnUnknownIDIsRejected() throws {
        let bytes = Self.layerJSON(#"{"id": "m1", "kind": "claim", "anchor": {"exact": "甲", "start": 0, "end": 1}, "links": [{"type": "supports", "target": "m9"}]}"#)
        let error = try #require(throws: FileFormatError.self) { try AnnotationLayer.decode(bytes) }
        #expect(error.description == #"annotations[0].links[0].target (id "m1"): no annotation of the layer has id "m9""#)
    }

    @Test func quoteThatDoesNotFillItsRangeIsRejected() throws {
        let bytes = Self.layerJSON(#"{"id": "m1", "kind": "claim", "anchor": {"exact": "甲乙", "start": 0, "end": 3}}"#)
        let error = try #require(throws: FileFormatError.self) { try AnnotationLayer.decode(bytes) }
        #expect(error.path == "annotations[0].anchor")
        #expect(error.message == "exact has 2 scalars but end − start is 3")
    }

    @Test func newerVersionIsRefusedClearly() throws {
        let error = try #require(throws: FileFormatError.self) { try AnnotationLayer.decode(Self.layerJSON("", version: 2)) }
        #expect(error.reason == .newerVersion(found: 2, supported: 1))
        #expect(error.description.contains("version 2 was written by a newer pingdian"))
        #expect(error.description.contains("update pingdian"))
    }

    @Test func notJSONAndWrongFormatAreNamed() throws {
        let broken = try #require(throws: FileFormatError.self) { try AnnotationLayer.decode(Array("{\"format\": \"pingdian-layer\",".utf8)) }
        #expect(broken.reason == .notJSON)
        let taxonomy = Array(#"{"format": "pingdian-taxonomy", "version": 1, "kinds": []}"#.utf8)
        let wrong = try #require(throws: FileFormatError.self) { try AnnotationLayer.decode(taxonomy) }
        #expect(wrong.description == #"format: expected "pingdian-layer", found the string "pingdian-taxonomy""#)
    }

    @Test func linkTypesKnowWhichAreSymmetric() {
        #expect(LinkType.contradicts.isSymmetric)
        #expect(!LinkType.supports.isSymmetric)
        #expect(!LinkType.responds.isSymmetric)
        #expect(!LinkType(rawValue: "echoes").isSymmetric)
        #expect(LinkType(rawValue: "responds") == .responds)
        #expect(LinkType.other("echoes").rawValue == "echoes")
    }
}

@Suite struct AnnotationIndexTests {
    let essay = ModelFixtures.essay

    /// An annotation of the first occurrence of `phrase` in the essay (after `from`).
    func annotation(_ id: String, _ kind: String, _ phrase: String, from: Int = 0, links: [AnnotationLink] = []) throws -> Annotation {
        let range = try #require(ModelFixtures.range(of: phrase, in: essay, from: from), "\(phrase) is not in the essay")
        return Annotation(id: id, kind: kind, anchor: TextAnchor.make(range: range, in: essay), links: links)
    }

    /// A layer over the essay: two contradictions linked one way, a claim, an orphan, and nesting.
    func sampleLayer() throws -> AnnotationLayer {
        var orphan = try annotation("gone", "claim", "這件事")
        orphan.anchor = TextAnchor(exact: "這句話不在文中", start: orphan.anchor.start, end: orphan.anchor.start + 7)
        return AnnotationLayer(id: "curated", annotations: [
            try annotation("late", "evidence", "聽說他們走私了晶片"),
            try annotation("promise", "claim", "透過強大的人工智慧解決全人類身心健康", links: [AnnotationLink(type: .contradicts, target: "ban")]),
            try annotation("ban", "rebuttal", "強烈呼籲不應該讓任何一塊美國的晶片出口到中國"),
            orphan,
            try annotation("unipolar", "contradiction", "單極世界"),
            try annotation("sentence", "irony", "這件事,怎麼看都讓人覺得割裂,以及那麼一絲絲虛偽。"),
            try annotation("hypocrisy", "irony", "虛偽"),
        ])
    }

    @Test func annotationsAreSortedByStartWithOrphansApart() throws {
        let index = AnnotationIndex(layer: try sampleLayer(), document: essay, taxonomy: ModelFixtures.taxonomy)
        #expect(index.placed.map(\.id) == ["promise", "ban", "unipolar", "sentence", "hypocrisy", "late"])
        #expect(index.orphans.map(\.id) == ["gone"])
        #expect(index.annotation(withID: "gone")?.isOrphaned == true)
        #expect(index.annotation(withID: "ban")?.kind?.key == "rebuttal")
        #expect(index.annotation(withID: "nope") == nil)
        #expect(index.all.count == 7)
    }

    @Test func unknownKindIsKeptWithoutATaxonomyEntry() throws {
        let layer = AnnotationLayer(id: "x", annotations: [try annotation("a", "hyperbole", "虛偽")])
        let index = AnnotationIndex(layer: layer, document: essay, taxonomy: ModelFixtures.taxonomy)
        #expect(index.placed.first?.kind == nil)
        #expect(index.placed.first?.annotation.kind == "hyperbole")
    }

    @Test func overlappingQueryFindsWhatIsOnScreen() throws {
        let index = AnnotationIndex(layer: try sampleLayer(), document: essay, taxonomy: ModelFixtures.taxonomy)
        let hypocrisy = try #require(index.annotation(withID: "hypocrisy")?.range)
        #expect(index.annotations(at: hypocrisy.lowerBound).map(\.id) == ["sentence", "hypocrisy"])
        #expect(index.annotations(overlapping: 0..<essay.paragraphs[0].range.upperBound).map(\.id)
            == ["promise", "ban", "unipolar", "sentence", "hypocrisy"])
        #expect(index.annotations(at: hypocrisy.upperBound).map(\.id) == ["sentence"], "the 。 after 虛偽")
        #expect(index.annotations(overlapping: hypocrisy.upperBound + 1..<hypocrisy.upperBound + 9).isEmpty)
        #expect(index.annotations(overlapping: 5..<5).isEmpty)
    }

    @Test func overlappingQueryAgreesWithAFullScan() {
        // Many nested and overlapping spans over a synthetic text.
        let document = TextDocument(title: "t", text: String(repeating: "甲乙丙丁戊己庚辛壬癸", count: 40))
        var generator = SplitMix(seed: 7)
        var annotations: [Annotation] = []
        for number in 0..<200 {
            let start = Int(generator.next() % 390)
            let length = 1 + Int(generator.next() % (number % 10 == 0 ? 120 : 8))
            let range = start..<min(400, start + length)
            annotations.append(Annotation(id: "a\(number)", kind: "claim", anchor: TextAnchor.make(range: range, in: document)))
        }
        let index = AnnotationIndex(annotations: annotations, document: document, taxonomy: ModelFixtures.taxonomy)
        #expect(index.orphans.isEmpty)
        for _ in 0..<300 {
            let start = Int(generator.next() % 410)
            let query = start..<start + Int(generator.next() % 30)
            let expected = index.placed.filter { $0.range!.overlaps(query) }.map(\.id)
            #expect(index.annotations(overlapping: query).map(\.id) == expected, "\(query)")
        }
    }

    @Test func nextAndPreviousStepThroughPlacedAnnotations() throws {
        let index = AnnotationIndex(layer: try sampleLayer(), document: essay, taxonomy: ModelFixtures.taxonomy)
        var ids: [String] = []
        var offset = -1
        while let next = index.next(after: offset) {
            ids.append(next.id)
            offset = next.range!.lowerBound
        }
        // "hypocrisy" starts inside "sentence", after it: both are visited; the orphan never.
        #expect(ids == ["promise", "ban", "unipolar", "sentence", "hypocrisy", "late"])

        var backwards: [String] = []
        offset = essay.scalarCount
        while let previous = index.previous(before: offset) {
            backwards.append(previous.id)
            offset = previous.range!.lowerBound
        }
        #expect(backwards == ids.reversed())
        #expect(index.previous(before: 0) == nil)
        #expect(index.next(after: essay.scalarCount) == nil)
    }

    @Test func previousOfSeveralStartingTogetherIsTheOutermost() throws {
        let document = TextDocument(title: "t", text: "甲乙丙丁戊")
        let index = AnnotationIndex(annotations: [
            Annotation(id: "inner", kind: "claim", anchor: TextAnchor.make(range: 1..<2, in: document)),
            Annotation(id: "outer", kind: "claim", anchor: TextAnchor.make(range: 1..<4, in: document)),
        ], document: document, taxonomy: ModelFixtures.taxonomy)
        #expect(index.placed.map(\.id) == ["outer", "inner"])
        #expect(index.previous(before: 5)?.id == "outer")
        #expect(index.next(after: 0)?.id == "outer")
    }

    @Test func contradictionLinksAreSymmetric() throws {
        let index = AnnotationIndex(layer: try sampleLayer(), document: essay, taxonomy: ModelFixtures.taxonomy)
        // Only "promise" declares the link; "ban" contradicts it all the same.
        #expect(index.isContradiction("promise"))
        #expect(index.isContradiction("ban"))
        #expect(index.isContradiction("unipolar"), "kind contradiction, no link")
        #expect(!index.isContradiction("sentence"))
        #expect(!index.isContradiction("gone"))
        #expect(index.contradictionPartners(of: "ban") == ["promise"])
        #expect(index.otherSide(of: "promise") == "ban")
        #expect(index.otherSide(of: "ban") == "promise")
        #expect(index.otherSide(of: "unipolar") == nil)
        #expect(index.otherSide(of: "late") == nil)
    }

    @Test func contradictionNavigationSkipsOtherMoves() throws {
        let index = AnnotationIndex(layer: try sampleLayer(), document: essay, taxonomy: ModelFixtures.taxonomy)
        let promise = try #require(index.annotation(withID: "promise")?.range)
        let unipolar = try #require(index.annotation(withID: "unipolar")?.range)
        #expect(index.nextContradiction(after: -1)?.id == "promise")
        #expect(index.nextContradiction(after: promise.lowerBound)?.id == "ban")
        #expect(index.nextContradiction(after: unipolar.lowerBound) == nil)
        #expect(index.previousContradiction(before: essay.scalarCount)?.id == "unipolar")
        #expect(index.previousContradiction(before: unipolar.lowerBound)?.id == "ban")
        #expect(index.previousContradiction(before: promise.lowerBound) == nil)
    }

    @Test func otherSideIsTheFirstByPositionAndFallsBackToAnyLink() throws {
        let document = TextDocument(title: "t", text: "甲乙丙丁戊己")
        func at(_ offset: Int, _ id: String, _ kind: String, _ links: [AnnotationLink] = []) -> Annotation {
            Annotation(id: id, kind: kind, anchor: TextAnchor.make(range: offset..<offset + 1, in: document), links: links)
        }
        let index = AnnotationIndex(annotations: [
            at(4, "late", "claim", [AnnotationLink(type: .contradicts, target: "hub")]),
            at(2, "hub", "contradiction"),
            at(0, "early", "claim", [AnnotationLink(type: .contradicts, target: "hub")]),
            at(5, "answer", "rebuttal", [AnnotationLink(type: .responds, target: "early")]),
        ], document: document, taxonomy: ModelFixtures.taxonomy)
        #expect(index.contradictionPartners(of: "hub") == ["early", "late"])
        #expect(index.otherSide(of: "hub") == "early")
        #expect(index.otherSide(of: "late") == "hub")
        #expect(index.otherSide(of: "answer") == "early", "no contradiction: any link")
        #expect(index.linkedIDs(of: "early") == ["hub", "answer"])
        #expect(!index.isContradiction("answer"))
    }

    @Test func indexFollowsTheTextAfterAnEdit() throws {
        let layer = try sampleLayer()
        let edited = ModelFixtures.inserting("前言。\n", at: 0, in: essay)
        let index = AnnotationIndex(layer: layer, document: edited, taxonomy: ModelFixtures.taxonomy)
        let ban = try #require(index.annotation(withID: "ban"))
        #expect(ban.match == .relocated(ban.annotation.anchor.start + 4..<ban.annotation.anchor.end + 4, distance: 4))
        #expect(edited.text(in: ban.range!) == ban.annotation.anchor.exact)
    }
}
