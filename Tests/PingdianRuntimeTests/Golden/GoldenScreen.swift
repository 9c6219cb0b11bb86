// Golden screens: a whole screen, text and style, kept as a file a reviewer reads in a diff.
//
// A golden file (Tests/Golden/<name>.txt) has three sections after a header line:
//
//     # golden screen reading-x-100x30: 100×30, English, keys "x"
//     ## text: 30 rows as drawn (wide characters once, trailing spaces cut)
//      一個科學家,幾個月前寫了一篇文章,…  │ Notes  99
//     …                                           (exactly one line per row, as CellGrid.lines)
//     ## styles: "row: columns style, …" (from 0; a wide character takes 2 columns; unlisted cells are plain)
//      0: 65 fg244, 67-71 bold
//     …                                           (one line per row, every row, even all-plain ones)
//     ## legend: the styles above, and the Theme styles each one is
//     bold = heading
//     fg244 = divider, sectionMark
//
// A style is written as the words of its parts, joined by "+": `fg244` and `bg24` for entries of
// the 256-colour palette, `fg-basic3` for a basic colour, then the attributes in the order
// bold, dim, italic, underline, reverse, standout (`fg16+bg178`, `fg187+italic`, `reverse+bold`).
// A run covers cells from its first to its last column inclusive (`66-97`), or one column (`64`);
// the right half of a wide character is a cell of its own and carries the character's style.
// The legend names a style after the Theme styles (and kinds) it equals, or "—" for a combination
// (the cursor over a highlight, a selection over a note…); it is only an aid to reading.
//
// `assertGolden` compares a grid with its file. When the file is missing, or when the environment
// variable PINGDIAN_RECORD_GOLDEN=1 is set, it writes the file and FAILS saying so (a record run
// never passes silently); otherwise, on a difference, it fails listing the differing rows (text and
// styles, expected and actual) and writes the actual screen beside it as <name>.actual.txt
// (git-ignored). Scripts/update-golden re-records every screen and checks them; Docs/testing.md.

import Foundation
import TerminalKit
import Testing

enum GoldenScreen {
    /// Where the golden files are: Tests/Golden, beside this target's folder (outside every
    /// target, so that SwiftPM does not warn about files it does not handle).
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    /// The package's folder (for README.md).
    static let packageDirectory = directory.deletingLastPathComponent().deletingLastPathComponent()

    /// Whether this run records golden files instead of comparing with them.
    static var isRecording: Bool { ProcessInfo.processInfo.environment["PINGDIAN_RECORD_GOLDEN"] == "1" }

    /// The file of a golden screen.
    static func url(_ name: String) -> URL { directory.appendingPathComponent(name + ".txt") }

    /// The file an actual screen that differs from its golden one is written to.
    static func actualURL(_ name: String) -> URL { directory.appendingPathComponent(name + ".actual.txt") }

    // MARK: The format

    /// A grid in the golden format. `header` says what the screen is (its size, language, keys);
    /// `styleNames` gives each known style the names the legend shows for it.
    static func format(_ grid: CellGrid, name: String, header: String, styleNames: [CellStyle: [String]]) -> String {
        var out = ["# golden screen \(name): \(header)"]
        out.append("## text: \(grid.size.rows) rows as drawn (wide characters once, trailing spaces cut)")
        out += grid.lines
        out.append("## styles: \"row: columns style, …\" (from 0; a wide character takes 2 columns; unlisted cells are plain)")
        var used: [CellStyle] = []
        for y in 0..<grid.size.rows {
            var runs: [String] = []
            var x = 0
            let row = Array(grid.row(y))
            while x < row.count {
                let style = row[x].style
                var end = x
                while end + 1 < row.count, row[end + 1].style == style { end += 1 }
                if style != .plain {
                    runs.append((end == x ? "\(x)" : "\(x)-\(end)") + " " + spec(style))
                    if !used.contains(style) { used.append(style) }
                }
                x = end + 1
            }
            out.append(String(format: "%2d:", y) + (runs.isEmpty ? "" : " " + runs.joined(separator: ", ")))
        }
        out.append("## legend: the styles above, and the Theme styles each one is")
        for style in used.sorted(by: { spec($0) < spec($1) }) {
            out.append(spec(style) + " = " + (styleNames[style].map { $0.joined(separator: ", ") } ?? "—"))
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A style as words: colours, then attributes, joined by "+"; "plain" for the default.
    static func spec(_ style: CellStyle) -> String {
        var words: [String] = []
        func color(_ prefix: String, _ color: TerminalColor?) {
            switch color {
            case .palette(let index)?: words.append(prefix + String(index))
            case .basic(let index)?: words.append(prefix + "-basic" + String(index))
            case nil: break
            }
        }
        color("fg", style.foreground)
        color("bg", style.background)
        let attributes: [(TextAttributes, String)] = [
            (.bold, "bold"), (.dim, "dim"), (.italic, "italic"), (.underline, "underline"),
            (.reverse, "reverse"), (.standout, "standout"),
        ]
        for (attribute, word) in attributes where style.attributes.contains(attribute) { words.append(word) }
        return words.isEmpty ? "plain" : words.joined(separator: "+")
    }

    /// The text rows of a golden file (its "## text" section).
    static func textRows(ofFile contents: String) -> [String]? {
        let lines = contents.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("## text: ") }) else { return nil }
        let count = lines[start].dropFirst("## text: ".count).prefix { $0.isNumber }
        guard let rows = Int(count), start + rows < lines.count else { return nil }
        return Array(lines[(start + 1)...(start + rows)])
    }

