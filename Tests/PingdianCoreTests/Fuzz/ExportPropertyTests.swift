import Foundation
import Ink
import PropertyBased
import Testing
@testable import PingdianCore

/// The exporters on random texts and notes: HTML, Markdown, CSV and brat stay well-formed and
/// inert whatever the notes hold (Docs/faults.md).
@Suite("Property: the exports")
struct ExportPropertyTests {
    /// Pieces notes and ids are made of: markup, formulas, quotes, newlines and controls.
    static let injections = [
        "<script>alert(1)</script>", "</p>", "<img src=x onerror=alert(1)>", "\"", "'", "&amp;", "&#x3C;", "=cmd|' /C calc'!A0",
        "+1", "-2", "@SUM(A1)", "\t=1", "\r=1", "\n", "\r\n", "\n\n", "# h", "- item", "1. item", "> quote", "```", "`code`",
        "*em*", "**b**", "_u_", "[a](javascript:alert(1))", "![i](x)", "<!--", "-->", "<![CDATA[", "|", ",", ";", "\u{1B}]2;pwned\u{07}",
        "\u{1B}[31m", "\u{0}", "\u{7F}", "\u{85}", "\u{2028}", "\u{202E}", "T1\tclaim 0 1\tx", "#1\tAnnotatorNotes", "R1\tContradicts",
        "\u{FEFF}", "𠀀", "    indented", "***", "===", "\\", "<b>",
    ]

    static let piece = zip(Gen.bool(0.4), Fuzz.hostileScalar, Gen.int(in: 0...(injections.count - 1))).map { injection, scalar, index in
        injection ? injections[index] : String(Character(scalar))
    }

    static func text(_ length: ClosedRange<Int>) -> Generator<String, AnySequence<Any>> {
        piece.array(of: length).map { $0.joined() }.eraseToAny()
    }

    /// A random note: a range of the text (or a lost quote), a kind (known or not), an id, a note, links.
    struct Note: CustomStringConvertible, Sendable {
        var id: String
        var kind: String
        var start: Int
        var length: Int
        var orphan: Bool
        var note: String?
        var linkTargets: [Int]

        var description: String {
            "(\(id.debugDescription) \(kind.debugDescription) \(start)+\(length) orphan \(orphan) note \(String(describing: note?.debugDescription)) links \(linkTargets))"
        }
    }

    static let kinds = ModelFixtures.taxonomy.kinds.map(\.key) + ["", "no such kind", "<b>kind</b>", "a\tb", "=1"]

    static let note = zip(text(0...3), Gen.int(in: 0...(kinds.count - 1)), Gen.int(in: 0...400), Gen.int(in: 1...30), Gen.bool(0.15),
                          text(0...12).optional, Gen.int(in: 0...7).array(of: 0...2))
        .map { id, kind, start, length, orphan, note, links in
            Note(id: id, kind: kinds[kind], start: start, length: length, orphan: orphan, note: note, linkTargets: links)
        }

    /// The export of random notes on a random text, in three layers.
    static func export(text: String, notes: [Note]) -> ExportDocument {
        let document = TextDocument(title: "試 <b>\(text.prefix(5))", text: text)
        var annotations: [Annotation] = []
        var ids = Set<String>()
        for (index, note) in notes.enumerated() {
            var id = note.id.isEmpty ? "n" : note.id
            while ids.contains(id) { id += "-\(index)" }
            ids.insert(id)
            let start = document.scalarCount == 0 ? 0 : note.start % document.scalarCount
            var anchor = TextAnchor.make(range: start..<start + note.length, in: document)
            if note.orphan || anchor.exact.isEmpty { anchor = TextAnchor(exact: "不在文中的話\(note.id)", start: start, end: start + 6) }
            annotations.append(Annotation(id: id, kind: note.kind.isEmpty ? "claim" : note.kind, anchor: anchor, note: note.note))
        }
        for (index, note) in notes.enumerated() {
            annotations[index].links = note.linkTargets.filter { $0 < annotations.count && $0 != index }.map {
                AnnotationLink(type: $0 % 2 == 0 ? .contradicts : .supports, target: annotations[$0].id)
            }
        }
        let third = annotations.count / 3
        return ExportDocument(document: document, sourcePath: "/tmp/fuzz.txt", taxonomy: ModelFixtures.taxonomy,
                              layers: [(.curated, Array(annotations[..<third])), (.user, Array(annotations[third..<(2 * third)])),
                                       (.hints, Array(annotations[(2 * third)...]))])
    }

    static let input = zip(text(1...60), note.array(of: 0...8))

