@testable import DictionaryFormat
import Foundation
@testable import PingdianDictionary
import PingdianTestSupport
import Testing

/// Every syllable of the dictionary read as pypinyin reads it (issue 16: "check against a
/// reference list such as the PyPI pypinyin package"), but for the conventions Docs/dictionary.md
/// names: the neutral tone's ˙ before the syllable (as Taiwan's Ministry of Education writes
/// it; pypinyin puts it after), the erhua r5 as ˙ㄦ, and the nasal interjections.
@Suite("Pinyin and 注音 against pypinyin")
struct PinyinReferenceTests {
    @Test("Every syllable of CC-CEDICT: the same tone marks and the same 注音 as pypinyin", .needs(.pypinyin))
    func everySyllable() throws {
        let index = try #require(BundledDictionary.index)
        var syllables = Set<String>()
        for number in 0..<index.count {
            for syllable in index.entry(number).pinyin.split(separator: " ") {
                // Lower-case syllables with a tone; letters and capitalised names aside.
                guard let last = syllable.last, last.isNumber, syllable.first?.isLowercase == true else { continue }
                syllables.insert(String(syllable))
            }
        }
        let ordered = syllables.sorted()
        #expect(ordered.count > 1_200, "\(ordered.count) syllables")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(ExternalProgram.pypinyin.path))
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Support/pinyin_reference.py").path
        process.arguments = [script]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data((ordered.joined(separator: "\n") + "\n").utf8))
        try input.fileHandleForWriting.close()
        let lines = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false)
        process.waitUntilExit()
        // The conventions this reader keeps on purpose (Docs/dictionary.md); xx5 is CC-CEDICT's "reading unknown".
        let conventions: Set<String> = ["xx5", "r5", "m2", "m4", "n2", "n3", "n4", "ng2", "ng3", "ng4", "hm5", "hng5", "ng5", "m1", "n1", "ng1", "m5", "n5"]
        var differences: [String] = []
        for (syllable, line) in zip(ordered, lines) where !conventions.contains(syllable) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 2, !fields[0].isEmpty else { continue }
            var reference = fields[1]
            // pypinyin writes the neutral tone's dot after the syllable; Taiwan writes it before.
            if reference.hasSuffix("˙") { reference = "˙" + reference.dropLast() }
            let marked = Pinyin.marked(syllable)
            let zhuyin = Pinyin.zhuyin(syllable)
            if marked != fields[0] || zhuyin != reference {
                differences.append("\(syllable): \(marked) \(zhuyin) ≠ \(fields[0]) \(reference)")
            }
        }
        #expect(differences.isEmpty, "\(differences.count) differ: \(differences.prefix(40))")
    }
}
