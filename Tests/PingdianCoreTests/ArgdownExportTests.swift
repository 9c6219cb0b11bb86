@testable import PingdianCore
import Testing

@Suite("Argdown export")
struct ArgdownExportTests {
    /// The blocks of an Argdown text (separated by empty lines).
    static func blocks(_ argdown: String) -> [String] {
        argdown.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines) }
    }

    /// The statement definitions: title → the block's relation lines.
    static func statements(_ argdown: String) -> [(title: String, text: String, relations: [String])] {
        blocks(argdown).compactMap { block in
            let lines = block.split(separator: "\n").map(String.init)
            guard let first = lines.first, first.hasPrefix("["), let end = first.range(of: "]: ") else { return nil }
            return (String(first[first.index(after: first.startIndex)..<end.lowerBound]), String(first[end.upperBound...]), Array(lines.dropFirst()))
        }
    }

    /// Whether every special character of `text` is escaped by a backslash.
    static func isEscaped(_ text: String) -> Bool {
        var escaping = false
        for character in text {
            if escaping { escaping = false; continue }
            if character == "\\" { escaping = true; continue }
            if "@#*_[]<>/{}=".contains(character) { return false }
        }
        return !escaping
    }

    @Test("A statement per annotation; `><` from one side of each pair to the other")
    func contradictions() {
        let export = ExportFixture.export
        let argdown = ArgdownExporter.export(export, language: .english)
        let statements = Self.statements(argdown)
        #expect(statements.map(\.title).sorted() == export.annotations.map(\.id).sorted())
        var pairs = Set<Set<String>>()
        for statement in statements {
            for relation in statement.relations where relation.hasPrefix("  >< [") {
                pairs.insert([statement.title, String(relation.dropFirst(6).dropLast())])
            }
        }
        #expect(pairs == Set(export.contradictionPairs.map { Set([$0.0.id, $0.1.id]) }))
        #expect(argdown.components(separatedBy: "\n  >< ").count - 1 == export.contradictionPairs.count)
        #expect(statements.first { $0.title == "gone" }?.relations == ["  +> [claim-1]"])
    }

    @Test("Headings: the contradictions, then each kind in the taxonomy's order")
    func grouping() {
        let argdown = ArgdownExporter.export(ExportFixture.export, language: .english)
        let headings = Self.blocks(argdown).filter { $0.hasPrefix("## ") }
        #expect(headings == ["## Contradictions", "## Claim", "## Concession", "## Rebuttal", "## Irony", "## unknown-kind"])
        #expect(argdown.hasPrefix("# 試 \\<b\\>&\"title\"\n\n## Contradictions\n\n[claim-1]: "))
        let chinese = ArgdownExporter.export(ExportFixture.export, language: .traditionalChinese)
        #expect(chinese.contains("\n\n## 矛盾\n\n") && chinese.contains("#(論點)"))
    }

    @Test("Quotes and notes: one line, every special character escaped")
    func escaping() {
        let statements = Self.statements(ArgdownExporter.export(ExportFixture.export, language: .english))
        for statement in statements {
            guard let tag = statement.text.range(of: " #(", options: .backwards) else { Issue.record("no tag: \(statement.text)"); continue }
            #expect(Self.isEscaped(String(statement.text[..<tag.lowerBound])), "\(statement.text)")
            #expect(statement.relations.allSatisfy { $0.hasPrefix("  >< [") || $0.hasPrefix("  +> [") })
        }
        let sideA = statements.first { $0.title == "side-a" }
        let a = ExportFixture.export.annotation(withID: "side-a")!
        #expect(sideA?.text == "「乙說\\<錯\\>」 — \\=cmd|' \\/C calc'!A0 #(Contradiction) {paragraph: \(a.paragraph! + 1), start: \(a.range!.lowerBound), end: \(a.range!.upperBound)}")
        #expect(ArgdownExporter.escaped("a\nb\\c") == "a b\\\\c")
        var clash = ExportFixture.export.annotations[0]
        clash.id = "a]"
        var other = clash
        other.id = "a)"
        #expect(ArgdownExporter.titles([clash, other]) == ["a]": "a)", "a)": "a) (2)"])
    }

    @Test("The essay: 20 pairs, 20 `><`, every annotation a statement")
    func essay() throws {
        let essay = try ExportFixture.essay()
        let argdown = ArgdownExporter.export(essay, language: .traditionalChinese)
        #expect(argdown.components(separatedBy: "\n  >< ").count - 1 == 20)
        #expect(Self.statements(argdown).count == essay.annotations.count)
    }
}
