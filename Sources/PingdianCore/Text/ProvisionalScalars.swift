#if canImport(Glibc)
import Glibc
#endif

/// The scalars of a large text, decoded a paragraph at a time as the reader shows them.
///
/// A provisional ``TextDocument`` (``TextFile/openProgressively(path:threshold:)``) has the
/// paragraphs and length of its text from a ``TextIndex`` but none of its scalars: its scalar
/// array is allocated and left unwritten (the system gives its pages only when they are touched).
/// Laying out a paragraph first asks for that paragraph (``fill(_:)``), which reads its bytes
/// again and decodes them into place; asking for the whole text (``fillAll()``) decodes the file.
/// The full decoding that runs beside it gives the exact document, which replaces this one.
///
/// Used from one thread only (the reader's); the file stays open while this lives.
final class ProvisionalScalars: @unchecked Sendable {
    private let descriptor: Int32
    private let byteRanges: [Range<Int>]
    private let paragraphs: [Paragraph]
    private let base: UnsafeMutablePointer<Unicode.Scalar>?
    private let count: Int
    private let byteCount: Int
    /// Whether each paragraph, with the line end and blank lines after it, is decoded.
    private var filled: [Bool]
    private var leadingGapFilled = false
    private var isWhollyFilled = false
    /// How many times the whole text was decoded because a caller needed it all (for tests).
    private(set) var wholeFills = 0

    /// Takes over `descriptor` (closed when this goes) and writes into `base`, `count` scalars.
    init(descriptor: Int32, index: TextIndex, base: UnsafeMutablePointer<Unicode.Scalar>?, count: Int) {
        self.descriptor = descriptor
        self.byteRanges = index.byteRanges
        self.paragraphs = index.paragraphs
        self.base = base
        self.count = count
        self.byteCount = index.byteCount
        self.filled = Array(repeating: false, count: index.paragraphs.count)
    }

    deinit { close(descriptor) }

    /// A second descriptor of the file, for a reader of its own (the caller closes it); nil
    /// when the system has none to give.
    func duplicateDescriptor() -> Int32? {
        let second = fcntl(descriptor, F_DUPFD_CLOEXEC, 0)
        return second >= 0 ? second : nil
    }

    /// The paragraphs decoded so far (all of them once the whole text was).
    var decodedParagraphs: [Int] {
        isWhollyFilled ? Array(paragraphs.indices) : filled.indices.filter { filled[$0] }
    }

    /// Decodes the paragraphs `indices` if they are not yet: their scalars are then right.
    func fill(_ indices: Range<Int>) {
        guard !isWhollyFilled, base != nil else { return }
        if !leadingGapFilled, indices.lowerBound == 0 || paragraphs.isEmpty {
            leadingGapFilled = true
            // Blank lines (and a byte-order mark) before the first paragraph.
            decode(bytes: 0..<(byteRanges.first?.lowerBound ?? byteCount),
                   into: 0..<(paragraphs.first?.range.lowerBound ?? count), skippingByteOrderMark: true)
        }
        for index in indices.clamped(to: 0..<paragraphs.count) where !filled[index] {
            filled[index] = true
            decode(bytes: byteRanges[index], into: paragraphs[index].range, skippingByteOrderMark: false)
            // The line end and any blank lines up to the next paragraph.
            let isLast = index + 1 == paragraphs.count
            decode(bytes: byteRanges[index].upperBound..<(isLast ? byteCount : byteRanges[index + 1].lowerBound),
                   into: paragraphs[index].range.upperBound..<(isLast ? count : paragraphs[index + 1].range.lowerBound),
                   skippingByteOrderMark: false)
        }
    }

    /// Decodes the file's `bytes` as ``TextDecoder`` does into the scalars `range`. Valid UTF-8
    /// fills it exactly; anything else is cut or padded with U+FFFD until the exact document
    /// arrives.
    private func decode(bytes range: Range<Int>, into scalarRange: Range<Int>, skippingByteOrderMark: Bool) {
        guard let base, !scalarRange.isEmpty else { return }
        var bytes = readBytes(range)
        // Away from the file's start, EF BB BF is the character U+FEFF: an ASCII byte in front
        // keeps the decoder from taking it for a byte-order mark, and is dropped again.
        if !skippingByteOrderMark { bytes.insert(0x41, at: 0) }
        var decoding = TextDecoder.Decoding(expectedBytes: bytes.count)
        bytes.withUnsafeBufferPointer { _ = try? decoding.decode($0, isFinal: true) }
        var (scalars, _) = decoding.finish()
        // A NUL written into the file since it was indexed stops the decoder before the "A":
        // nothing is decoded then, and the range is padded below.
        if !skippingByteOrderMark, !scalars.isEmpty { scalars.removeFirst() }
        let shared = min(scalars.count, scalarRange.count)
        if shared > 0 { scalars.withUnsafeBufferPointer { (base + scalarRange.lowerBound).update(from: $0.baseAddress!, count: shared) } }
        if shared < scalarRange.count {
            (base + scalarRange.lowerBound + shared).initialize(repeating: "\u{FFFD}", count: scalarRange.count - shared)
        }
    }

    /// Decodes the whole text into place: what a caller that needs every scalar gets.
    func fillAll() {
        guard !isWhollyFilled, let base else { return }
        isWhollyFilled = true
        wholeFills += 1
        // A file that cannot be read again, or has become a binary, leaves U+FFFD.
        let scalars = (try? TextFile.decode(descriptor: descriptor))?.0 ?? []
        let shared = min(scalars.count, count)
        if shared > 0 { scalars.withUnsafeBufferPointer { base.update(from: $0.baseAddress!, count: shared) } }
        if shared < count { (base + shared).initialize(repeating: "\u{FFFD}", count: count - shared) }
    }

    /// The bytes of `range` of the file; fewer when the file has become shorter.
    private func readBytes(_ range: Range<Int>) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: range.count)
        var done = 0
        bytes.withUnsafeMutableBytes { buffer in
            while done < range.count {
                let count = pread(descriptor, buffer.baseAddress! + done, range.count - done, off_t(range.lowerBound + done))
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                done += count
            }
        }
        bytes.removeLast(range.count - done)
        return bytes
    }

}
