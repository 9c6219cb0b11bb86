import PingdianCore

extension UILanguage {
    /// The interface language the locale asks for: the first of `LC_ALL`, `LC_MESSAGES`, `LANG`
    /// that is set decides; a Chinese locale (`zh…`) gives Traditional Chinese, anything else English.
    public static func preferred(environment: [String: String]) -> UILanguage {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("zh") ? .traditionalChinese : .english
        }
        return .english
    }

    /// Parses a `--ui-lang` value: `zh-Hant`, `zh`, `zh_TW`… or `en`…; nil for anything else.
    public init?(flag: String) {
        let value = flag.lowercased()
        if value.hasPrefix("zh") { self = .traditionalChinese } else if value.hasPrefix("en") { self = .english } else { return nil }
    }
}
