import PingdianCore

/// A suggestion as `pingdian hints --json` writes it (offsets in scalars, paragraphs from 1).
struct SuggestionRecord: Encodable {
    struct Cue: Encodable {
        let rule: String
        let start: Int
        let end: Int
        let text: String
        let partner: String?
    }

    let paragraph: Int
    let kind: String
    let rules: [String]
    let start: Int
    let end: Int
    let text: String
    let cues: [Cue]

    init(_ suggestion: Suggestion, in document: TextDocument) {
        paragraph = (document.paragraphIndex(containing: suggestion.range.lowerBound) ?? 0) + 1
        kind = suggestion.kind
        rules = suggestion.ruleIDs
        start = suggestion.range.lowerBound
        end = suggestion.range.upperBound
        text = document.text(in: suggestion.range)
        cues = suggestion.cues.map {
            Cue(rule: $0.ruleID, start: $0.range.lowerBound, end: $0.range.upperBound,
                text: document.text(in: $0.range), partner: $0.partner.map { document.text(in: $0) })
        }
    }
}