    // MARK: Comparing and recording

    /// Compares `actual` (a screen in the golden format) with the golden file `name`, or records
    /// it; see the top of this file.
    static func assertMatches(_ actual: String, name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = url(name)
        let actualFile = actualURL(name)
        let expected = try? String(contentsOf: file, encoding: .utf8)
        if isRecording || expected == nil {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try actual.write(to: file, atomically: true, encoding: .utf8)
                try? FileManager.default.removeItem(at: actualFile)
            } catch {
                Issue.record("could not write the golden screen \(file.path): \(error)", sourceLocation: sourceLocation)
                return
            }
            let why = expected == nil ? "it was missing" : expected == actual ? "PINGDIAN_RECORD_GOLDEN=1, unchanged" : "PINGDIAN_RECORD_GOLDEN=1, changed"
            Issue.record("recorded the golden screen \(relative(file)) (\(why)): review it, and run the tests again (without PINGDIAN_RECORD_GOLDEN) to check it", sourceLocation: sourceLocation)
            return
        }
        guard let expected, expected != actual else {
            try? FileManager.default.removeItem(at: actualFile)
            return
        }
        try? actual.write(to: actualFile, atomically: true, encoding: .utf8)
        Issue.record("""
            the screen differs from the golden screen \(relative(file)) (actual screen written to \(relative(actualFile)); \
            if the change is meant, update with Scripts/update-golden):
            \(difference(expected: expected, actual: actual))
            """, sourceLocation: sourceLocation)
    }

    /// The lines that differ, named by section and row, expected above actual.
    static func difference(expected: String, actual: String, firstSection: String = "header", limit: Int = 40) -> String {
        let old = expected.components(separatedBy: "\n")
        let new = actual.components(separatedBy: "\n")
        var report: [String] = []
        var differing = 0
        var section = firstSection
        var rowInSection = 0
        for index in 0..<max(old.count, new.count) {
            let line = index < new.count ? new[index] : (index < old.count ? old[index] : "")
            let oldLine = index < old.count ? old[index] : nil
            let newLine = index < new.count ? new[index] : nil
            if line.hasPrefix("## ") || oldLine?.hasPrefix("## ") == true {
                section = String((oldLine ?? line).dropFirst(3).prefix { $0 != ":" })
                rowInSection = -1
            }
            defer { rowInSection += 1 }
            guard oldLine != newLine else { continue }
            differing += 1
            guard differing <= limit else { continue }
            let place = section == "text" || section == "styles" ? "\(section) row \(rowInSection)" : "\(section) line \(index + 1)"
            report.append("  \(place):")
            report.append("    expected: " + (oldLine.map { "|\($0)|" } ?? "(no line)"))
            report.append("    actual:   " + (newLine.map { "|\($0)|" } ?? "(no line)"))
        }
        if differing > limit { report.append("  … and \(differing - limit) more differing lines") }
        return report.joined(separator: "\n")
    }

    /// A path inside the package, for messages.
    static func relative(_ url: URL) -> String {
        let root = packageDirectory.path + "/"
        return url.path.hasPrefix(root) ? String(url.path.dropFirst(root.count)) : url.path
    }
}
