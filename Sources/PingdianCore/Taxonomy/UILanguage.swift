/// A language of pingdian's interface: labels, descriptions and messages.
public enum UILanguage: String, Codable, Sendable, CaseIterable {
    /// Traditional Chinese, the language of the bundled essay.
    case traditionalChinese = "zh-Hant"
    /// English.
    case english = "en"

    /// The other interface language, used as a fallback.
    public var other: UILanguage {
        switch self {
        case .traditionalChinese: return .english
        case .english: return .traditionalChinese
        }
    }
}
