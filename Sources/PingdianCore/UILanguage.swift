/// The languages the interface speaks.
public enum UILanguage: String, Codable, Sendable, CaseIterable {
    case traditionalChinese = "zh-Hant"
    case english = "en"
}
