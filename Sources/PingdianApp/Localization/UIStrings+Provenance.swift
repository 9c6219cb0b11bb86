import PingdianCore

/// The words of the conversion layer (`C`, Docs/provenance.md).
extension UIStrings {
    public var keyToggleConversion: String {
        pick("改顯示簡轉繁的轉換層（轉換器換上的用詞、未在地化的詞），再按一次回到批註",
             "Show the conversion layer instead (the words the Simplified→Traditional converter put in or left); again, back to the annotations")
    }
    public var conversionPaneTitle: String { pick("轉換", "Conversion") }
    public var conversionLegendTitle: String { pick("圖例：簡轉繁的轉換層", "Legend: the Simplified→Traditional conversion layer") }
    public var conversionLayerExplained: String {
        pick("轉換層標出簡轉繁時轉換器換上的台灣用詞（附作者原詞），以及沒有在地化的大陸用詞；它不計入批註的數目（pingdian provenance 說明根據）。",
             "The conversion layer marks the Taiwan words a Simplified→Traditional converter put in (with the author's), and the mainland words it left; it is never counted with the annotations (pingdian provenance gives the evidence).")
    }
    /// "OpenCC s2twp: 39 of 39 paragraphs round-trip" (or not converted, too short).
    public func roundTrips(_ check: ConversionCheck) -> String {
        let paragraphs = check.paragraphs.count
        let trips = check.configuration.map { check.roundTripCount($0) } ?? 0
        let name = check.configuration?.rawValue ?? "—"
        switch check.verdict {
        case .converted:
            return pick("轉換自簡體：OpenCC \(name)，\(paragraphs) 段中 \(trips) 段往返不變", "Converted from Simplified with OpenCC \(name): \(trips) of \(paragraphs) paragraphs round-trip")
        case .notConverted:
            return pick("看來不是轉換而來：\(paragraphs) 段中只有 \(trips) 段往返不變", "Not converted, it seems: only \(trips) of \(paragraphs) paragraphs round-trip")
        case .tooShort:
            return pick("中文太少，無從判斷", "Too little Chinese to tell")
        case .noChinese:
            return pick("沒有中文", "No Chinese in it")
        }
    }
    public var roundTripsCounting: String { pick("正在核對每一段的往返轉換…", "Checking each paragraph's round trip…") }
    public var noConversionLayer: String {
        pick("這個文本沒有轉換層（pingdian provenance --layer 可以產生一份）", "No conversion layer for this text (pingdian provenance --layer makes one)")
    }
    public func conversionShown(_ count: Int) -> String {
        pick("轉換層：\(count) 處 — 再按 \(key(.toggleConversion)) 回到批註", "Conversion layer: \(count) places — \(key(.toggleConversion)) again for the annotations")
    }
    /// The status line's fact while the conversion layer is shown.
    public var conversionOn: String { pick("轉換層", "conversion") }
    public var conversionHidden: String { pick("回到批註", "Back to the annotations") }
    public var conversionReadOnly: String {
        pick("轉換層唯讀；按 \(key(.toggleConversion)) 回到批註再寫", "The conversion layer is read-only: \(key(.toggleConversion)) goes back to your notes")
    }
    /// "原文「支持」→ 轉換成「支援」" and, for a word left unlocalised, "原文如此，未在地化（台灣作「川普」）".
    public func conversionLine(_ conversion: AnnotationConversion) -> String {
        ExportStrings.conversionLine(conversion, language, characters: true)
    }
}

/// The words of the original shown in place of the text (`~`, Docs/provenance.md).
extension UIStrings {
    public var keyToggleOriginal: String {
        pick("改顯示重建的簡體原文（轉換前作者寫的詞），游標留在同一個詞上；再按一次回到本文",
             "Show the reconstructed Simplified original (the author's words before the conversion), the cursor on the same word; again, back to the text")
    }
    public var originalReconstructing: String { pick("正在重建原文…", "Reconstructing the original…") }
    public var originalUnavailable: String { pick("無法重建原文：這裡沒有 OpenCC", "The original cannot be reconstructed: OpenCC is not installed here") }
    /// "原文（以 tw2sp 重建）— ~ 回到本文".
    public func originalShown(_ configuration: String) -> String {
        pick("原文（以 OpenCC \(configuration) 重建）— 再按 \(key(.toggleOriginal)) 回到本文；批註請在本文中寫",
             "The original (reconstructed with OpenCC \(configuration)) — \(key(.toggleOriginal)) again for the text; notes are written on the text")
    }
    public func simplifiedShown(_ configuration: String) -> String {
        pick("這個文本看來不是轉換而來（pingdian provenance）；這是它的簡體（\(configuration)）— 再按 \(key(.toggleOriginal)) 回到本文",
             "This text does not look converted (pingdian provenance): this is it in Simplified (\(configuration)) — \(key(.toggleOriginal)) again for the text")
    }
    public var textShown: String { pick("回到本文", "Back to the text") }
    /// The status line's fact while the original is shown.
    public var originalOn: String { pick("原文", "original") }
    public var hintsOnTextOnly: String {
        pick("線索提示只在本文中：按 \(key(.toggleOriginal)) 回到本文", "Cue hints are found in the text: \(key(.toggleOriginal)) goes back to it")
    }
    public var notesOnTextOnly: String {
        pick("批註寫在本文上：按 \(key(.toggleOriginal)) 回到本文", "Notes are written on the text: \(key(.toggleOriginal)) goes back to it")
    }
}
