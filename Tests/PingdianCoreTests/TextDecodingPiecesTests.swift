import Foundation
@testable import PingdianCore
import PingdianFixtures
import Testing

/// The decoder that reads files a chunk at a time: whatever the cuts, it gives what the standard
/// library's UTF-8 decoder gives for the whole text.
@Suite("Texts: decoding in pieces")
struct TextDecodingPiecesTests {
    /// The decoding before chunked reading, on the standard library's decoder: the reference.
    static func reference(_ bytes: [UInt8]) -> (scalars: [Unicode.Scalar], report: TextDecoder.Report)? {
        if bytes.contains(0) { return nil }
        var report = TextDecoder.Report()
        var scalars: [Unicode.Scalar] = []
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            start = 3
            report.removedByteOrderMark = true
        }
        var decoder = UTF8()
        var iterator = bytes[start...].makeIterator()
        var pendingCR = false
        decoding: while true {
            let scalar: Unicode.Scalar
            switch decoder.decode(&iterator) {
            case .scalarValue(let value): scalar = value
            case .emptyInput: break decoding
            case .error:
                report.invalidSequences += 1
                scalar = "\u{FFFD}"
            }
            if pendingCR {
                pendingCR = false
                if scalar == "\n" {
                    report.convertedCRLF += 1
                    scalars.append("\n")
                    continue
                }
                scalars.append("\r")
            }
            if scalar == "\r" { pendingCR = true } else { scalars.append(scalar) }
        }
        if pendingCR { scalars.append("\r") }
        return (scalars, report)
    }

    /// Decodes `bytes` in pieces of the given sizes (cycled), passing back what each piece left.
    static func inPieces(_ bytes: [UInt8], sizes: [Int]) throws(TextDecoder.Failure) -> ([Unicode.Scalar], TextDecoder.Report) {
        var decoding = TextDecoder.Decoding(expectedBytes: bytes.count)
        var pending: [UInt8] = []
        var position = 0
        var piece = 0
        while true {
            let size = sizes[piece % sizes.count]
            piece += 1
            let next = bytes[position..<min(bytes.count, position + size)]
            position += next.count
            pending += next
            let isFinal = next.isEmpty
            let used = try pending.withUnsafeBufferPointer { (buffer) throws(TextDecoder.Failure) in
                try decoding.decode(buffer, isFinal: isFinal)
            }
            pending.removeFirst(used)
            if isFinal { break }
        }
        return decoding.finish()
    }

    /// Random bytes rich in what decoding must get right: well-formed sequences of every length,
    /// truncated and overlong ones, surrogates, stray continuation bytes, CR and LF, a BOM.
    static func soup(_ random: inout some RandomNumberGenerator, length: Int) -> [UInt8] {
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array("é".utf8), Array("甲".utf8), Array("𠀀".utf8), Array("。".utf8),
            [0x0D], [0x0A], [0x0D, 0x0A], [0xEF, 0xBB, 0xBF],
            [0xE4, 0xB8], [0xF0, 0x9F], [0xF0, 0x9F, 0x98], [0xC3], [0x80], [0xBF], [0xFF], [0xC0, 0xAF],
            [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80], [0xE0, 0xA0],
        ]
        var bytes: [UInt8] = Bool.random(using: &random) ? [0xEF, 0xBB, 0xBF] : []
        while bytes.count < length { bytes += pieces.randomElement(using: &random)! }
        return bytes
    }

    @Test("Decoding in pieces of any size gives what the standard library's decoder gives for the whole")
    func piecesMatchTheWhole() throws {
        var random = SplitMix(seed: 0x5EED_0F_C4_A7)
        for round in 0..<400 {
            let bytes = Self.soup(&random, length: 1 + round % 97)
            let expected = try #require(Self.reference(bytes))
            let (document, report) = try TextDecoder.decode(bytes, title: "t")
            #expect(document.scalars == expected.scalars, "\(bytes)")
            #expect(report == expected.report, "\(bytes)")
            for sizes in [[1], [2], [3], [4], [5], [1, 2, 7], [Int.random(in: 1...9, using: &random)]] {
                let (scalars, piecesReport) = try Self.inPieces(bytes, sizes: sizes)
                #expect(scalars == expected.scalars, "\(bytes) in pieces of \(sizes)")
                #expect(piecesReport == expected.report, "\(bytes) in pieces of \(sizes)")
            }
        }
    }

    @Test("A NUL byte in a later piece is found at its offset in the whole")
    func nulInALaterPiece() {
        let bytes = Array("甲乙丙丁".utf8) + [0] + Array("戊".utf8)
        for sizes in [[1], [2], [5], [100]] {
            #expect(throws: TextDecoder.Failure.binary(byteOffset: 12)) { try Self.inPieces(bytes, sizes: sizes) }
        }
    }

    @Test("A file larger than a chunk reads as its bytes decode, with sequences and CRLF across the cut")
    func fileLargerThanAChunk() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pingdian-chunks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let chunk = TextFile.chunkSize
        for before in [1, 2, 3] {
            // A 3-byte character or a CRLF cut by the end of the first chunk, then an invalid sequence.
            var bytes = [UInt8](repeating: 0x61, count: chunk - before) + Array("甲\r\n乙".utf8)
            bytes += [0xE4, 0xB8] + Array("丙\n".utf8) + [UInt8](repeating: 0x62, count: chunk)
            let url = directory.appendingPathComponent("t\(before).txt")
            try Data(bytes).write(to: url)
            let (document, report) = try TextFile.open(path: url.path)
            let expected = try #require(Self.reference(bytes))
            #expect(document.scalars == expected.scalars)
            #expect(report == expected.report)
            #expect(report.invalidSequences == 1 && report.convertedCRLF == 1)
        }
        let binary = directory.appendingPathComponent("late-nul.txt")
        try Data([UInt8](repeating: 0x61, count: chunk + 10) + [0]).write(to: binary)
        #expect(throws: TextFile.OpenError.binary(path: binary.path, byteOffset: chunk + 10)) { try TextFile.open(path: binary.path) }
    }
}
