import Foundation
import PingdianCore
import Testing

@Suite("Texts: decoding, paragraphs, sections")
struct TextDocumentTests {
    @Test("A line is a paragraph; blank lines make a section break; newlines keep their offsets")
    func paragraphsAndSections() {
        let document = TextDocument(title: "t", text: "甲乙\n丙\n\n\n丁戊\n  \n己")
        #expect(document.paragraphs.map { document.text(in: $0.range) } == ["甲乙", "丙", "丁戊", "己"])
        #expect(document.paragraphs.map(\.startsSection) == [false, false, true, true])
        #expect(document.paragraphs[1].range == 3..<4)
        #expect(document.paragraphs[2].range == 7..<9)
    }

    @Test("A leading blank line does not start a section; trailing blank lines are ignored")
    func leadingAndTrailingBlanks() {
        let document = TextDocument(title: "t", text: "\n\n甲\n乙\n\n")
        #expect(document.paragraphs.count == 2)
        #expect(document.paragraphs[0].startsSection == false)
        #expect(document.paragraphs[0].range == 2..<3)
    }

    @Test("An offset between paragraphs belongs to the next one")
    func paragraphLookup() {
        let document = TextDocument(title: "t", text: "甲乙\n\n丙丁\n戊")
        #expect(document.paragraphIndex(containing: 0) == 0)
        #expect(document.paragraphIndex(containing: 1) == 0)
        #expect(document.paragraphIndex(containing: 2) == 1)
        #expect(document.paragraphIndex(containing: 3) == 1)
        #expect(document.paragraphIndex(containing: 5) == 1)
        #expect(document.paragraphIndex(containing: 7) == 2)
        #expect(document.paragraphIndex(containing: 100) == 2)
        #expect(TextDocument(title: "e", text: "").paragraphIndex(containing: 0) == nil)
    }

    @Test("Astral characters count as one offset")
    func astral() {
        let document = TextDocument(title: "t", text: "𠀀字\n𪚥")
        #expect(document.scalarCount == 4)
        #expect(document.paragraphs[1].range == 3..<4)
        #expect(document.text(in: 0..<1) == "𠀀")
    }

    @Test("UTF-8 with a BOM and CRLF line ends decodes to the canonical text")
    func bomAndCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("甲\r\n乙\r\n\r\n丙".utf8)
        let (document, report) = try TextDecoder.decode(bytes, title: "t")
        #expect(report.removedByteOrderMark)
        #expect(report.convertedCRLF == 3)
        #expect(document.text(in: 0..<document.scalarCount) == "甲\n乙\n\n丙")
        #expect(document.paragraphs.map(\.startsSection) == [false, false, true])
    }

    @Test("A lone CR stays in the text (it is shown as a placeholder)")
    func loneCR() throws {
        let (document, _) = try TextDecoder.decode(Array("甲\r乙".utf8), title: "t")
        #expect(document.scalars == ["甲", "\r", "乙"])
    }

    @Test("Invalid UTF-8 becomes U+FFFD and is counted")
    func invalidUTF8() throws {
        let bytes: [UInt8] = Array("甲".utf8) + [0xFF, 0xC3] + Array("乙".utf8) + [0xE4, 0xB8]
        let (document, report) = try TextDecoder.decode(bytes, title: "t")
        #expect(report.invalidSequences == 3)
        #expect(document.text(in: 0..<document.scalarCount) == "甲\u{FFFD}\u{FFFD}乙\u{FFFD}")
    }

    @Test("A NUL byte means a binary file")
    func binary() {
        #expect(throws: TextDecoder.Failure.binary(byteOffset: 3)) {
            try TextDecoder.decode(Array("甲".utf8) + [0] + Array("乙".utf8), title: "t")
        }
    }

    @Test("Files that cannot be read get a one-line message naming them")
    func fileErrors() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pingdian-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("missing.txt").path
        #expect(throws: TextFile.OpenError.notFound(path: missing)) { try TextFile.open(path: missing) }
        #expect(throws: TextFile.OpenError.isDirectory(path: directory.path)) { try TextFile.open(path: directory.path) }
        let binary = directory.appendingPathComponent("a.bin")
        try Data([0x41, 0x00, 0x42]).write(to: binary)
        #expect(throws: TextFile.OpenError.binary(path: binary.path, byteOffset: 1)) { try TextFile.open(path: binary.path) }
        let good = directory.appendingPathComponent("好.txt")
        try Data("第一段\n第二段\n".utf8).write(to: good)
        let (document, _) = try TextFile.open(path: good.path)
        #expect(document.title == "好.txt")
        #expect(document.paragraphs.count == 2)
        for error in [TextFile.OpenError.notFound(path: "/x/y.txt"), .isDirectory(path: "/x"), .unreadable(path: "/x/z", reason: "permission denied"), .binary(path: "/b", byteOffset: 3)] {
            #expect(!error.message.contains("\n"))
        }
        #expect(TextFile.OpenError.notFound(path: "/x/y.txt").message.contains("/x/y.txt"))
    }
}
