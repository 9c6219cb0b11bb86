import CellWidth
import PingdianCore

extension AppState {
    /// The legend: each move kind as this terminal draws it (its label in its highlight), its
    /// count, its label in the other language and what the highlight is — the colour on a colour
    /// terminal, the attributes on a monochrome one — and its definition; what a contradiction
    /// pair is; every other mark of the text, each drawn as the text draws it; the footer.
    func legendPage(width: Int) -> [PageRow] {
        let language = strings.language
        let counts = annotations.countsByKind
        var rows: [PageRow] = [[PagePiece(showsConversion ? strings.conversionLegendTitle : strings.legendTitle, .heading)], []]
        let labelColumn = kinds.map { CellWidth.of($0.label.text(in: language)) }.max() ?? 8
        let countColumn = kinds.map { String(counts[$0.key] ?? 0).count }.max() ?? 1
        for kind in kinds {
            let label = kind.label.text(in: language)
            let other = kind.label.text(in: language == .english ? .traditionalChinese : .english)
            let padding = String(repeating: " ", count: max(1, labelColumn - CellWidth.of(label) + 2))
            let count = String(counts[kind.key] ?? 0)
            let drawn = colorCapability == .monochrome ? strings.styleWords(kind.monochrome) : kind.color.hex
            rows.append([
                PagePiece("■ ", .kindLabel(kind)), PagePiece(label, .kindText(kind)), PagePiece(padding, .text),
                PagePiece(String(repeating: " ", count: countColumn - count.count) + count, .heading),
                PagePiece("  \(other) · \(drawn)", .faint),
            ])
            for line in TextWrapping.lines(kind.description.text(in: language), width: max(1, width - 6)) {
                rows.append([PagePiece("    " + line, .text)])
            }
        }
        rows.append([])
        // The conversion layer's legend explains the layer instead of the pairs and the sources.
        let explained = showsConversion ? strings.conversionLayerExplained : strings.contradictionPairExplained
        for line in TextWrapping.lines(explained, width: max(1, width - 2)) {
            rows.append([PagePiece(line, .text)])
        }
        if showsConversion {
            // The evidence: the configuration and the share of paragraphs that round-trip.
            let evidence = original.text?.check.map(strings.roundTrips) ?? (original.isReconstructing ? strings.roundTripsCounting : nil)
            for line in TextWrapping.lines(evidence ?? "", width: max(1, width - 2)) { rows.append([PagePiece(line, .heading)]) }
        }
        rows.append([])
        if !showsConversion {
            rows.append([PagePiece(strings.legendSources, .heading)])
            let verdictColumn = AnnotationSource.Verdict.allCases.map { CellWidth.of(strings.verdictLabel($0)) }.max() ?? 8
            for verdict in AnnotationSource.Verdict.allCases {
                let label = strings.verdictLabel(verdict)
                let padding = String(repeating: " ", count: verdictColumn - CellWidth.of(label) + 2)
                rows.append([PagePiece("  ", .text), PagePiece(label, .verdict(verdict)), PagePiece(padding + strings.verdictMeaning(verdict), .faint)])
            }
            rows.append([])
        }
        if !annotations.otherReaders.isEmpty && !showsConversion {
            // The other readers shown (`--with`): marker, name, file, notes; then the margin's marks.
            rows.append([PagePiece(strings.legendReadersTitle, .heading)])
            for reader in annotations.otherReaders {
                rows.append([PagePiece("  " + reader.marker + " ", .heading), PagePiece(reader.name, .text),
                             PagePiece("  " + reader.file + " · " + strings.readerCount(reader.annotations.count), .faint)])
            }
            for (sample, role, meaning) in [("3", PageRole.agreement, strings.legendMarginAgreement), ("2", .disagreement, strings.legendMarginDisagreement)] {
                let lines = TextWrapping.lines(meaning, width: max(1, width - 5))
                rows.append([PagePiece("  ", .text), PagePiece(sample, role), PagePiece("  " + (lines.first ?? ""), .faint)])
                for line in lines.dropFirst() { rows.append([PagePiece("     " + line, .faint)]) }
            }
            rows.append([])
        }
        rows.append([PagePiece(strings.legendOtherMarks, .heading)])
        let sample = kinds.first { $0.key == "claim" } ?? kinds.first
        let marks: [(String, PageRole, String)] = [
            (strings.legendReaderNoteSample, .readerNote(sample), strings.legendReaderNote),
            (strings.legendFocusedSample, .kindLabel(sample), strings.legendFocused),
            (strings.legendOverlapSample, .overlap(sample), strings.legendOverlap),
            (strings.legendSelectionSample, .selected, strings.legendSelection),
            (strings.legendMatchSample, .searchMatch, strings.legendMatch),
            (strings.legendHintSample, .hint, strings.legendHint),
            (strings.legendCursorSample, .cursor, strings.legendCursor),
        ]
        let sampleColumn = marks.map { CellWidth.of($0.0) }.max() ?? 8
        for (text, role, meaning) in marks {
            let padding = String(repeating: " ", count: sampleColumn - CellWidth.of(text) + 2)
            rows.append([PagePiece("  ", .text), PagePiece(text, role), PagePiece(padding + meaning, .faint)])
        }
        rows.append([])
        rows.append([PagePiece(keyMap.footer(.legend, in: strings), .faint)])
        return rows
    }
}
