/// The conversion layer of a converted text (Docs/provenance.md): one annotation for each word
/// the converter put in, of kind `converter-word` of the conversion taxonomy, carrying the
/// original's word, its character-level form and the converter's word. A curated layer (the
/// essay's) sorts them further — meaning shifted, or a doubtful reconstruction — adds notes, and
/// marks the words the converter left unlocalised.
public enum ConversionLayer {
    /// The layer's id.
    public static let id = "conversion"
    /// The kind of a converter's word that shifts the meaning.
    public static let meaningKind = "converter-meaning"
    /// The kind of a converter's word that changes only the region's word or the register.
    public static let wordKind = "converter-word"
    /// The kind of a word the conversion back mistakes for the converter's.
    public static let artefactKind = "reverse-artefact"
    /// The kind of a word the converter left unlocalised.
    public static let unlocalisedKind = "unlocalised"

    /// The annotations of the converter's words in `converted`, anchored in `document`, with
    /// ids `cv-1`, `cv-2`… in text order.
    public static func annotations(of converted: ConvertedText, in document: TextDocument) -> [Annotation] {
        converted.converterWords.enumerated().map { index, word in
            Annotation(id: "cv-\(index + 1)", kind: wordKind, anchor: TextAnchor.make(range: word.range, in: document),
                       conversion: AnnotationConversion(
                           original: word.original,
                           characterLevel: word.characterLevel == word.converted ? nil : word.characterLevel,
                           converted: word.converted))
        }
    }

    /// The generated layer of `document` converted with `configuration`; nil when OpenCC cannot
    /// be used here.
    public static func layer(of document: TextDocument, configuration: ConversionConfiguration) -> AnnotationLayer? {
        guard let converted = ConvertedText(document: document, configuration: configuration) else { return nil }
        return AnnotationLayer(id: id, name: LocalizedText(traditionalChinese: "簡轉繁的轉換", english: "Simplified→Traditional conversion"),
                               annotations: annotations(of: converted, in: document))
    }
}
