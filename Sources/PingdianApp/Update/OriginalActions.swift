import PingdianCore

extension AppState {
    /// `~`: the reconstructed original in place of the text, and back, the cursor, the
    /// selection and the annotations on the same words (Docs/provenance.md). The first press
    /// asks the runtime to reconstruct it; the original comes back as an action and is shown.
    mutating func toggleOriginal() -> [Effect] {
        if original.isShown {
            showText()
            return []
        }
        guard let text = original.text else {
            original.showsWhenReady = true
            message = strings.originalReconstructing
            return reconstructOriginal()
        }
        showOriginal(text)
        return []
    }

    /// Asks the runtime for the original, once.
    mutating func reconstructOriginal() -> [Effect] {
        guard original.text == nil, !original.isReconstructing else { return [] }
        original.isReconstructing = true
        return [.reconstructOriginal]
    }

    /// Takes in the reconstructed original, and shows it when `~` is waiting for it.
    mutating func originalReconstructed(_ text: OriginalText?) {
        guard original.isReconstructing else { return }
        original.isReconstructing = false
        let wanted = original.showsWhenReady
        original.showsWhenReady = false
        guard let text else {
            if wanted { message = strings.originalUnavailable }
            return
        }
        original.text = text
        if wanted { showOriginal(text) }
    }

    /// The original in place of the text: the document, the annotations mapped to the same words,
    /// the original's search; the cursor, the selection and the top row mapped.
    private mutating func showOriginal(_ text: OriginalText) {
        let converted = text.converted
        original.shownInPlaceOf = TextInPlaceOfOriginal(
            document: document, moveAnnotations: moveAnnotations, conversionAnnotations: conversionAnnotations,
            searchEngine: searchEngine, hintsShown: hints.isShown)
        swapDocument(to: converted.original, map: converted.originalOffset(forText:))
        moveAnnotations = moveAnnotations.mapped(to: converted)
        conversionAnnotations = conversionAnnotations?.mapped(to: converted)
        searchEngine = text.searchEngine
        hints.isShown = false
        message = text.isConverted ? strings.originalShown(converted.configuration.backward.rawValue)
            : strings.simplifiedShown(converted.configuration.backward.rawValue)
    }

    /// The text again, as it was, the cursor on the same words.
    private mutating func showText() {
        guard let kept = original.shownInPlaceOf, let converted = original.text?.converted else { return }
        original.shownInPlaceOf = nil
        swapDocument(to: kept.document, map: converted.textOffset(forOriginal:))
        moveAnnotations = kept.moveAnnotations
        conversionAnnotations = kept.conversionAnnotations
        searchEngine = kept.searchEngine
        hints.isShown = kept.hintsShown
        message = strings.textShown
    }

    /// Puts `other` in place of the document, the cursor, the selection and the view's top line
    /// moved through `map`.
    private mutating func swapDocument(to other: TextDocument, map: (Int) -> Int) {
        let before = rows
        let topOffset = before.line(at: before.lineRow(from: top, forward: true))?.range.lowerBound ?? textStart
        let screenRow = max(0, before.distance(from: top, to: before.position(of: cursor), limit: textHeight))
        let cursorThere = map(cursor)
        selectionAnchor = selectionAnchor.map(map)
        keptSelection = keptSelection.map { range in map(range.lowerBound)..<max(map(range.lowerBound), map(range.upperBound)) }
        document = other
        layoutCache.removeAll()
        layoutAnchor = nil
        jumps = JumpList()
        let after = rows
        cursor = after.glyphStart(for: min(cursorThere, max(0, other.scalarCount - 1)))
        // The cursor's row on the screen stays where it was, as far as the text allows.
        top = clampedTop(after.advance(after.position(of: cursor), by: -screenRow), rows: after)
        if after.distance(from: top, to: after.position(of: cursor), limit: textHeight) < 0 {
            top = clampedTop(after.position(of: map(topOffset)), rows: after)
        }
        desiredColumn = nil
        revealCursor(rows: after, asJump: false)
    }

    /// The rhetorical layer and the reader's notes as anchored in the text itself, whatever is
    /// shown (the conversion layer, the original): what an export writes.
    public var textAnnotations: AnnotationSet {
        original.shownInPlaceOf?.moveAnnotations ?? moveAnnotations
    }

    /// The cursor as an offset of the text itself, also while the original is shown: what is
    /// saved as the reading position.
    public var textCursor: Int {
        guard original.isShown, let converted = original.text?.converted else { return cursor }
        return converted.textOffset(forOriginal: cursor)
    }
}

extension AppState {
    /// Changes the annotations of the text itself (`change` gets them and their document): while
    /// the original is shown, those kept for the text, then shown again on the original's words;
    /// otherwise those shown.
    mutating func changeTextAnnotations(_ change: (inout AnnotationSet, TextDocument) -> Void) {
        if var kept = original.shownInPlaceOf, let converted = original.text?.converted {
            change(&kept.moveAnnotations, kept.document)
            original.shownInPlaceOf = kept
            moveAnnotations = kept.moveAnnotations.mapped(to: converted)
        } else {
            change(&moveAnnotations, document)
        }
    }
}

extension AnnotationSet {
    /// The same annotations on the same words of a converted text's original (``ConvertedText``),
    /// the filter kept.
    func mapped(to converted: ConvertedText) -> AnnotationSet {
        guard let index, let taxonomy else { return self }
        let placed = index.placed.compactMap { resolved in resolved.range.map { (resolved.annotation, $0) } }
        let moved = converted.annotationsInOriginal(placed)
        var set = AnnotationSet(layer: hasLayer ? moved.filter { owner(of: $0.id) == .curated } : nil,
                                readerNotes: moved.filter { readerIDs.contains($0.id) }, document: converted.original, taxonomy: taxonomy)
        // Other readers' notes on the same words of the original, still theirs.
        let movedByID = Dictionary(moved.map { ($0.id, $0) }) { first, _ in first }
        set.addOtherReaders(otherReaders.map { reader in
            var reader = reader
            reader.annotations = reader.annotations.compactMap { movedByID[$0.id] }
            return reader
        }, document: converted.original)
        set.hiddenKinds = hiddenKinds
        set.onlyReaderNotes = onlyReaderNotes
        set.hiddenReaders = hiddenReaders
        set.hidesCurated = hidesCurated
        return set
    }
}
