/// The sections of a text: runs of paragraphs between blank-line breaks, numbered from 1.
struct ExportSections {
    /// The section number of each paragraph, by paragraph index.
    let numberOfParagraph: [Int]

    /// Numbers the sections of `document`.
    init(_ document: TextDocument) {
        var number = 1
        var numbers: [Int] = []
        for (index, paragraph) in document.paragraphs.enumerated() {
            if index > 0 && paragraph.startsSection { number += 1 }
            numbers.append(number)
        }
        numberOfParagraph = numbers
    }

    /// The section of an annotation, or nil for an orphan.
    func number(of annotation: ExportedAnnotation) -> Int? {
        annotation.paragraph.flatMap { numberOfParagraph.indices.contains($0) ? numberOfParagraph[$0] : nil }
    }
}
