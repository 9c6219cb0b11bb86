import CTextEngine
#if canImport(Glibc)
import Glibc
#endif

/// Where the paragraphs of a text file are, in scalars and in bytes, found without decoding it.
///
/// Built in one pass over the file's bytes that only counts: a line's scalars are its bytes that
/// are not UTF-8 continuation bytes, a CR before LF is dropped (as ``TextDecoder`` drops it), a
/// leading byte-order mark is skipped, and a line of only white space is blank. For valid UTF-8
/// the result is exactly the paragraphs and scalar count ``TextDecoder`` gives; for invalid UTF-8
/// the counts may differ, which is why an indexed text is only provisional
/// (``TextFile/openProgressively(path:threshold:)``).
struct TextIndex {
    /// The paragraphs, as ``Paragraph/split(_:)`` would find them in the decoded text.
    var paragraphs: [Paragraph] = []
    /// Each paragraph's bytes in the file: where they start and how many (without the line end).
    var byteRanges: [Range<Int>] = []
    /// The scalars of the whole text.
    var scalarCount = 0
    /// The bytes of the file that were indexed.
    var byteCount = 0

    /// The bytes read and scanned at a time; a longer line makes the buffer grow.
    static let chunkSize = 1 << 20

    /// Indexes the file open at `descriptor` from its start; nil when a line holds a NUL byte
    /// (a binary, which the full decoding reports with its offset).
    /// `chunkSize` is the first buffer's size (small ones test the cuts between reads).
    static func build(descriptor: Int32, chunkSize: Int = chunkSize) throws(TextFile.ReadFailure) -> TextIndex? {
        var index = TextIndex()
        var builder = Builder()
        var buffer = [UInt8](repeating: 0, count: max(1, chunkSize))
        var kept = 0          // bytes of an unfinished line at the front of the buffer
        var keptOffset = 0    // the file offset of buffer[0]
        var atStart = true
        while true {
            if kept == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
            let count = buffer.withUnsafeMutableBufferPointer { read(descriptor, $0.baseAddress! + kept, $0.count - kept) }
            if count < 0 {
                if errno == EINTR { continue }
                throw TextFile.ReadFailure(errno: errno)
            }
            let filled = kept + count
            let isFinal = count == 0
            let stopped: Bool = buffer.withUnsafeBufferPointer { bytes in
                var position = 0
                if atStart {
                    // Wait for three bytes (or the end) to know whether there is a byte-order mark.
                    guard filled >= 3 || isFinal else { kept = filled; return false }
                    atStart = false
                    if filled >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
                }
                let base = bytes.baseAddress!
                while position < filled {
                    let newline = memchr(base + position, 0x0A, filled - position)
                        .map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base }
                    guard newline != nil || isFinal else { break }
                    let end = newline ?? filled
                    // A CR just before the LF is the CRLF the decoder turns into LF.
                    let contentEnd = newline != nil && end > position && bytes[end - 1] == 0x0D ? end - 1 : end
                    let facts = pd_line_facts(base + position, Int64(contentEnd - position))
                    if facts.nul != 0 { return true }
                    builder.addLine(bytes: keptOffset + position..<keptOffset + contentEnd, scalars: Int(facts.scalars),
                                    isBlank: facts.blank != 0, hasNewline: newline != nil, to: &index)
                    position = end + (newline != nil ? 1 : 0)
                }
                kept = filled - position
                keptOffset += position
                return false
            }
            if stopped { return nil }
            if isFinal {
                index.byteCount = keptOffset + kept
                return index
            }
            if kept > 0 {
                let start = filled - kept
                buffer.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: $0.baseAddress! + start, count: kept) }
            }
        }
    }

    /// The running count of scalars and blank lines while lines are added.
    private struct Builder {
        var scalar = 0
        var sawBlank = false

        /// Adds one line: a paragraph unless it is blank; its newline counts one scalar.
        mutating func addLine(bytes: Range<Int>, scalars: Int, isBlank: Bool, hasNewline: Bool, to index: inout TextIndex) {
            if isBlank {
                sawBlank = true
            } else {
                index.paragraphs.append(Paragraph(range: scalar..<scalar + scalars, startsSection: sawBlank && !index.paragraphs.isEmpty))
                index.byteRanges.append(bytes)
                sawBlank = false
            }
            scalar += scalars + (hasNewline ? 1 : 0)
            index.scalarCount = scalar
        }
    }
}
