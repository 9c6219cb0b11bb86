/// The few words the exports write around the text, in each interface language.
public enum ExportStrings {
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

    /// Where an annotation is, for a reader: "¶3" (paragraph from 1), or the orphan's "not
    /// found". The offsets are for programs (JSON, CSV, W3C) and the HTML report's tooltip.
    static func position(_ annotation: ExportedAnnotation, _ language: UILanguage) -> String {
        guard annotation.range != nil else { return language == .traditionalChinese ? "原文已找不到" : "not found in the text" }
        return annotation.paragraph.map { "¶\($0 + 1)" } ?? ""
    }

    /// "characters 120–135 of the text" (scalar offsets, half-open, from 0), or nil for an orphan.
    static func offsets(_ annotation: ExportedAnnotation, _ language: UILanguage) -> String? {
        guard let range = annotation.range else { return nil }
        return language == .traditionalChinese
            ? "全文第 \(range.lowerBound)–\(range.upperBound) 字（從 0 起算）"
            : "characters \(range.lowerBound)–\(range.upperBound) of the text (from 0)"
    }

    /// 「原文「支持」→ 轉換成「支援」」 (with `characters`, the character-level form after it), or
    /// for a word left unlocalised 「原文如此，未在地化（台灣作「川普」）」: the reader and the exports
    /// say it alike.
    public static func conversionLine(_ conversion: AnnotationConversion, _ language: UILanguage, characters: Bool = false) -> String {
        let chinese = language == .traditionalChinese
        if let taiwan = conversion.taiwan {
            return chinese ? "原文如此，未在地化（台灣作「\(taiwan)」）" : "As the original has it, not localised (Taiwan: \(taiwan))"
        }
        let level = characters ? conversion.characterLevel.flatMap { $0 == conversion.original ? nil : chinese ? "（逐字轉換：\($0)）" : " (character by character: \($0))" } ?? "" : ""
        return (chinese ? "原文「\(conversion.original)」→ 轉換成「\(conversion.converted)」"
            : "original \(conversion.original) → converter's \(conversion.converted)") + level
    }

    /// "Source · selective" / 「原文 · 選擇性引用」: a passage's source and its verdict.
    static func sourceHeading(_ verdict: AnnotationSource.Verdict, _ language: UILanguage) -> String {
        (language == .traditionalChinese ? "原文 · " : "Source · ") + verdict.label(language)
    }

    /// A quote shortened for a line that refers to it: its first 24 scalars and "…".
    static func shortQuote(_ quote: String) -> String {
        let scalars = quote.unicodeScalars
        let flat = String(String.UnicodeScalarView(scalars.prefix(24).map { $0.value < 0x20 ? " " : $0 }))
        return scalars.count > 24 ? flat + "…" : flat
    }

    /// The line under the title of an export without annotations.
    static func noAnnotations(_ language: UILanguage) -> String {
        language == .traditionalChinese ? "這個文本沒有批註。" : "This text has no annotations."
    }

    static func contradicts(_ language: UILanguage) -> String {
        language == .traditionalChinese ? "與之矛盾" : "Contradicts"
    }

    /// What follows a label before its value: a full-width colon in Chinese, `: ` in English.
    /// Who made a note, for its line of facts.
    static func creator(_ name: String, _ language: UILanguage) -> String {
        language == .traditionalChinese ? "作者：\(name)" : "by \(name)"
    }

    /// Where a copied note came from.
    static func copied(_ origin: AnnotationOrigin, _ language: UILanguage) -> String {
        let who = origin.creator ?? "?"
        return language == .traditionalChinese ? "複製自 \(who)（\(origin.file)）" : "copied from \(who) (\(origin.file))"
    }

    /// The line of a reply shown under the note it answers: who, then the reply.
    static func reply(by name: String?, _ language: UILanguage) -> String {
        "↳ " + (name ?? (language == .traditionalChinese ? "回覆" : "Reply"))
    }

    /// What a reply answers.
    static func inReplyTo(_ quote: String, _ language: UILanguage) -> String {
        language == .traditionalChinese ? "回覆「\(quote)」" : "in reply to 「\(quote)」"
    }

    static func colon(_ language: UILanguage) -> String {
        language == .traditionalChinese ? "：" : ": "
    }

    /// The heading of the reader's vocabulary.
    static func vocabulary(_ language: UILanguage) -> String {
        language == .traditionalChinese ? "生詞本" : "Vocabulary"
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
        case .conversion: return language == .traditionalChinese ? "轉換層" : "Conversion"
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