    /// Controls (and bidi controls) that must not reach a file meant to be opened in a browser or a terminal.
    static func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: return false
            case 0...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
            default: return false
            }
        }
    }

    @Test("HTML: every tag nests, every attribute is quoted; no script, event handler, outside link or raw control")
    func html() async {
        await propertyCheck(count: Fuzz.cases(150), input: Self.input) { text, notes in
            Fuzz.note("export html", "\(text.debugDescription) \(notes)")
            let export = Self.export(text: text, notes: notes)
            for language in [UILanguage.english, .traditionalChinese] {
                let html = HTMLExporter.export(export, language: language)
                let (problems, elements) = HTMLStructure.check(html)
                #expect(problems.isEmpty, "\(problems.prefix(3))")
                #expect(!elements.contains("script") && !elements.contains("img") && !elements.contains("iframe"))
                #expect(!html.lowercased().contains("<script"))
                // Links go only to places in the page; nothing is loaded.
                let targets = ExportTestSupport.captures(#"(?:href|src|action)="([^"]*)""#, in: html)
                #expect(targets.allSatisfy { $0.hasPrefix("#") }, "\(targets.filter { !$0.hasPrefix("#") })")
                // No event handler among the attributes (their quoted values left out: they are text).
                let tags = html.replacing(/"[^"]*"/.matchingSemantics(.unicodeScalar), with: "\"\"")
                #expect(ExportTestSupport.count(#"<[^>]* on[a-zA-Z]+="#, in: tags) == 0, "an event handler attribute")
                #expect(!Self.hasRawControl(html), "a raw control character in the HTML")
            }
        }
    }

    @Test("Markdown: a real parser (Ink) sees only the exporter's own elements; no script, link, image or raw HTML")
    func markdown() async {
        let allowed: Set<String> = ["h1", "h2", "h3", "p", "blockquote", "strong", "br"]
        await propertyCheck(count: Fuzz.cases(150), input: Self.input) { text, notes in
            Fuzz.note("export markdown", "\(text.debugDescription) \(notes)")
            let markdown = MarkdownExporter.export(Self.export(text: text, notes: notes), language: .english)
            let html = MarkdownParser().html(from: markdown)
            let tags = Set(ExportTestSupport.captures("<([a-zA-Z][a-zA-Z0-9]*)", in: html))
            #expect(tags.isSubset(of: allowed), "Ink made \(tags.subtracting(allowed)) of \(markdown.debugDescription)")
            #expect(!Self.hasRawControl(markdown), "a raw control character in the Markdown")
        }
    }

    @Test("CSV: parses back (RFC 4180) into one row per annotation with exactly its fields; formulas defused")
    func csv() async throws {
        await propertyCheck(count: Fuzz.cases(150), input: Self.input) { text, notes in
            Fuzz.note("export csv", "\(text.debugDescription) \(notes)")
            let export = Self.export(text: text, notes: notes)
            let bytes = CSVExporter.export(export, language: .english)
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
            let records = try RFC4180.parse(String(decoding: bytes.dropFirst(3), as: UTF8.self))
            #expect(records.count == export.annotations.count + 1)
            #expect(Array(records.dropFirst()) == export.annotations.map(CSVExportTests.expectedRow))
            for field in records.joined() {
                #expect(!"=+-@\t\r".unicodeScalars.contains(field.unicodeScalars.first ?? "x"), "a formula: \(field.debugDescription)")
            }
        }
    }

    @Test("brat: one entry per line, each T line's offsets slice the .txt to its text, notes on one line")
    func brat() async {
        await propertyCheck(count: Fuzz.cases(150), input: Self.input) { text, notes in
            Fuzz.note("export brat", "\(text.debugDescription) \(notes)")
            let export = Self.export(text: text, notes: notes)
            let (txt, ann) = BratExporter.export(export, language: .english)
            #expect(Array(txt.unicodeScalars) == export.document.scalars)
            // Split by scalars: a CR before a LF would make one Character of the two.
            let lines = ann.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
                .map { String(String.UnicodeScalarView($0)) }
            #expect(lines.last == "")
            for line in lines.dropLast() {
                // brat reads the .ann with Python's splitlines: no other line break may be in a line.
                #expect(!line.unicodeScalars.contains(where: ExportLines.isLineBreak), "\(line.debugDescription)")
                // A T line's text (its third field) may hold tabs: brat splits the line twice only.
                let fields = line.split(separator: "\t", maxSplits: line.first == "T" ? 2 : Int.max, omittingEmptySubsequences: false)
                switch line.first {
                case "T": #expect(fields.count == 3 && fields[1].split(separator: " ").count >= 3, "\(line.debugDescription)")
                case "#": #expect(fields.count == 3 && fields[1].hasPrefix("AnnotatorNotes T"), "\(line.debugDescription)")
                case "R": #expect(fields.count == 2 && fields[1].split(separator: " ").count == 3, "\(line.debugDescription)")
                default: Issue.record("an unexpected line \(line.debugDescription)")
                }
            }
            let bounds = BratExportTests.textBounds(ann)
            // A T line for every placed annotation but those of only white space.
            #expect(bounds.count == export.annotations.filter { annotation in
                annotation.range.map { !BratExporter.fragments(of: $0, in: export.document).isEmpty } ?? false
            }.count)
            for bound in bounds {
                #expect(bound.fragments.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= export.document.scalarCount })
                #expect(bound.fragments.map { BratExportTests.slice(txt, $0) }.joined(separator: " ") == bound.text)
            }
        }
    }
}
