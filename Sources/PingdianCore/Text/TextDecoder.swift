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
    }

    /// Why bytes cannot be read as a text.
    public enum Failure: Error, Hashable, Sendable {
        /// The bytes hold a NUL byte at this byte offset: a binary file, not a text.
        case binary(byteOffset: Int)
    }

    /// Decodes UTF-8 bytes. Invalid sequences become U+FFFD (counted in the report) — the reader
    /// opens the text with a warning rather than refusing it; a NUL byte means a binary file.
    public static func decode(_ bytes: [UInt8], title: String) throws(Failure) -> (TextDocument, Report) {
        if let nul = bytes.firstIndex(of: 0) { throw .binary(byteOffset: nul) }
        var report = Report()
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
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
        return (TextDocument(title: title, scalars: scalars), report)
    }
}
