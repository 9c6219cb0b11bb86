import PingdianCore

extension UIStrings {
    /// The one line shown on a terminal smaller than the reader needs.
    public func tooSmall(columns: Int, rows: Int, minimumColumns: Int, minimumRows: Int) -> String {
        pick("終端機太小（\(columns)×\(rows)，至少要 \(minimumColumns)×\(minimumRows)）",
             "terminal too small (\(columns)×\(rows) < \(minimumColumns)×\(minimumRows))")
    }

    /// The same without the sizes, for a terminal too small even for that.
    public var tooSmallShort: String { pick("終端機太小", "terminal too small") }

    /// How the legend names a monochrome style of a kind.
    public func styleWord(_ style: MonochromeStyle) -> String {
        switch style {
        case .bold: return pick("粗體", "bold")
        case .dim: return pick("淡色", "dim")
        case .italic: return pick("斜體", "italic")
        case .underline: return pick("底線", "underline")
        case .reverse: return pick("反白", "reverse")
        case .standout: return pick("醒目", "standout")
        }
    }

    /// How this text's paragraphs were found, under help's title.
    public func paragraphConvention(_ convention: ParagraphConvention) -> String {
        switch convention {
        case .lines:
            return pick("本文以每行為一段，空行分節（--paragraphs blank 可改為空行分段）",
                        "Paragraphs in this text: one per line, a blank line starts a section (--paragraphs blank for blank-line paragraphs)")
        case .blank:
            return pick("本文以空行分段，段內各行接起來顯示；兩個空行或 * * * 分節（--paragraphs lines 可改為每行一段）",
                        "Paragraphs in this text: separated by blank lines, their lines joined; two blank lines or * * * start a section (--paragraphs lines for one per line)")
        }
    }

    /// A source's verdict, as the pane and the legend name it (the exports' names too:
    /// ``AnnotationSource/Verdict/label(_:)``).
    public func verdictLabel(_ verdict: AnnotationSource.Verdict) -> String {
        verdict.label(language)
    }
    /// What a verdict means, for the legend.
    public func verdictMeaning(_ verdict: AnnotationSource.Verdict) -> String {
        switch verdict {
        case .faithfulQuote: return pick("引的是原文的話，譯得忠實", "the passage quotes the source's words, translated faithfully")
        case .fairParaphrase: return pick("轉述原意，沒有改變", "it restates what the source says without changing it")
        case .selective: return pick("屬實，但略去了改變意思的限定或上下文", "true, but it leaves out a qualifier or context that changes it")
        case .distorted: return pick("說了原文沒說的，或相反的話", "it says what the source does not say, or the opposite")
        case .notInSource: return pick("原文中找不到這樣的話", "no such statement was found in the source")
        }
    }
    /// The heading of a source in the pane: "原文 · 選擇性引用".
    public var sourceHeading: String { pick("原文", "Source") }
    /// The legend's section on the verdicts of sources.
    public var legendSources: String {
        pick("原文核對：轉述他人言論的段落，與原文相比的判定", "Checked against the source: how faithfully a passage renders what it attributes")
    }

    /// The legend's section on what else the text shows.
    public var legendOtherMarks: String { pick("其他標記", "Other marks") }
    /// The legend's samples of the other marks, each drawn as the text draws it, and what it is.
    public var legendReaderNoteSample: String { pick("我的批註", "my note") }
    public var legendReaderNote: String { pick("自己的批註：底色較暗、斜體；窗格中標 ✎", "your own notes: a darker ground, in italics; ✎ in the pane") }
    public var legendFocusedSample: String { pick("游標所在", "focused") }
    public var legendFocused: String { pick("游標所在的批註：粗體", "the annotation under the cursor: bold") }
    public var legendOverlapSample: String { pick("重疊", "overlap") }
    public var legendOverlap: String { pick("批註重疊處：底線，顏色取最內層", "where annotations overlap: underlined, in the innermost one's colour") }
    public var legendSelectionSample: String { pick("選取", "selection") }
    public var legendSelection: String { pick("選取中的文字", "text being selected (v)") }
    public var legendMatchSample: String { pick("相符", "match") }
    public var legendMatch: String { pick("搜尋相符處", "search matches (/)") }
    public var legendHintSample: String { pick("提示", "hint") }
    public var legendHint: String { pick("線索提示：淡淡的底線（H 開關）", "cue hints: a faint underline (H shows them)") }
    public var legendCursorSample: String { pick("游標", "cursor") }
    public var legendCursor: String { pick("游標：反白", "the cursor: reversed") }

    /// A kind's monochrome styles as the legend lists them ("bold+underline"; "plain" for none).
    public func styleWords(_ styles: [MonochromeStyle]) -> String {
        styles.isEmpty ? pick("無", "plain") : styles.map(styleWord).joined(separator: "+")
    }
}
