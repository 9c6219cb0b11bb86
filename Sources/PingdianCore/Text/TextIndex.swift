import CTextEngine
import Dispatch
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
    /// The bytes of the file that were indexed: all of them, or up to a line start when not
    /// ``isComplete``.
    var byteCount = 0
    /// Whether the whole file is indexed; false for a ``head(descriptor:bytes:scalars:chunkSize:)``
    /// that stopped before its end.
    var isComplete = true

    /// The bytes read and scanned at a time; a longer line makes the buffer grow.
    static let chunkSize = 1 << 20

    /// From this size a file is indexed in two halves on two threads.
    static let parallelThreshold = 8 << 20

    /// Indexes the file open at `descriptor` from its start; nil when a line holds a NUL byte
    /// (a binary, which the full decoding reports with its offset). A large file is indexed in
    /// two halves at once, cut after a line end near its middle.
    /// `chunkSize` is the first buffer's size (small ones test the cuts between reads).
    static func build(descriptor: Int32, chunkSize: Int = chunkSize,
                      parallelThreshold: Int = parallelThreshold) throws(TextFile.ReadFailure) -> TextIndex? {
        try Part.rest(descriptor, from: 0, chunkSize: chunkSize, parallelThreshold: parallelThreshold)?.index
    }

    /// The first lines of the file open at `descriptor`, for a first frame: indexing stops at
    /// the first line end past `bytes` bytes and `scalars` scalars (or at the file's end, and
    /// the index is complete). Nil when a line holds a NUL byte.
    static func head(descriptor: Int32, bytes: Int, scalars: Int = 0, chunkSize: Int = chunkSize) throws(TextFile.ReadFailure) -> Head? {
        try Part.index(descriptor, from: 0, to: nil, stop: (bytes, scalars), chunkSize: chunkSize).map { Head(part: $0) }
    }

    /// The first lines of a file, indexed: what ``head(descriptor:bytes:scalars:chunkSize:)``
    /// gives, which can be indexed further and then to the end.
    struct Head {
        fileprivate var part: Part

        /// The index of the lines so far (``TextIndex/isComplete`` once they are all the file's).
        var index: TextIndex { part.index }

        fileprivate init(part: Part) {
            self.part = part
        }

        /// The head of a whole file's `index`.
        init(complete index: TextIndex) {
            self.part = Part(index: index)
        }

        /// This head indexed further, until the first line end past `bytes` bytes and `scalars`
        /// scalars from the file's start. Nil at a NUL byte.
        func extended(descriptor: Int32, bytes: Int, scalars: Int,
                      chunkSize: Int = TextIndex.chunkSize) throws(TextFile.ReadFailure) -> Head? {
            guard !part.index.isComplete else { return self }
            let more = try Part.index(descriptor, from: part.index.byteCount, to: nil,
                                      stop: (bytes - part.index.byteCount, scalars - part.index.scalarCount), chunkSize: chunkSize)
            return more.map { Head(part: part.joined(to: $0)) }
        }

        /// The index of the whole file: this head and the lines after it (in two halves at once
        /// when they are many). Nil at a NUL byte.
        func completed(descriptor: Int32, chunkSize: Int = TextIndex.chunkSize,
                       parallelThreshold: Int = TextIndex.parallelThreshold) throws(TextFile.ReadFailure) -> TextIndex? {
            guard !part.index.isComplete else { return part.index }
            let rest = try Part.rest(descriptor, from: part.index.byteCount, chunkSize: chunkSize, parallelThreshold: parallelThreshold)
            return rest.map { part.joined(to: $0).index }
        }
    }

    /// The offset just after the first LF at or after `offset`; nil when there is none.
    private static func lineStart(after offset: Int, in descriptor: Int32) throws(TextFile.ReadFailure) -> Int? {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var position = offset
        while true {
            let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, $0.count, off_t(position)) }
            if count < 0 {
                if errno == EINTR { continue }
                throw TextFile.ReadFailure(errno: errno)
            }
            if count == 0 { return nil }
            if let newline = buffer[..<count].firstIndex(of: 0x0A) { return position + newline + 1 }
            position += count
        }
    }

    /// The result of a second thread.
    private final class PartBox: @unchecked Sendable {
        var result: Result<Part?, TextFile.ReadFailure>?
    }

    /// The index of a stretch of the file that starts at a line start, with what joining needs.
    fileprivate struct Part {
        var index = TextIndex()
        /// Whether blank lines come before the first paragraph of the stretch (or it is all blank).
        var startsBlank = false
        /// Whether blank lines come after the last paragraph of the stretch.
        var endsBlank = false

        /// Indexes the file from `start` to its end; from `parallelThreshold` bytes on, in two
        /// halves at once, cut after a line end near the middle. Nil at a NUL byte.
        static func rest(_ descriptor: Int32, from start: Int, chunkSize: Int, parallelThreshold: Int) throws(TextFile.ReadFailure) -> Part? {
            var status = stat()
            let size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
            guard size - start >= parallelThreshold, size - start >= 2,
                  let cut = try TextIndex.lineStart(after: start + (size - start) / 2, in: descriptor) else {
                return try index(descriptor, from: start, to: nil, chunkSize: chunkSize)
            }
            let second = PartBox()
            let done = DispatchSemaphore(value: 0)
            DispatchQueue.global(qos: .userInteractive).async {
                do throws(TextFile.ReadFailure) {
                    second.result = .success(try index(descriptor, from: cut, to: nil, chunkSize: chunkSize))
                } catch {
                    second.result = .failure(error)
                }
                done.signal()
            }
            let first = Result { () throws(TextFile.ReadFailure) in try index(descriptor, from: start, to: cut, chunkSize: chunkSize) }
            done.wait()
            guard let first = try first.get(), let rest = try second.result?.get() else { return nil }
            return first.joined(to: rest)
        }

        /// Indexes the file from `start` to `end` (the end of the file when nil), with scalar
        /// offsets from `start`'s and byte offsets of the file; at the file's start a byte-order
        /// mark is skipped. With `stop`, stops at the first line end at least that many bytes and
        /// scalars from `start` (the part is then not complete). Nil at a NUL byte.
        static func index(_ descriptor: Int32, from start: Int, to end: Int?, stop: (bytes: Int, scalars: Int)? = nil,
                          chunkSize: Int) throws(TextFile.ReadFailure) -> Part? {
            var part = Part()
            var builder = Builder()
            var buffer = [UInt8](repeating: 0, count: max(1, chunkSize))
            var kept = 0              // bytes of an unfinished line at the front of the buffer
            var keptOffset = start    // the file offset of buffer[0]
            var atStart = start == 0
            while true {
                if kept == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
                let wanted = min(buffer.count - kept, end.map { $0 - keptOffset - kept } ?? Int.max)
                let count = wanted == 0 ? 0 : buffer.withUnsafeMutableBufferPointer {
                    pread(descriptor, $0.baseAddress! + kept, wanted, off_t(keptOffset + kept))
                }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw TextFile.ReadFailure(errno: errno)
                }
                let filled = kept + count
                let isFinal = count == 0
                let outcome: ChunkOutcome = buffer.withUnsafeBufferPointer { bytes in
                    var position = 0
                    if atStart {
                        // Wait for three bytes (or the end) to know whether there is a byte-order mark.
                        guard filled >= 3 || isFinal else { kept = filled; return .more }
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
                        if facts.nul != 0 { return .binary }
                        if facts.blank != 0 && part.index.paragraphs.isEmpty { part.startsBlank = true }
                        builder.addLine(bytes: keptOffset + position..<keptOffset + contentEnd, scalars: Int(facts.scalars),
                                        isBlank: facts.blank != 0, hasNewline: newline != nil, to: &part.index)
                        position = end + (newline != nil ? 1 : 0)
                        if let stop, newline != nil, keptOffset + position - start >= stop.bytes, builder.scalar >= stop.scalars {
                            kept = filled - position
                            keptOffset += position
                            return .stopped
                        }
                    }
                    kept = filled - position
                    keptOffset += position
                    return .more
                }
                switch outcome {
                case .binary: return nil
                case .stopped:
                    part.index.byteCount = keptOffset
                    part.index.isComplete = false
                    part.endsBlank = builder.sawBlank
                    return part
                case .more: break
                }
                if isFinal {
                    part.index.byteCount = keptOffset + kept
                    part.endsBlank = builder.sawBlank
                    return part
                }
                if kept > 0 {
                    let start = filled - kept
                    buffer.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: $0.baseAddress! + start, count: kept) }
                }
            }
        }

        /// What scanning one buffer came to.
        private enum ChunkOutcome {
            case more, stopped, binary
        }

        /// This stretch followed by `next`, which starts where this one ends.
        func joined(to next: Part) -> Part {
            var joined = self
            joined.endsBlank = next.endsBlank
            joined.startsBlank = startsBlank || (index.paragraphs.isEmpty && next.startsBlank)
            joined.index = index.joined(to: next, startsSection: endsBlank || next.startsBlank)
            return joined
        }
    }
}

extension TextIndex {
    /// This index followed by `next`'s, which starts where this one ends; its first paragraph
    /// starts a section when `startsSection` (blank lines on either side of the cut).
    fileprivate func joined(to next: Part, startsSection cutHasBlank: Bool) -> TextIndex {
        var joined = self
        let shift = scalarCount
        for (position, paragraph) in next.index.paragraphs.enumerated() {
            let startsSection = position == 0 ? cutHasBlank && !paragraphs.isEmpty : paragraph.startsSection
            joined.paragraphs.append(Paragraph(range: paragraph.range.lowerBound + shift..<paragraph.range.upperBound + shift,
                                               startsSection: startsSection))
        }
        joined.byteRanges += next.index.byteRanges
        joined.scalarCount += next.index.scalarCount
        joined.byteCount = next.index.byteCount
        joined.isComplete = next.index.isComplete
        return joined
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
