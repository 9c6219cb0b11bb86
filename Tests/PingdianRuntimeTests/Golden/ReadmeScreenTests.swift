import Foundation
import Testing

/// README.md's screen is the golden screen reading-x-100x30, so that the two cannot drift.
@Suite("README screen")
struct ReadmeScreenTests {
    static let readme = GoldenScreen.packageDirectory.appendingPathComponent("README.md")
    static let name = GoldenScreenTests.readmeCase.name
    static let open = "<!-- golden:\(name) -->"
    static let close = "<!-- /golden -->"

    /// The README's block for these rows: a fenced text block between the markers.
    static func block(_ rows: [String]) -> String {
        ([open, "```text"] + rows + ["```", close]).joined(separator: "\n")
    }

    @Test("README.md's screen block is the text of the golden screen reading-x-100x30")
    func readmeBlock() throws {
        let readme = try String(contentsOf: Self.readme, encoding: .utf8)
        let start = try #require(readme.range(of: Self.open), "README.md has no \(Self.open) marker")
        let end = try #require(readme.range(of: Self.close, range: start.upperBound..<readme.endIndex), "README.md has no \(Self.close) after \(Self.open)")
        let current = String(readme[start.lowerBound..<end.upperBound])
        if GoldenScreen.isRecording {
            // The screen as rendered now: the golden file may be recorded by a test running beside this one.
            let rows = try #require(GoldenScreen.textRows(ofFile: GoldenScreenTests.render(GoldenScreenTests.readmeCase)))
            let wanted = Self.block(rows)
            if wanted != current {
                try (readme.replacingCharacters(in: start.lowerBound..<end.upperBound, with: wanted))
                    .write(to: Self.readme, atomically: true, encoding: .utf8)
            }
            Issue.record("PINGDIAN_RECORD_GOLDEN=1: README.md's screen block \(wanted == current ? "already matched" : "was rewritten") from \(Self.name); run the tests again without PINGDIAN_RECORD_GOLDEN to check it")
            return
        }
        let golden = try String(contentsOf: GoldenScreen.url(Self.name), encoding: .utf8)
        let rows = try #require(GoldenScreen.textRows(ofFile: golden), "\(Self.name).txt has no text section")
        guard Self.block(rows) != current else { return }
        // The rows as README.md shows them, when the block is still a text fence between the markers.
        let lines = current.components(separatedBy: "\n")
        guard lines.count >= 4, lines[1] == "```text", lines[lines.count - 2] == "```" else {
            Issue.record("README.md's block between \(Self.open) and \(Self.close) is not a ```text fence; rewrite it with Scripts/update-golden")
            return
        }
        Issue.record("""
            README.md's screen block differs from Tests/Golden/\(Self.name).txt (update both with Scripts/update-golden):
            \(GoldenScreen.difference(expected: rows.joined(separator: "\n"), actual: lines[2..<(lines.count - 2)].joined(separator: "\n"), firstSection: "text"))
            """)
    }
}
