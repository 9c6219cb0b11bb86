import PingdianCore

extension UIStrings {
    /// One line about an export format, for the export picker.
    public func exportFormatSummary(_ format: ExportFormat) -> String {
        switch format {
        case .markdown: return pick("Markdown：依段落列出批註與矛盾", "Markdown: the annotations by section, and the contradictions")
        case .json: return pick("pingdian 自己的 JSON，給程式用", "pingdian's own JSON, for scripts")
        case .w3c: return pick("W3C 網頁註記（JSON-LD）", "W3C Web Annotation collection (JSON-LD)")
        case .hypothesis: return pick("Hypothesis 可匯入的檔案", "A file the Hypothesis client imports")
        case .html: return pick("HTML 閱讀報告：全文、標示、批語、圖例", "HTML reading report: the text, highlights, notes, legend")
        case .csv: return pick("CSV 試算表（UTF-8 含 BOM）", "CSV for spreadsheets (UTF-8 with BOM)")
        case .brat: return pick("brat 標註檔（.ann，旁附 .txt 與設定）", "brat standoff (.ann, with the .txt and configuration beside it)")
        case .argdown: return pick("Argdown 論證圖：矛盾以 >< 相連", "Argdown argument map: contradictions as ><")
        }
    }
}
