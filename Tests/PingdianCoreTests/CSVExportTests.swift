@testable import PingdianCore
import Testing

/// A strict RFC 4180 reader: records end with CRLF (the last one too), a field is either quoted
/// (quotes doubled inside) or free of quotes, commas, CR and LF.
enum RFC4180 {
    struct ParseError: Error, CustomStringConvertible {
        let description: String
    }

    static func parse(_ text: String) throws -> [[String]] {
        let scalars = Array(text.unicodeScalars)
        var records: [[String]] = []
        var record: [String] = []
        var index = 0
        while index < scalars.count {
            var field = String.UnicodeScalarView()
            if scalars[index] == "\"" {
                index += 1
                while true {
                    guard index < scalars.count else { throw ParseError(description: "unterminated quoted field") }
                    if scalars[index] == "\"" {
                        if index + 1 < scalars.count, scalars[index + 1] == "\"" { field.append("\""); index += 2; continue }
                        index += 1
                        break
                    }
                    field.append(scalars[index])
                    index += 1
                }
            } else {
                while index < scalars.count, scalars[index] != ",", scalars[index] != "\r" {
                    if scalars[index] == "\"" || scalars[index] == "\n" {
                        throw ParseError(description: "a quote or LF in an unquoted field at \(index)")
                    }
                    field.append(scalars[index])
                    index += 1
                }
            }
            record.append(String(field))
            guard index < scalars.count else { throw ParseError(description: "the last record does not end with CRLF") }
            if scalars[index] == "," { index += 1; continue }
            guard scalars[index] == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" else {
                throw ParseError(description: "a field is followed by neither a comma nor CRLF at \(index)")
            }
            index += 2
            records.append(record)
            record = []
        }
        return records
    }
}

@Suite("CSV export")
struct CSVExportTests {
    static let bytes = CSVExporter.export(ExportFixture.export, language: .english)

    /// The fields a row should read back as, built from the model, with the `'` against formulas.
    static func expectedRow(_ annotation: ExportedAnnotation) -> [String] {
        let fields = [annotation.id, annotation.layer.rawValue, annotation.kindKey, annotation.kindLabel(in: .english),
                      annotation.paragraph.map { "\($0 + 1)" } ?? "", annotation.range.map { "\($0.lowerBound)" } ?? "",
                      annotation.range.map { "\($0.upperBound)" } ?? "", annotation.quote, annotation.note ?? "",
                      annotation.links.map { "\($0.type.rawValue):\($0.target)" }.joined(separator: "; "),
                      annotation.creator ?? "", annotation.replyTo ?? ""]
        return fields.map { field in
            guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return field }
            return "'" + field
        }
    }

    @Test("UTF-8 with a byte-order mark; parses back (RFC 4180, CRLF) into the same fields")
    func roundTrip() throws {
        #expect(Array(Self.bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = try #require(String(validating: Self.bytes.dropFirst(3), as: UTF8.self))
        let rows = try RFC4180.parse(text)
        #expect(rows.first == CSVExporter.columns)
        #expect(rows.dropFirst().map { $0 } == ExportFixture.export.annotations.map(Self.expectedRow))
        #expect(rows.allSatisfy { $0.count == 12 })
        #expect(text.contains("\"他說 \"\"好\"\"，又說 'no'\n<script>alert(\"\"x\"\")</script>\""))
    }

    @Test("Formulas are defused with a leading quote; offsets and astral characters survive")
    func formulasAndOffsets() throws {
        let text = try #require(String(validating: Self.bytes.dropFirst(3), as: UTF8.self))
        let rows = try RFC4180.parse(text)
        let byID = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[0], $0) })
        #expect(byID["side-a"]?[8] == "'" + ExportFixture.formula)
        #expect(byID["across"]?[7].hasPrefix("'=SUM(A1)") == true)
        #expect(byID["inner"]?[8] == "'-minus start, @at, \ttab")
        #expect(byID["dash"]?[7] == "'-開頭的行 @人")
        #expect(byID["gone"]?[4...6] == ["", "", ""])
        let inner = try #require(byID["inner"])
        #expect(inner[4...7] == ["3", "44", "46", "𠀀丁"])
        #expect(ExportFixture.document.text(in: 44..<46) == "𠀀丁")
        #expect(byID["side-b"]?[9] == "contradicts:side-a")
    }

    @Test("Kind labels in Traditional Chinese")
    func chinese() throws {
        let bytes = CSVExporter.export(ExportFixture.export, language: .traditionalChinese)
        let rows = try RFC4180.parse(try #require(String(validating: bytes.dropFirst(3), as: UTF8.self)))
        #expect(rows[1][3] == "論點")
    }

    @Test("A field: quoted when it must be, quotes doubled, formula starts defused")
    func fields() {
        #expect(CSVField.encode("中文") == "中文")
        #expect(CSVField.encode("a,b") == "\"a,b\"")
        #expect(CSVField.encode("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVField.encode("=1+1") == "'=1+1")
        #expect(CSVField.encode("+1") == "'+1")
        #expect(CSVField.encode("-1") == "'-1")
        #expect(CSVField.encode("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVField.encode("\tx") == "'\tx")
        #expect(CSVField.encode("\rx") == "\"'\rx\"")
        #expect(CSVField.encode("a=b") == "a=b")
    }

    @Test("The essay: a row per annotation")
    func essay() throws {
        let essay = try ExportFixture.essay()
        let bytes = CSVExporter.export(essay, language: .traditionalChinese)
        let rows = try RFC4180.parse(try #require(String(validating: bytes.dropFirst(3), as: UTF8.self)))
        #expect(rows.count == essay.annotations.count + 1)
        for (row, annotation) in zip(rows.dropFirst(), essay.annotations) {
            #expect(row == Self.expectedRow(annotation).enumerated().map { $0.offset == 3 ? annotation.kindLabel(in: .traditionalChinese) : $0.element })
        }
    }
}
