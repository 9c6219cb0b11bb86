/// The rule table and the evaluation as Markdown tables: what `pingdian hints --rules` and
/// `--evaluate` print, and what Docs/cue-hints.md quotes (a test keeps the two the same).
public enum HintTables {
    /// One row per rule: id, kind, cue, span, and the rationale in English and Chinese.
    public static func rules(_ rules: [CueRule]) -> String {
        var lines = [
            "| rule | kind | cue | span | rationale |",
            "|---|---|---|---|---|",
        ]
        for rule in rules {
            let english = rule.rationale.english ?? ""
            let chinese = rule.rationale.traditionalChinese ?? ""
            lines.append("| `\(rule.id)` | \(rule.kind) | \(cell(rule.cue.description)) | \(rule.span.rawValue) | \(cell(english)) \(cell(chinese)) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The headline figures (same kind, any kind), then one row per kind: the kinds of
    /// `kindOrder` first in that order, then any others alphabetically.
    public static func scores(_ evaluation: HintEvaluation, kindOrder: [String]) -> String {
        var lines = [
            "| | suggestions | correct | precision | curated | found | recall |",
            "|---|---:|---:|---:|---:|---:|---:|",
            row("**all, same kind**", evaluation.sameKind),
            row("all, any kind", evaluation.anyKind),
        ]
        let known = kindOrder.filter { evaluation.byKind[$0] != nil }
        let others = evaluation.byKind.keys.filter { !kindOrder.contains($0) }.sorted()
        for kind in known + others {
            lines.append(row(kind, evaluation.byKind[kind] ?? HintEvaluation.Score()))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One row per rule of `rules`: the suggestions it gave or shares, and how many are correct.
    public static func ruleScores(_ evaluation: HintEvaluation, rules: [CueRule]) -> String {
        var lines = [
            "| rule | kind | suggestions | correct | precision |",
            "|---|---|---:|---:|---:|",
        ]
        for rule in rules {
            let score = evaluation.byRule[rule.id] ?? HintEvaluation.Score()
            lines.append("| `\(rule.id)` | \(rule.kind) | \(score.suggestions) | \(score.correct) | \(decimal(score.precision)) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A ratio to three decimals (`0.417`), or `—` when there is none; no locale involved.
    public static func decimal(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    private static func row(_ label: String, _ score: HintEvaluation.Score) -> String {
        "| \(label) | \(score.suggestions) | \(score.correct) | \(decimal(score.precision)) | \(score.annotations) | \(score.found) | \(decimal(score.recall)) |"
    }

    /// A table cell: pipes escaped.
    private static func cell(_ text: String) -> String {
        String(text.flatMap { $0 == "|" ? ["\\", "|"] : [$0] })
    }
}

extension CuePattern: CustomStringConvertible {
    /// The cue as the rule table shows it (`儘管/雖然 … 但/卻 (one sentence)`).
    public var description: String {
        switch self {
        case .marker(let marker): return marker.description
        case .pair(let first, let second): return "\(first.description) … \(second.description), one sentence"
        case .question: return "sentence ending in ？ or ?"
        case .quotation(let lengths): return "“…” or 「…」 of \(lengths.lowerBound)–\(lengths.upperBound) scalars"
        case .figure(let units): return "digits + " + units.joined(separator: "/")
        }
    }
}

extension CueMarker: CustomStringConvertible {
    /// The spellings joined by `/`, then where they do not count (`可能/也許 (not after 不)`).
    public var description: String {
        var conditions: [String] = []
        if wholeClause { conditions.append("a clause of its own") }
        if clauseInitial { conditions.append("opening a clause") }
        if !notAfter.isEmpty { conditions.append("not after " + notAfter.joined(separator: "/")) }
        if !notBefore.isEmpty { conditions.append("not before " + notBefore.joined(separator: "/")) }
        let text = spellings.joined(separator: "/")
        return conditions.isEmpty ? text : "\(text) (\(conditions.joined(separator: "; ")))"
    }
}
