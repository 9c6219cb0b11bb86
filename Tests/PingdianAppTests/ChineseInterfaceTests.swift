import Foundation
@testable import PingdianApp
import DictionaryFormat
import PingdianCore
import TerminalKit
import Testing

/// The Chinese interface shows no English: every screen of every mode, after every key, in
/// Traditional Chinese; and every Chinese string of the interface table.
@Suite("The Chinese interface is Chinese")
struct ChineseInterfaceTests {
    /// Runs of three or more ASCII letters, hex colours (`#875faf`, the legend's) left out.
    static func englishWords(_ text: String) -> [String] {
        let withoutColours = text.replacing(#/#[0-9a-fA-F]{6}/#, with: "")
        return withoutColours.matches(of: #/[A-Za-z]{3,}/#).map { String($0.output) }
    }

    /// What the Chinese interface may show in Latin letters: key names (`Ctrl`, `Esc`, `Enter`,
    /// `Tab`, `Space`, `PgDn`, `Home`…), export format names and the technical names their
    /// descriptions use (`JSON`, `Markdown`, `UTF`…), the program's name and the command-line
    /// options the interface names (`--paragraphs blank`).
    static let names: Set<String> = {
        var words = Set(KeyModeStates.universe.flatMap { englishWords($0.displayName) })
        for format in ExportFormat.allCases {
            words.formUnion(englishWords(format.rawValue))
            words.formUnion(englishWords(UIStrings(.traditionalChinese).exportFormatSummary(format)))
        }
        words.insert("pingdian")
        // Command-line options named where the interface says how to change something.
        words.formUnion(["paragraphs", "lines", "blank", "source", "FILE", "provenance", "layer", "with"])
        // The library the conversion layer comes from.
        words.insert("OpenCC")
        return words
    }()

    /// The names, and the words of the text and its file name (and of the source text's).
    static func allowed(_ state: AppState) -> Set<String> {
        var allowed = names.union(englishWords(state.document.text(in: 0..<state.document.scalarCount)))
            .union(englishWords(state.document.title))
        if let source = state.sourceText?.document {
            allowed.formUnion(englishWords(source.text(in: 0..<source.scalarCount)))
            allowed.formUnion(englishWords(source.title))
        }
        return allowed
    }

    /// The English words on a screen that the Chinese interface should not show. The legend
    /// deliberately shows each kind's label in both languages (Docs/reading.md).
    static func strayWords(_ state: AppState, files: [String] = []) -> Set<String> {
        var allowed = allowed(state).union(files.flatMap(englishWords))
        if case .lookup(let lookup) = state.mode {
            // The dictionary's glosses are English: its content, not the interface's words.
            for word in lookup.result.words {
                for entry in word.entries + word.references.flatMap(\.entries) {
                    allowed.formUnion(entry.glosses.flatMap(englishWords))
                    allowed.formUnion(englishWords(Pinyin.marked(entry.pinyin)))
                }
            }
        }
        if case .vocabulary = state.mode, let dictionary = state.dictionary {
            // The saved words' glosses, from the dictionary: its content too.
            for entry in state.vocabulary {
                for found in dictionary.lookUp(phrase: entry.word).words.flatMap(\.entries) {
                    allowed.formUnion(found.glosses.flatMap(englishWords))
                    allowed.formUnion(englishWords(Pinyin.marked(found.pinyin)))
                }
            }
        }
        if case .legend = state.mode {
            for kind in state.kinds { allowed.formUnion(englishWords(kind.label.english ?? "")) }
        }
        return Set(Screen.render(state).lines.flatMap(englishWords)).subtracting(allowed)
    }

    @Test("Every mode, drawn in Chinese before and after each key, shows no English word", arguments: KeyMode.allCases)
    func everyMode(mode: KeyMode) {
        for (name, reader) in KeyModeStates.readers(in: mode, .traditionalChinese) {
            #expect(Self.strayWords(reader.state).isEmpty, "\(name): \(Self.strayWords(reader.state))")
            // Each different outcome once: the same mode and message draw the same words.
            var seen = Set<String>()
            for key in KeyModeStates.universe {
                var state = reader.state
                _ = state.update(.key(key))
                let outcome = "\(state.keyMode)|\(state.message ?? "")|" + String(describing: state.mode).prefix { $0 != "(" }
                guard seen.insert(outcome).inserted else { continue }
                let stray = Self.strayWords(state)
                #expect(stray.isEmpty, "\(name), after \(key.displayName): \(stray)")
            }
        }
    }

    @Test("The whole help screen and legend, and the screens of the runtime's reports, are Chinese")
    func wholeScreens() {
        var tall = KeyModeStates.reading(.traditionalChinese, size: TerminalSize(columns: 100, rows: 280))
        tall.press("?")
        #expect(Self.strayWords(tall.state).isEmpty, "help: \(Self.strayWords(tall.state))")
        tall.press("qL")
        #expect(Self.strayWords(tall.state).isEmpty, "legend: \(Self.strayWords(tall.state))")
        var reader = KeyModeStates.reading(.traditionalChinese)
        let actions: [Action] = [
            .matchesCounted(MatchCount(query: "甲", matchStart: reader.state.cursor, index: 1, total: 3)),
            .exportFinished(.success(ExportWritten(path: "/tmp/keys.html", replaced: false))),
            .exportFinished(.success(ExportWritten(path: "/tmp/keys.html", replaced: true))),
            .key(.character("H")), .hintsCounted(0),
        ]
        for action in actions {
            _ = reader.state.update(action)
            let stray = Self.strayWords(reader.state, files: ["/tmp/keys.html"])
            #expect(stray.isEmpty, "after \(action): \(stray)")
        }
        var small = reader.state
        _ = small.update(.resize(TerminalSize(columns: 12, rows: 4)))
        #expect(Self.strayWords(small).isEmpty, "too small: \(Self.strayWords(small))")
        #expect(Screen.render(small).lines.joined().contains("終端機太小"))
        var empty = ReaderHarness(TextDocument(title: "empty.txt", text: ""), language: .traditionalChinese)
        #expect(Self.strayWords(empty.state).isEmpty)
        empty.press("x")
        #expect(Self.strayWords(empty.state).isEmpty)
    }

    /// The folder of PingdianApp's sources.
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/PingdianApp")

    /// A string literal's text without its interpolations (`\(count)`).
    static func withoutInterpolations(_ literal: Substring) -> String {
        var result = ""
        var depth = 0
        var scalars = literal.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if depth == 0, scalar == "\\", scalars.first == "(" {
                scalars.removeFirst()
                depth = 1
            } else if depth > 0 {
                if scalar == "(" { depth += 1 } else if scalar == ")" { depth -= 1 }
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    @Test("Every Chinese string of the interface table is Chinese (messages no key reaches included)")
    func table() throws {
        let folder = Self.sources.appendingPathComponent("Localization")
        var checked = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasPrefix("UIStrings") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: #/pick\(\s*"((?:[^"\\]|\\.)*)"/#) {
                checked += 1
                let chinese = Self.withoutInterpolations(match.output.1)
                #expect(Set(Self.englishWords(chinese)).isSubset(of: Self.names), "\(file): \(chinese)")
            }
        }
        #expect(checked > 200, "found only \(checked) strings: has the table moved?")
    }

    @Test("Interface words live only in the table: no other source of PingdianApp writes one")
    func oneTable() throws {
        // Literals that are not shown: a note id's prefix, the kind a note defaults to, environment
        // names, the middle of a saved word's id.
        let notShown: Set<String> = ["note", "claim", "LC_ALL", "LC_MESSAGES", "LANG", "-word-"]
        let files = FileManager.default.enumerator(atPath: Self.sources.path)!.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") && !$0.hasPrefix("Localization/UIStrings") }
        #expect(files.count > 30)
        for file in files {
            let text = try String(contentsOf: Self.sources.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                for match in line.matches(of: #/"((?:[^"\\]|\\.)*)"/#) {
                    let literal = Self.withoutInterpolations(match.output.1)
                    guard !Self.englishWords(literal).isEmpty, !notShown.contains(literal) else { continue }
                    Issue.record("\(file): \"\(literal)\" — put interface words in UIStrings")
                }
            }
        }
    }
}
