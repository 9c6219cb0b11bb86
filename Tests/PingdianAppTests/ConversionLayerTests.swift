@testable import PingdianApp
import PingdianCore
import PingdianTexts
import TerminalKit
import Testing

/// The conversion layer in the reader (`C`, issue 15): shown in place of the rhetorical layer,
/// with its own kinds in the pane, the legend and the filter, read-only, never counted with the
/// annotations.
@Suite("The conversion layer in the reader")
struct ConversionLayerTests {
    static let text = "他說拜登時期無條件支援 AI 監管。\n特朗普上台後，一切都變了。"

    static func reader(language: UILanguage = .english) throws -> ReaderHarness {
        let document = TextDocument(title: "converted.txt", text: text)
        let taxonomy = try Taxonomy.decode(try #require(EmbeddedFiles.bytes(named: BundledText.conversionTaxonomyFileName)))
        func place(_ word: String) -> Range<Int> {
            let scalars = Array(text.unicodeScalars)
            let target = Array(word.unicodeScalars)
            let start = (0...(scalars.count - target.count)).first { Array(scalars[$0..<($0 + target.count)]) == target }!
            return start..<(start + target.count)
        }
        let layer = [
            Annotation(id: "cv-1", kind: ConversionLayer.meaningKind, anchor: TextAnchor.make(range: place("支援"), in: document),
                       note: "作者寫的是支持（表態），支援讀作出力援助。", conversion: AnnotationConversion(original: "支持", converted: "支援")),
            Annotation(id: "ul-1", kind: ConversionLayer.unlocalisedKind, anchor: TextAnchor.make(range: place("特朗普"), in: document),
                       note: "台灣作川普。", conversion: AnnotationConversion(original: "特朗普", converted: "特朗普", taiwan: "川普")),
        ]
        var reader = ReaderHarness(document, language: language, noteIDPrefix: "note-test")
        let moves = Fixtures.taxonomy
        let note = Fixtures.annotation("mine", "claim", "一切都變了", in: document, note: "我的批語")
        _ = reader.state.update(.textOpened(OpenedText(
            document: document,
            annotations: AnnotationSet(layer: [], readerNotes: [note], document: document, taxonomy: moves),
            conversion: AnnotationSet(index: AnnotationIndex(annotations: layer, document: document, taxonomy: taxonomy), taxonomy: taxonomy))))
        return reader
    }

    static func pane(_ reader: ReaderHarness) -> [String] { reader.state.frame.pane.map { $0.map(\.text).joined() } }

    @Test("C shows the conversion layer: the pane says what the word was and why; ] walks its places; C again gives the notes back")
    func toggle() throws {
        var reader = try Self.reader()
        #expect(Self.pane(reader).first?.hasPrefix("Notes") == true)
        reader.press("C")
        #expect(reader.statusLine.contains("Conversion layer: 2 places"), "\(reader.statusLine)")
        #expect(reader.statusLine.contains("conversion"))
        #expect(Self.pane(reader).first?.hasPrefix("Conversion  2") == true, "\(Self.pane(reader))")
        #expect(Self.pane(reader).contains { $0.contains("支援 ← 支持") }, "each place's line says the original's word")
        reader.press("gg]")
        let card = Self.pane(reader).joined(separator: "\n")
        #expect(card.contains("■ Meaning shifted"), "\(card)")
        #expect(card.contains("original 支持 → converter's 支援"))
        #expect(card.contains("作者寫的是支持"))
        reader.press("]")
        #expect(Self.pane(reader).joined().contains("As the original has it, not localised (Taiwan: 川普)"))
        // The reader's note is not shown in this layer, and nothing can be written in it.
        #expect(!Self.pane(reader).joined().contains("我的批語"))
        reader.press("a")
        #expect(reader.statusLine.contains("The conversion layer is read-only"), "\(reader.statusLine)")
        reader.press("C")
        #expect(Self.pane(reader).first?.hasPrefix("Notes") == true)
        #expect(reader.state.annotations.readerNotes.count == 1)
    }

    @Test("The legend and the filter are the conversion layer's own: its four kinds and their counts, no move kind")
    func legendAndFilter() throws {
        var reader = try Self.reader()
        reader.press("CL")
        let legend = reader.state.frame.page.map { $0.map(\.text).joined() }.joined(separator: "\n")
        #expect(legend.contains("Legend: the Simplified→Traditional conversion layer"))
        #expect(legend.contains("Meaning shifted") && legend.contains("Left unlocalised"))
        #expect(!legend.contains("Contradiction") && !legend.contains("Checked against the source"))
        reader.press("qf")
        let filter = reader.screen.joined(separator: "\n")
        #expect(filter.contains("Doubtful reconstruction"), "\(filter)")
        #expect(!filter.contains("Rebuttal"))
        // Hiding a kind hides it in this layer only.
        reader.press("<Space>q")
        #expect(reader.state.annotations.isFiltered)
        reader.press("C")
        #expect(!reader.state.annotations.isFiltered, "the rhetorical layer's filter is its own")
    }

    @Test("A text without a conversion layer: C says how to make one")
    func none() {
        var reader = ReaderHarness.annotated()
        reader.press("C")
        // The first C asks the runtime for the layer (opening never reads it); none comes back.
        #expect(reader.effects.last == .loadConversion)
        _ = reader.state.update(.conversionLoaded(nil))
        #expect(reader.statusLine.contains("No conversion layer for this text (pingdian provenance --layer makes one)"))
        reader.press("C")
        #expect(reader.effects.filter { $0 == .loadConversion }.count == 1, "asked once")
        #expect(reader.statusLine.contains("No conversion layer"))
    }
}
