import PingdianApp
import PingdianCore
import PingdianTexts
import TerminalKit
import Testing

/// `H` on a large text: the hints of the paragraphs on screen at once, their count from the
/// runtime's background pass, the rest as the reader gets there.
@Suite("Cue hints on a large text")
struct HintFlowTests {
    /// A reader of `paragraphs` numbered paragraphs, each with a turn (可是 opening a clause),
    /// whose hints are suggested by the real rules a paragraph at a time, as `pingdian` sets it up.
    static func reader(paragraphs: Int, line: String = "他說這樣做沒有問題，可是結果並不好。") -> ReaderHarness {
        let text = (1...paragraphs).map { "第\($0)段：\(line)" }.joined(separator: "\n")
        let document = TextDocument(title: "big.txt", text: text)
        let taxonomy = try! Taxonomy.decode(EmbeddedFiles.bytes(named: BundledText.taxonomyFileName)!)
        var reader = ReaderHarness(document)
        reader.open(
            annotations: AnnotationSet(layer: nil, readerNotes: [], document: document, taxonomy: taxonomy),
            hints: HintLayer(document: document, taxonomy: taxonomy) { paragraphs in
                SuggestionLayer.annotations(in: document, paragraphs: paragraphs, language: .english)
            })
        return reader
    }

    @Test("H shows the hints on screen at once, suggesting only the paragraphs drawn, and asks for the count")
    func hintsOnScreenFirst() throws {
        var reader = Self.reader(paragraphs: 20_000)
        let hint = Theme(capability: .palette256).hint
        #expect(reader.style(of: "可是") != hint)
        reader.press("H")
        #expect(reader.style(of: "可是") == hint)
        #expect(reader.effects == [.countHints])
        #expect(reader.statusLine.contains("hints (counting…)"))
        let layer = try #require(reader.state.hints.layer)
        #expect(layer.paragraphsDone < 40, "only the paragraphs on screen were suggested, not \(layer.paragraphsDone)")
    }

    @Test("The background count shows in the status line; hints further down show when reached")
    func countThenFurtherDown() throws {
        var reader = Self.reader(paragraphs: 20_000)
        reader.press("H")
        _ = reader.state.update(.hintsCounted(20_000))
        #expect(reader.statusLine.contains("hints 20000"))
        reader.press("G")
        #expect(reader.textRows.joined().contains("第20000段"))
        #expect(reader.style(of: "可是") == Theme(capability: .palette256).hint)
        reader.press("10000G")
        #expect(reader.style(of: "可是") == Theme(capability: .palette256).hint)
        let layer = try #require(reader.state.hints.layer)
        #expect(layer.paragraphsDone < 120)
    }

    @Test("The count is asked for once; H off and on again shows the same hints without asking again")
    func countAskedOnce() {
        var reader = Self.reader(paragraphs: 300)
        reader.press("H")
        _ = reader.state.update(.hintsCounted(300))
        reader.press("HH")
        #expect(reader.effects == [.countHints])
        #expect(reader.statusLine.contains("hints 300"))
        #expect(reader.style(of: "可是") == Theme(capability: .palette256).hint)
    }

    @Test("A text without hints says so once the count comes, and a reader without hints at once")
    func noHints() {
        var reader = Self.reader(paragraphs: 50, line: "平平無奇的一句話。")
        reader.press("H")
        #expect(reader.state.message == nil)
        _ = reader.state.update(.hintsCounted(0))
        #expect(reader.statusLine.contains("No cue hints for this text"))
        var bare = ReaderHarness(Fixtures.numbered(3))
        bare.press("H")
        #expect(bare.effects.isEmpty)
        #expect(bare.statusLine.contains("No cue hints for this text"))
    }
}
