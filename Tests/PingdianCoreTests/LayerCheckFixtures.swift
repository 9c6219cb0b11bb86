import PingdianCore

/// Small layers over a small text, for the tests of ``LayerCheck``.
enum LayerCheckFixtures {
    /// Two paragraphs; offsets: 春 0 … 。11, newline 12, 夜 13 … 。24.
    static let text = TextDocument(title: "poem", text: "春眠不覺曉，處處聞啼鳥。\n夜來風雨聲，花落知多少。")

    /// One annotation as JSON: `end` is `start` plus the quote's length unless given.
    static func entry(
        _ id: String, _ kind: String, _ exact: String, at start: Int, end: Int? = nil,
        prefix: String = "", suffix: String = "", links: [(type: String, target: String)] = [], extra: String = ""
    ) -> String {
        let end = end ?? start + exact.unicodeScalars.count
        let linkList = links.map { #"{"type": "\#($0.type)", "target": "\#($0.target)"}"# }.joined(separator: ", ")
        return #"{"id": "\#(id)", "kind": "\#(kind)", "anchor": {"exact": "\#(exact)", "prefix": "\#(prefix)", "suffix": "\#(suffix)", "start": \#(start), "end": \#(end)}"#
            + (links.isEmpty ? "" : #", "links": [\#(linkList)]"#) + extra + "}"
    }

    /// A claim and two contradictions, the first declaring the pair: all well placed.
    static let claim = entry("a1", "claim", "春眠不覺曉", at: 0, suffix: "，處處")
    static let firstSide = entry("c1", "contradiction", "處處聞啼鳥", at: 6, prefix: "曉，", suffix: "。\\n夜", links: [("contradicts", "c2")])
    static let secondSide = entry("c2", "contradiction", "花落知多少", at: 19, prefix: "聲，", suffix: "。")

    /// A layer file of these annotations.
    static func layer(_ annotations: [String], header: String = #""format": "pingdian-layer", "version": 1, "id": "t""#) -> [UInt8] {
        Array("{\(header), \"annotations\": [\(annotations.joined(separator: ",\n"))]}".utf8)
    }

    /// The report of checking these annotations against ``text`` and the bundled taxonomy.
    static func check(_ annotations: [String]) -> LayerCheckReport {
        LayerCheck.check(layer(annotations), document: text, taxonomy: ModelFixtures.taxonomy)
    }

    /// The report of checking a whole file.
    static func check(file: String) -> LayerCheckReport {
        LayerCheck.check(Array(file.utf8), document: text, taxonomy: ModelFixtures.taxonomy)
    }
}
