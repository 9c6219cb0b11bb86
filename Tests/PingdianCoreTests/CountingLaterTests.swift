import Foundation
import PropertyBased
import Testing
@testable import PingdianCore

/// A large text's first frame is drawn from its first lines only, and the rest are counted after
/// it (``TextDocument/counted()``): what is counted later must be exactly what one pass gives.
@Suite("Counting a large text's lines after its first frame")
struct CountingLaterTests {
    /// The document of `bytes` opened progressively with only `headBytes` indexed first (first
    /// reads of `chunkSize`), and the exact document.
    static func opened(_ bytes: [UInt8], headBytes: Int, chunkSize: Int) throws -> (first: TextDocument?, exact: TextDocument?) {
        let path = try ProgressiveOpenTests.file(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let exact = try? TextFile.open(path: path).0
        switch try? TextFile.openProgressively(path: path, threshold: 0, headBytes: headBytes, chunkSize: chunkSize) {
        case .provisional(let document, let descriptor)?:
            close(descriptor)
            return (document, exact)
        case .complete?, nil: return (nil, exact)
        }
    }

    /// Checks the document of the first lines against the exact one, then counts it to the end.
    static func expectCountedLater(_ first: TextDocument, _ exact: TextDocument, headBytes: Int, _ comment: Comment? = nil) {
        // Whole lines past the head's bytes, or the whole file.
        #expect(first.paragraphs.count <= exact.paragraphs.count, comment)
        #expect(Array(exact.paragraphs.prefix(first.paragraphs.count)) == first.paragraphs, comment)
        // Counted means every line (a head that stops at the file's last line end does not know it yet).
        if first.isCounted { #expect(first.paragraphs.count == exact.paragraphs.count && first.scalarCount == exact.scalarCount, comment) }
        if headBytes == 0 && exact.paragraphs.count > 1 { #expect(!first.isCounted, comment) }
        for index in first.paragraphs.indices {
            let range = first.paragraphs[index].range
            #expect(Array(first.scalars(readyFor: range)[range]) == Array(exact.scalars[range]), comment)
        }
        #expect(first.agrees(with: exact), comment)
        guard let counted = first.counted() else {
            Issue.record("not counted: \(String(describing: comment))")
            return
        }
        #expect(counted.isCounted)
        #expect(counted.continues(first), comment)
        ProgressiveOpenTests.expectSame(counted, exact, comment)
    }

    static let lines = ["第一段", "", "　", "第二段\r", "第三段", "", "", "第四段", "\u{FEFF}第五段", "  ", "末"]

    @Test("The first lines, then the rest counted: the paragraphs, sections and scalars of one pass, wherever the first lines end")
    func everyHeadSize() throws {
        for count in 1...Self.lines.count {
            for ending in ["", "\n", "\n\n"] {
                let text = "\u{FEFF}" + Self.lines.prefix(count).joined(separator: "\n") + ending
                let bytes = Array(text.utf8)
                for headBytes in 0...bytes.count + 1 {
                    for chunkSize in [1, 1 << 20] {
                        let (first, exact) = try Self.opened(bytes, headBytes: headBytes, chunkSize: chunkSize)
                        let comment: Comment = "\(text.debugDescription) head \(headBytes) chunk \(chunkSize)"
                        Self.expectCountedLater(try #require(first, comment), try #require(exact), headBytes: headBytes, comment)
                    }
                }
            }
        }
    }

    @Test("Random texts, heads and reads: counted later is the exact text")
    func randomTexts() async {
        await propertyCheck(count: Fuzz.cases(200), input: Fuzz.hostileText(0...80), Gen.int(in: 0...90), Gen.int(in: 1...40)) { text, head, chunk in
            Fuzz.note("counted later", "\(text.debugDescription) head \(head) chunk \(chunk)")
            guard let (first, exact) = try? Self.opened(Array(text.utf8), headBytes: head, chunkSize: chunk), let exact else { return }
            guard let first else {
                #expect(text.unicodeScalars.contains("\0"), "no provisional document for \(text.debugDescription)")
                return
            }
            // A NUL after the first lines: they show; counting stops, and the full reading says why.
            if text.unicodeScalars.contains("\0") {
                #expect(first.counted() == nil || first.isCounted)
                return
            }
            Self.expectCountedLater(first, exact, headBytes: head, "\(text.debugDescription) head \(head) chunk \(chunk)")
        }
    }

    @Test("A position saved far into the text: counted as far as it and a margin on, no further")
    func holdingAPosition() throws {
        let text = (1...3_000).map { "第\($0)段：文字。" }.joined(separator: "\n") + "\n"
        let (first, exact) = try Self.opened(Array(text.utf8), headBytes: 1_000, chunkSize: 1 << 20)
        let document = try #require(first)
        let whole = try #require(exact)
        #expect(!document.isCounted)
        #expect(document.holding(10, margin: 20)?.paragraphs == document.paragraphs, "already held: the same document")
        let offset = whole.paragraphs[1_500].range.lowerBound + 3
        let held = try #require(document.holding(offset, margin: 100))
        #expect(!held.isCounted)
        #expect(held.scalarCount >= offset + 100)
        #expect(held.scalarCount < whole.scalarCount)
        #expect(held.continues(document))
        #expect(held.text(in: offset - 3..<offset + 3) == "第1501段")
        let toTheEnd = try #require(document.holding(whole.scalarCount - 5, margin: 100))
        #expect(toTheEnd.isCounted && toTheEnd.paragraphs == whole.paragraphs)
    }

    @Test("A NUL byte after the first lines: they are shown; the count gives up and the full reading says binary")
    func binaryAfterTheFirstLines() throws {
        let bytes = Array(((1...200).map { "第\($0)段" }.joined(separator: "\n") + "\n壞\0行\n").utf8)
        let path = try ProgressiveOpenTests.file(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard case .provisional(let document, let descriptor) = try TextFile.openProgressively(path: path, threshold: 0, headBytes: 100) else {
            Issue.record("not opened provisionally")
            return
        }
        defer { close(descriptor) }
        #expect(!document.isCounted)
        #expect(document.text(in: document.paragraphs[0].range) == "第1段")
        #expect(document.counted() == nil)
        #expect(throws: TextFile.OpenError.binary(path: path, byteOffset: bytes.count - 5)) { try TextFile.read(descriptor: descriptor, path: path) }
    }

    @Test("A file that grew after its first lines were shown: the count has the new lines, and the shown lines still agree")
    func grownFile() throws {
        let text = (1...500).map { "第\($0)段" }.joined(separator: "\n") + "\n"
        let path = try ProgressiveOpenTests.file(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard case .provisional(let document, let descriptor) = try TextFile.openProgressively(path: path, threshold: 0, headBytes: 200) else {
            Issue.record("not opened provisionally")
            return
        }
        close(descriptor)
        _ = document.text(in: document.paragraphs[0].range)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("第501段\n".utf8))
        try handle.close()
        let counted = try #require(document.counted())
        #expect(counted.paragraphs.count == 501)
        #expect(counted.continues(document))
        #expect(counted.text(in: counted.paragraphs[500].range) == "第501段")
    }
}
