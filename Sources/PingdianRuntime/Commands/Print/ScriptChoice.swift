import PingdianCore

/// Which script `pingdian print --script` prints a text in (Docs/provenance.md).
public enum ScriptChoice: String, CaseIterable, Sendable {
    /// The text as it is.
    case hant
    /// The Simplified original a converted text was made from, its words reconstructed
    /// (`tw2sp` for an `s2twp` text: 人工智慧 → 人工智能).
    case original
    /// The text in Simplified characters, its own words kept (`t2s`: 人工智慧 → 人工智慧).
    case hans

    /// How the text is converted and its places mapped for this script; nil for `hant`.
    func conversion(of document: TextDocument) -> ConvertedText? {
        switch self {
        case .hant: return nil
        case .original:
            let configuration = ConversionCheck(document: document)?.configuration ?? .s2twp
            return ConvertedText(document: document, configuration: configuration)
        case .hans:
            return ConvertedText(document: document, configuration: .s2t)
        }
    }
}
