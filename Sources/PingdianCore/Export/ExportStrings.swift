/// The few words the exports write around the text, in each interface language.
enum ExportStrings {
    /// A section's heading: `第 3 節` / `Section 3`.
    static func section(_ number: Int, _ language: UILanguage) -> String {
        language == .traditionalChinese ? "第 \(number) 節" : "Section \(number)"
    }

    /// A contradiction pair's heading: `第 2 組` / `Pair 2`.
    static func pair(_ number: Int, _ language: UILanguage) -> String {
        language == .traditionalChinese ? "第 \(number) 組" : "Pair \(number)"
    }

    /// The heading of the contradictions.
    static func contradictions(_ language: UILanguage) -> String {
        language == .traditionalChinese ? "矛盾" : "Contradictions"
    }

    /// The heading of the annotations whose quote is no longer in the text.
    static func unplaced(_ language: UILanguage) -> String {
        language == .traditionalChinese ? "未定位的註記" : "Unplaced annotations"
    }

    /// The heading of the legend.
    static func legend(_ language: UILanguage) -> String {
        language == .traditionalChinese ? "圖例" : "Legend"
    }

    /// What a link to the other side of a contradiction says.
    /// Where an annotation is: "¶3 · 120–135" (paragraph from 1, scalar offsets, half-open), or
    /// the orphan's "not found".
    static func position(_ annotation: ExportedAnnotation, _ language: UILanguage) -> String {
        guard let range = annotation.range else { return language == .traditionalChinese ? "原文已找不到" : "not found in the text" }
        let paragraph = annotation.paragraph.map { "¶\($0 + 1) · " } ?? ""
        return paragraph + "\(range.lowerBound)–\(range.upperBound)"
    }

    static func contradicts(_ language: UILanguage) -> String {
        language == .traditionalChinese ? "與之矛盾" : "Contradicts"
    }

    /// What follows a label before its value: a full-width colon in Chinese, `: ` in English.
    static func colon(_ language: UILanguage) -> String {
        language == .traditionalChinese ? "：" : ": "
    }

    /// What a link back to the annotated passage says.
    static func passage(_ language: UILanguage) -> String {
        language == .traditionalChinese ? "原文" : "Passage"
    }

    /// The name of a layer; nil for the curated layer, which needs no mention.
    static func layer(_ layer: ExportLayer, _ language: UILanguage) -> String? {
        switch layer {
        case .curated: return nil
        case .user: return language == .traditionalChinese ? "我的筆記" : "My note"
        case .hints: return language == .traditionalChinese ? "提示" : "Hint"
        }
    }

    /// The name of a link type other than `contradicts`, as a heading of its targets.
    static func link(_ type: LinkType, _ language: UILanguage) -> String {
        switch type {
        case .contradicts: return contradicts(language)
        case .supports: return language == .traditionalChinese ? "支持" : "Supports"
        case .responds: return language == .traditionalChinese ? "回應" : "Responds to"
        case .other(let name): return name
        }
    }
}

extension ExportStrings {
    /// The report's one-line summary: how many annotations and contradiction pairs.
    static func summary(annotations: Int, pairs: Int, _ language: UILanguage) -> String {
        language == .traditionalChinese
            ? "共 \(annotations) 則註記，\(pairs) 組矛盾"
            : "\(annotations) annotation\(annotations == 1 ? "" : "s"), \(pairs) contradiction pair\(pairs == 1 ? "" : "s")"
    }
}
