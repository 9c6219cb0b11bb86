import Foundation
import PropertyBased
import Testing
@testable import PingdianCore

/// `TextDecoder.decode` on random bytes (Docs/faults.md).
@Suite("Property: the text decoder")
struct DecoderPropertyTests {
    /// What the decoder should give, written independently: the standard library's UTF-8 repair
    /// (each maximal invalid subpart becomes one U+FFFD), one leading BOM dropped, CRLF → LF.
    static func model(_ bytes: [UInt8]) -> [Unicode.Scalar] {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        var result: [Unicode.Scalar] = []
        for scalar in String(decoding: body, as: UTF8.self).unicodeScalars {
            if scalar == "\n", result.last == "\r" { result.removeLast() }
            result.append(scalar)
        }
        return result
    }

    @Test("Random bytes never crash; a NUL means binary at the first NUL; otherwise the scalars are UTF-8 repaired, BOM and CRLF removed")
    func randomBytes() async {
        await propertyCheck(count: Fuzz.cases(400), input: Fuzz.bytes(0...300)) { bytes in
            Fuzz.note("decoder", "\(bytes)")
            do {
                let (document, report) = try TextDecoder.decode(bytes, title: "fuzz")
                #expect(!bytes.contains(0), "a NUL was not refused")
                #expect(document.scalars == Self.model(bytes))
                #expect(report.removedByteOrderMark == bytes.starts(with: [0xEF, 0xBB, 0xBF]))
                #expect(report.invalidSequences == 0 || document.scalars.contains("\u{FFFD}"))
                #expect(report.invalidSequences == 0 || String(validating: bytes, as: UTF8.self) == nil)
                // The paragraphs are ordered, disjoint, inside the text and hold no newline.
                var end = 0
                for paragraph in document.paragraphs {
                    #expect(paragraph.range.lowerBound >= end && paragraph.range.upperBound <= document.scalarCount)
                    #expect(!document.scalars[paragraph.range].contains("\n"))
                    end = paragraph.range.upperBound
                }
            } catch let error as TextDecoder.Failure {
                #expect(error == .binary(byteOffset: bytes.firstIndex(of: 0) ?? -1))
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }

    @Test("The canonical text round-trips: its UTF-8 decodes to itself (but for a second BOM or a CR before a CRLF)")
    func canonicalRoundTrip() async {
        await propertyCheck(count: Fuzz.cases(400), input: Fuzz.bytes(0...300)) { bytes in
            Fuzz.note("decoder round trip", "\(bytes)")
            guard let (document, _) = try? TextDecoder.decode(bytes, title: "fuzz") else { return }
            let utf8 = Array(String(String.UnicodeScalarView(document.scalars)).utf8)
            let again = try #require(try? TextDecoder.decode(utf8, title: "again"))
            #expect(again.1.invalidSequences == 0)
            // Two documented exceptions: a text that starts with a second BOM loses it, and a lone
            // CR just before a CRLF (CR CR LF) reads back as a line end (see Docs/faults.md).
            let scalars = document.scalars
            let crBeforeLF = zip(scalars, scalars.dropFirst()).contains { $0 == "\r" && $1 == "\n" }
            if scalars.first != "\u{FEFF}" && !crBeforeLF {
                #expect(again.0.scalars == scalars)
                #expect(again.1 == TextDecoder.Report())
            }
        }
    }

    @Test("Valid UTF-8 of hostile text without BOM or CR decodes to exactly its scalars")
    func validText() async {
        await propertyCheck(count: Fuzz.cases(300), input: Fuzz.hostileText(0...80)) { text in
            Fuzz.note("decoder valid", text.debugDescription)
            let scalars = text.unicodeScalars.filter { $0 != "\r" && $0 != "\0" }
            let clean = Array(scalars.drop { $0 == "\u{FEFF}" })
            let bytes = Array(String(String.UnicodeScalarView(clean)).utf8)
            let (document, report) = try #require(try? TextDecoder.decode(bytes, title: "fuzz"))
            #expect(document.scalars == clean)
            #expect(report == TextDecoder.Report())
        }
    }
}
