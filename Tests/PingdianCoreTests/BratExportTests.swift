@testable import PingdianCore
import Testing

@Suite("brat standoff export")
struct BratExportTests {
    /// One `T` line of a `.ann`: id, type, fragments, text.
    struct TextBound: Equatable {
        var id: String
        var type: String
        var fragments: [Range<Int>]
        var text: String
    }

    /// The `T` lines of a `.ann`, read the way brat does (id TAB type and offsets TAB text).
    static func textBounds(_ ann: String) -> [TextBound] {
        ann.split(separator: "\n").filter { $0.hasPrefix("T") }.compactMap { line in
            let parts = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3, let space = parts[1].firstIndex(of: " ") else { return nil }
            let fragments = parts[1][parts[1].index(after: space)...].split(separator: ";").compactMap { span -> Range<Int>? in
                let numbers = span.split(separator: " ").compactMap { Int($0) }
                return numbers.count == 2 ? numbers[0]..<numbers[1] : nil
            }
            return TextBound(id: parts[0], type: String(parts[1][..<space]), fragments: fragments, text: parts[2])
        }
    }

    /// The text of offsets of a string counted in code points (Unicode scalars), as Python slices.
    static func slice(_ text: String, _ range: Range<Int>) -> String {
        let scalars = Array(text.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[range]))
    }

    @Test("The .txt is the text; each T line's offsets slice the .txt to its quote; spans over a line break are split")
    func offsets() {
        let (text, ann) = BratExporter.export(ExportFixture.export, language: .english)
        #expect(text == ExportFixture.text)
        let bounds = Self.textBounds(ann)
        let placed = ExportFixture.export.annotations.filter { $0.range != nil }
        #expect(bounds.map(\.type) == placed.map(\.kindKey))
        for (bound, annotation) in zip(bounds, placed) {
            #expect(bound.fragments.map { Self.slice(text, $0) }.joined(separator: " ") == bound.text)
            #expect(bound.fragments.allSatisfy { !Self.slice(text, $0).contains("\n") })
            if annotation.id != "across" { #expect(bound.text == annotation.quote) }
        }
        let across = bounds[3]
        #expect(across.fragments == [19..<41, 43..<46])
        #expect(across.text == "=SUM(A1) 在此，逗號, 與\"引號\"。 丙𠀀丁")
        // 𠀀 is one code point (two UTF-16 units): brat and Python count it once, as pingdian does.
        #expect(bounds[6].fragments == [44..<46] && bounds[6].text == "𠀀丁")
        #expect("𠀀丁".unicodeScalars.count == 2 && "𠀀丁".utf16.count == 3)
        #expect(ann.contains("T4\trebuttal 19 41;43 46\t"))
    }

    @Test("Contradictions as R lines, notes as AnnotatorNotes on one line; orphans left out")
    func relationsAndNotes() {
        let (_, ann) = BratExporter.export(ExportFixture.export, language: .english)
        let lines = ann.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.last == "")
        #expect(!ann.contains("\r"))
        #expect(lines.filter { $0.hasPrefix("R") } == ["R1\tContradicts Arg1:T1 Arg2:T8", "R2\tContradicts Arg1:T3 Arg2:T6"])
        let notes = lines.filter { $0.hasPrefix("#") }
        #expect(notes.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 3 })
        #expect(notes.contains("#1\tAnnotatorNotes T1\t他說 \"好\"，又說 'no' <script>alert(\"x\")</script>"))
        #expect(notes.contains("#3\tAnnotatorNotes T3\t" + ExportFixture.formula))
        #expect(notes.contains("#4\tAnnotatorNotes T4\t+1 line second `line`"))
        #expect(!ann.contains("不存在的話"))
    }

    @Test("annotation.conf declares every type the .ann uses, with Contradicts symmetric; visual.conf colours them")
    func configuration() {
        let export = ExportFixture.export
        let (_, ann) = BratExporter.export(export, language: .english)
        let conf = BratExporter.configuration(export, language: .traditionalChinese)
        let sections = conf.components(separatedBy: "\n[")
        let entities = Set(sections.first { $0.hasPrefix("entities]") }?.split(separator: "\n").dropFirst()
            .map { String($0.split(separator: "\t").first ?? "") } ?? [])
        for bound in Self.textBounds(ann) { #expect(entities.contains(bound.type), "\(bound.type)") }
        #expect(entities.contains("ad-hominem") && entities.contains("unknown-kind"))
        #expect(conf.contains("\nclaim\t# 論點\n"))
        #expect(conf.contains("\nContradicts\tArg1:<ENTITY>, Arg2:<ENTITY>, <REL-TYPE>:symmetric\n"))
        #expect(conf.contains("\nSupports\tArg1:<ENTITY>, Arg2:<ENTITY>\n"))
        #expect(conf.hasSuffix("[events]\n[attributes]\n"))
        let visual = BratExporter.visualConfiguration(export, language: .traditionalChinese)
        #expect(visual.contains("\nrhetorical-question | 設問/反問 | Rhetorical question\n"))
        #expect(visual.contains("\ncontradiction\tbgColor:#ff7f7f\n"))
        #expect(BratExporter.entityType("2 kinds") == "K_2_kinds")
    }

    @Test("The essay: every T line slices the .txt to its quote; a Contradicts per pair")
    func essay() throws {
        let essay = try ExportFixture.essay()
        let (text, ann) = BratExporter.export(essay, language: .traditionalChinese)
        let bounds = Self.textBounds(ann)
        #expect(bounds.count == essay.annotations.count)
        for bound in bounds {
            #expect(bound.fragments.map { Self.slice(text, $0) }.joined(separator: " ") == bound.text, "\(bound.id)")
        }
        #expect(ann.split(separator: "\n").filter { $0.hasPrefix("R") && $0.contains("\tContradicts ") }.count == 20)
    }
}
