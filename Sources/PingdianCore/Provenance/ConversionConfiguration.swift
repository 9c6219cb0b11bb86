/// The OpenCC configurations that turn Simplified Chinese into Traditional, each with the one
/// that turns its output back: a text is the output of a configuration when converting it back
/// and forward again gives it unchanged (Docs/provenance.md).
public enum ConversionConfiguration: String, CaseIterable, Sendable, Codable {
    /// Taiwan standard characters and Taiwan phrases (芯片 → 晶片, 人工智能 → 人工智慧).
    case s2twp
    /// Taiwan standard characters, no regional words.
    case s2tw
    /// Hong Kong standard characters.
    case s2hk
    /// OpenCC's standard Traditional characters.
    case s2t

    /// Simplified to Traditional.
    public var forward: PhraseConversion.Configuration {
        switch self {
        case .s2twp: return .s2twp
        case .s2tw: return .s2tw
        case .s2hk: return .s2hk
        case .s2t: return .s2t
        }
    }

    /// Traditional back to Simplified: what reconstructs the original of this configuration's output.
    public var backward: PhraseConversion.Configuration {
        switch self {
        case .s2twp: return .tw2sp
        case .s2tw: return .tw2s
        case .s2hk: return .hk2s
        case .s2t: return .t2s
        }
    }

    /// The configuration's conversion of characters only, without its regional words: what
    /// the original's words look like in Traditional characters.
    public var characterLevel: PhraseConversion.Configuration {
        self == .s2twp ? .s2tw : forward
    }
}
