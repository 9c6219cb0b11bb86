/// Turns the bytes of a file into a ``TextDocument``: UTF-8, a byte-order mark, CRLF, binaries.
public enum TextDecoder {
    /// What decoding found that the reader should be told about.
    public struct Report: Hashable, Sendable {
        /// How many invalid UTF-8 sequences were replaced with U+FFFD.
        public var invalidSequences = 0
        /// Whether a UTF-8 byte-order mark was removed.
        public var removedByteOrderMark = false
        /// How many CRLF line ends were turned into LF.
        public var convertedCRLF = 0

        /// A report of nothing repaired.
        public init() {}
    }

    /// Why bytes cannot be read as a text.
    public enum Failure: Error, Hashable, Sendable {
        /// The bytes hold a NUL byte at this byte offset: a binary file, not a text.
        case binary(byteOffset: Int)
    }

    /// Decodes UTF-8 bytes. Invalid sequences become U+FFFD (counted in the report) — the reader
    /// opens the text with a warning rather than refusing it; a NUL byte means a binary file.
    public static func decode(_ bytes: [UInt8], title: String) throws(Failure) -> (TextDocument, Report) {
        var decoding = Decoding(expectedBytes: bytes.count)
        try bytes.withUnsafeBufferPointer { (buffer) throws(Failure) in
            _ = try decoding.decode(buffer, isFinal: true)
        }
        let (scalars, report) = decoding.finish()
        return (TextDocument(title: title, scalars: scalars), report)
    }

    /// Decoding that takes its bytes in pieces, so that a file can be read a chunk at a time and
    /// its bytes never need to be in memory all at once (``TextFile`` reads 1 MB at a time).
    ///
    /// The result is the same however the bytes are cut: a piece is decoded only up to the last
    /// sequence that may still be incomplete, and the caller passes the rest again, followed by
    /// more bytes. Well-formed sequences are decoded directly; an ill-formed one becomes one
    /// U+FFFD for each maximal subpart (Unicode §3.9, as the standard library's UTF-8 decoder does).
    struct Decoding {
        private(set) var scalars: [Unicode.Scalar] = []
        private(set) var report = Report()
        /// Bytes taken so far, for the offset of a NUL byte.
        private var consumed = 0
        private var pendingCR = false

        /// Ready for about `expectedBytes` bytes (a file's size): no scalar array grows while decoding.
        init(expectedBytes: Int) {
            scalars.reserveCapacity(expectedBytes)
        }

        /// Decodes the start of `bytes` and returns how many bytes it took: all of them when
        /// `isFinal`, else all but an incomplete sequence at the end (at most 4 bytes), which the
        /// caller passes again at the start of the next piece.
        mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool) throws(Failure) -> Int {
            if let nul = bytes.firstIndex(of: 0) { throw .binary(byteOffset: consumed + nul) }
            var start = 0
            if consumed == 0 {
                if !isFinal && bytes.count < 3 { return 0 }
                if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
                    start = 3
                    report.removedByteOrderMark = true
                }
            }
            let end = isFinal ? bytes.count : Self.safeEnd(of: bytes)
            decodeScalars(bytes, from: start, to: end, isWhole: isFinal && consumed == 0)
            consumed += end
            return end
        }

        /// The scalars and the report; a CR at the very end is kept.
        mutating func finish() -> ([Unicode.Scalar], Report) {
            if pendingCR {
                pendingCR = false
                scalars.append("\r")
            }
            return (scalars, report)
        }

        /// Where the decodable part of a piece ends: before the last byte that is not a
        /// continuation byte among the last four, since the sequence it starts may go on in the
        /// next piece. A cut before a byte that is not a continuation byte never changes how the
        /// bytes before it decode, ill-formed or not.
        private static func safeEnd(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
            var index = bytes.count
            while index > max(0, bytes.count - 4) {
                index -= 1
                if bytes[index] & 0xC0 != 0x80 { return index }
            }
            return bytes.count
        }

        /// Decodes `bytes[start..<end]` into a piece of scalars written through a pointer (no
        /// append per scalar), then appends the piece.
        /// When `isWhole`, the piece becomes the scalars (a text given at once is not copied).
        private mutating func decodeScalars(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, isWhole: Bool) {
            guard start < end else { return }
            var pendingCR = self.pendingCR
            var invalid = 0
            var crlf = 0
            // Each byte gives at most one scalar, and a CR left by the last piece one more.
            let piece = [Unicode.Scalar](unsafeUninitializedCapacity: end - start + 1) { out, count in
                guard let base = out.baseAddress else { return }
                var written = 0
                var index = start
                while index < end {
                    let lead = bytes[index]
                    let value: UInt32
                    if lead < 0x80 {
                        value = UInt32(lead)
                        index += 1
                    } else if lead >= 0xE1, lead <= 0xEC, index + 2 < end,
                              bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 {
                        // Most of CJK (U+1000–U+CFFF): three bytes, no overlong form or surrogate possible.
                        value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                        index += 3
                    } else {
                        let (scalar, length) = Self.sequence(in: bytes, at: index, end: end)
                        index += length
                        if let scalar {
                            value = scalar
                        } else {
                            invalid += 1
                            value = 0xFFFD
                        }
                    }
                    if pendingCR {
                        pendingCR = false
                        if value == 0x0A {
                            crlf += 1
                            (base + written).initialize(to: "\n")
                            written += 1
                            continue
                        }
                        (base + written).initialize(to: "\r")
                        written += 1
                    }
                    if value == 0x0D {
                        pendingCR = true
                    } else {
                        // A scalar value: `sequence` rules out surrogates and values above U+10FFFF.
                        (base + written).initialize(to: unsafeBitCast(value, to: Unicode.Scalar.self))
                        written += 1
                    }
                }
                count = written
            }
            if isWhole { scalars = piece } else { scalars.append(contentsOf: piece) }
            self.pendingCR = pendingCR
            report.invalidSequences += invalid
            report.convertedCRLF += crlf
        }

        /// The scalar of the multi-byte sequence at `index` and its length; or nil and the length
        /// of the maximal subpart to replace when it is ill-formed (at least 1).
        @inline(__always)
        private static func sequence(in bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (UInt32?, Int) {
            let lead = bytes[index]
            let length: Int
            // The range of the second byte, which rules out overlong forms, surrogates and values above U+10FFFF.
            let second: ClosedRange<UInt8>
            switch lead {
            case 0xC2...0xDF: length = 2; second = 0x80...0xBF
            case 0xE0: length = 3; second = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3; second = 0x80...0xBF
            case 0xED: length = 3; second = 0x80...0x9F
            case 0xF0: length = 4; second = 0x90...0xBF
            case 0xF1...0xF3: length = 4; second = 0x80...0xBF
            case 0xF4: length = 4; second = 0x80...0x8F
            default: return (nil, 1)
            }
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length {
                guard index + offset < end else { return (nil, offset) }
                let byte = bytes[index + offset]
                let valid = offset == 1 ? second.contains(byte) : byte & 0xC0 == 0x80
                guard valid else { return (nil, offset) }
                value = value << 6 | UInt32(byte & 0x3F)
            }
            return (value, length)
        }
    }
}
