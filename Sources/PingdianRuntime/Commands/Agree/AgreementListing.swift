import CellWidth
import Foundation
import PingdianCore

/// `pingdian agree`'s report as text for a person (in the interface language), JSON for
/// programs, or CSV (one row per pair of readers) for a spreadsheet.
struct AgreementListing {
    let report: AgreementReport
    let title: String
    let taxonomy: Taxonomy
    let language: UILanguage

    private var chinese: Bool { language == .traditionalChinese }

    /// A value to two decimals; "—" where the measure is undefined (nothing to compare).
    static func number(_ value: Double) -> String {
        value.isNaN ? "—" : String(format: "%.2f", value)
    }

    /// `text` padded with spaces to `width` terminal cells.
    static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - CellWidth.of(text)))
    }

    private func name(_ index: Int) -> String {
        index == report.curatedIndex ? (chinese ? "編者評點" : "curated layer") : report.readers[index].name
    }

    private func kindLabel(_ key: String) -> String {
        taxonomy.kind(forKey: key).map { $0.label.text(in: language) } ?? key
    }

    /// The report for a person.
    var plain: String {
        let readers = report.readers.map { "\($0.name) (\($0.spans))" }.joined(separator: ", ")
        var lines: [String] = chinese
            ? ["\(report.readers.count) 位讀者對《\(title)》的一致程度（\(report.length) 字，\(report.sentenceCount) 句）", "讀者（標記數）：\(readers)", ""]
            : ["Agreement of \(report.readers.count) readers on \(title) (\(report.length) characters, \(report.sentenceCount) sentences)",
               "readers (marks): \(readers)", ""]
        lines.append(chinese ? "標記範圍：Krippendorff 單位化 α（範圍部分重疊也得部分分數）" : "Spans: Krippendorff's unitizing α (overlapping spans earn partial credit)")
        let kindWidth = max(16, (report.kinds.map { CellWidth.of(kindLabel($0.kind)) } + [0]).max()! + 2)
        lines.append("  " + Self.padded(chinese ? "全部類別" : "all kinds", kindWidth) + Self.number(report.unitizingAlpha))
        for kind in report.kinds {
            let counts = kind.spansPerReader.map(String.init).joined(separator: " · ")
            lines.append("  " + Self.padded(kindLabel(kind.kind), kindWidth) + Self.padded(Self.number(kind.alpha), 7)
                         + (chinese ? "標記 " : "marks ") + counts)
        }
        lines.append("")
        lines.append(chinese ? "逐句類別：Krippendorff α（名義）；每句的類別是覆蓋它最多的那一類，沒有則為「無」"
                     : "Sentence kinds: Krippendorff's α (nominal); a sentence's kind is the one covering most of it, or none")
        lines.append("  " + Self.padded("α", kindWidth) + Self.number(report.sentenceAlpha))
        let pairs = report.pairs.map { (name($0.first) + " – " + name($0.second), $0) }
            + report.againstCurated.map { (name($0.first) + " – " + name($0.second), $0) }
        if !pairs.isEmpty {
            lines.append("")
            lines.append(chinese ? "兩兩比較：逐句類別的 Cohen κ · 標記範圍的單位化 α" : "Pairs: Cohen's κ on sentence kinds · unitizing α on spans")
            let width = max(kindWidth, (pairs.map { CellWidth.of($0.0) }.max() ?? 0) + 2)
            for (label, pair) in pairs {
                lines.append("  " + Self.padded(label, width) + "κ " + Self.padded(Self.number(pair.kappa), 7) + "αU " + Self.number(pair.unitizingAlpha))
            }
        }
        lines.append("")
        lines.append(chinese
            ? "怎麼讀：1 是完全一致，0 是隨機標記也會有的一致，負數是系統性的分歧。Krippendorff 建議 α ≥ 0.8 才可據以下結論，0.667 以上可作初步結論。"
            : "How to read them: 1 is full agreement, 0 what chance alone would give, below 0 systematic disagreement. Krippendorff advises relying on α ≥ 0.8, and drawing only tentative conclusions from 0.667.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report as JSON (NaN as null).
    var json: String {
        func value(_ number: Double) -> Double? { number.isNaN ? nil : number }
        struct Pair: Encodable {
            let first: String, second: String
            let cohenKappa: Double?, unitizingAlpha: Double?
        }
        struct Kind: Encodable {
            let kind: String, alpha: Double?, spans: [String: Int]
        }
        struct Reader: Encodable {
            let name: String, spans: Int
        }
        struct Report: Encodable {
            let title: String, length: Int, sentences: Int
            let readers: [Reader]
            let unitizingAlpha: Double?
            let kinds: [Kind]
            let sentenceAlpha: Double?
            let pairs: [Pair]
            let againstCurated: [Pair]
        }
        let names = report.readers.map(\.name)
        func pair(_ pair: AgreementReport.Pair) -> Pair {
            Pair(first: name(pair.first), second: name(pair.second), cohenKappa: value(pair.kappa), unitizingAlpha: value(pair.unitizingAlpha))
        }
        return CommandJSON.text(Report(
            title: title, length: report.length, sentences: report.sentenceCount,
            readers: report.readers.map { Reader(name: $0.name, spans: $0.spans) },
            unitizingAlpha: value(report.unitizingAlpha),
            kinds: report.kinds.map { Kind(kind: $0.kind, alpha: value($0.alpha), spans: Dictionary(zip(names, $0.spansPerReader)) { first, _ in first }) },
            sentenceAlpha: value(report.sentenceAlpha),
            pairs: report.pairs.map(pair), againstCurated: report.againstCurated.map(pair)))
    }

    /// One row per pair of readers (and per reader against the curated layer): the pairwise
    /// matrix in long form.
    var csv: String {
        var rows = ["first,second,cohen_kappa,unitizing_alpha"]
        for pair in report.pairs + report.againstCurated {
            let cells = [name(pair.first), name(pair.second)].map(CSVField.encode)
                + [pair.kappa, pair.unitizingAlpha].map { $0.isNaN ? "" : String(format: "%.6f", $0) }
            rows.append(cells.joined(separator: ","))
        }
        return rows.joined(separator: "\n") + "\n"
    }
}
