import PingdianCore

/// Where the cursor motions lead in a laid-out text, as pure functions of the rows: the essay's
/// cursor (`Update/CursorMotions.swift`, `SelectionMotions.swift`) and the source text's
/// (``SourceFocus``) move by the same rules.
extension TextRows {
    /// The start of the glyph that shows `offset`, so that a cursor always sits on something visible.
    func glyphStart(for offset: Int) -> Int {
        guard let line = line(at: position(of: offset)) else { return offset }
        let starts = line.glyphStarts
        guard let first = starts.first else { return line.range.lowerBound }
        return starts.last { $0 <= offset } ?? first
    }

    /// The offset just past the glyph that starts at `offset` (combining marks included).
    func glyphEnd(at offset: Int) -> Int {
        guard let line = line(at: position(of: offset)) else { return offset + 1 }
        return line.glyphs.first { $0.offsets.lowerBound == offset }?.offsets.upperBound ?? offset + 1
    }

    /// The column of `offset` within its line.
    func column(of offset: Int) -> Int {
        guard let line = line(at: position(of: offset)) else { return 0 }
        var column = 0
        for glyph in line.glyphs {
            if glyph.offsets.contains(offset) { return column }
            column += glyph.width
        }
        return column
    }

    /// The glyph `count` lines below `offset` (negative: above), at `column` or the line's last;
    /// nil when there is no line that way.
    func offset(lines count: Int, from offset: Int, column: Int) -> Int? {
        let start = position(of: offset)
        var found = start
        for _ in 0..<abs(count) {
            var probe = found
            var line: RowPosition?
            while let next = count > 0 ? next(probe) : previous(probe) {
                probe = next
                if self.line(at: next) != nil { line = next; break }
            }
            guard let line else { break }
            found = line
        }
        guard found != start, let line = line(at: found) else { return nil }
        return line.offset(atColumn: column)
    }

    /// The glyph `count` glyphs right of `offset` (negative: left), across lines, and whether
    /// the motion went all the way (false: it stopped at an end of the text).
    func offset(glyphs count: Int, from offset: Int) -> (offset: Int, complete: Bool) {
        var position = position(of: offset)
        var offset = glyphStart(for: offset)
        steps: for _ in 0..<abs(count) {
            guard let line = line(at: position) else { return (offset, false) }
            let starts = line.glyphStarts
            let index = starts.lastIndex { $0 <= offset } ?? 0
            let inLine = count > 0 ? index + 1 : index - 1
            if starts.indices.contains(inLine) {
                offset = starts[inLine]
                continue
            }
            var probe = position
            while let next = count > 0 ? next(probe) : previous(probe) {
                probe = next
                guard let target = count > 0 ? self.line(at: next)?.glyphStarts.first : self.line(at: next)?.glyphStarts.last else {
                    continue
                }
                offset = target
                position = next
                continue steps
            }
            return (offset, false)
        }
        return (offset, true)
    }

    /// The word, sentence or paragraph (`kind` nil) around `offset`, within its paragraph.
    func segment(_ kind: TextBoundaries.Kind?, containing offset: Int) -> Range<Int> {
        let paragraph = document.paragraphs[document.paragraphIndex(containing: offset) ?? 0].range
        guard let kind else { return paragraph }
        let place = max(paragraph.lowerBound, min(offset, paragraph.upperBound - 1))
        guard kind == .word, let dictionary, !paragraph.isEmpty else {
            return TextBoundaries.segment(kind, containing: place, in: paragraph, of: document)
        }
        // ICU's words, joined where the dictionary has a word made of them.
        let icu = TextBoundaries.boundaries(.word, in: paragraph, of: document)
        let bounds = dictionary.wordBoundaries(document.scalars(readyFor: paragraph)[paragraph], icu: icu)
        let end = bounds.first { $0 > place } ?? paragraph.upperBound
        let start = bounds.last { $0 <= place } ?? paragraph.lowerBound
        return start..<end
    }

    /// The start of the last glyph inside `range` that is not white space.
    func lastGlyphStart(in range: Range<Int>) -> Int {
        var end = range.upperBound - 1
        while end > range.lowerBound, document.scalars[end].isLineWhiteSpaceOrNewline { end -= 1 }
        return glyphStart(for: max(range.lowerBound, end))
    }

    /// The last glyph of the next (or previous) word, sentence or paragraph, `times` units from
    /// `offset`, crossing into the next paragraph at its end: a selection grows or shrinks unit
    /// by unit.
    func unitEnd(_ kind: TextBoundaries.Kind?, from offset: Int, forward: Bool, times: Int) -> Int {
        guard !document.isEmpty else { return offset }
        var offset = offset
        for _ in 0..<times {
            let current = segment(kind, containing: offset)
            let probe = forward ? glyphEnd(at: offset) : current.lowerBound - 1
            guard probe >= 0, probe < document.scalarCount else { break }
            var target = segment(kind, containing: probe)
            if target.lowerBound > probe || target.upperBound <= probe {
                // The probe was on a newline between paragraphs: take the next or previous one.
                target = segment(kind, containing: forward ? probe + 1 : probe - 1)
            }
            // A unit of only white space (between Latin words) is not one to stop at.
            var guardSteps = 0
            while document.scalars[target].allSatisfy(\.isLineWhiteSpaceOrNewline), guardSteps < 4 {
                let next = forward ? target.upperBound : target.lowerBound - 1
                guard next >= 0, next < document.scalarCount else { break }
                target = segment(kind, containing: next)
                guardSteps += 1
            }
            offset = lastGlyphStart(in: target)
        }
        return offset
    }
}

extension DisplayLine {
    /// The first offset of each glyph that shows text, left to right (indents have none).
    var glyphStarts: [Int] {
        var starts: [Int] = []
        for glyph in glyphs where !glyph.offsets.isEmpty && starts.last != glyph.offsets.lowerBound {
            starts.append(glyph.offsets.lowerBound)
        }
        return starts
    }

    /// The offset of the glyph at `column` (the last one when the line is shorter).
    func offset(atColumn column: Int) -> Int {
        var start = 0
        var best: Int?
        for glyph in glyphs {
            defer { start += glyph.width }
            guard !glyph.offsets.isEmpty else { continue }
            best = glyph.offsets.lowerBound
            if start + glyph.width > column { return glyph.offsets.lowerBound }
        }
        return best ?? range.lowerBound
    }
}
