import CellWidth
import Foundation
import PingdianApp
import PingdianCore
import PingdianTexts

extension Commands {
    /// How `pingdian keys` prints the reader's keys.
    public enum KeysFormat: String, Sendable, CaseIterable {
        /// Sections of keys and what they do, for a person (as the help screen has them).
        case text
        /// An mdoc `KEYS` section, for the man page (Makefile).
        case mdoc
    }

    /// `pingdian keys`: the reader's keys from its key maps, in `language`: what `?` shows.
    public static func keys(language: UILanguage, format: KeysFormat) -> CommandResult {
        UTF8Locale.activate()
        let sections = KeyHelpSection.all(strings: UIStrings(language))
        switch format {
        case .text:
            let width = min(30, (sections.flatMap(\.rows).map { CellWidth.of($0.keys) }.max() ?? 20) + 2)
            var lines: [String] = []
            for section in sections {
                lines.append(section.title)
                for row in section.rows {
                    lines.append("  " + row.keys + String(repeating: " ", count: max(1, width - CellWidth.of(row.keys))) + row.help)
                }
                lines.append("")
            }
            return CommandResult(output: CommandResult.bytes(lines: lines.dropLast()))
        case .mdoc:
            var lines = [".Sh KEYS", "The reader's keys, as its help screen", ".Pq Ic \\&?", "lists them."]
            for section in sections {
                lines += [".Ss " + mdocEscaped(section.title), ".Bl -tag -width Ds"]
                for row in section.rows {
                    lines += [".It Sy " + mdocEscaped(row.keys), mdocEscaped(row.help)]
                }
                lines.append(".El")
            }
            return CommandResult(output: CommandResult.bytes(lines: lines))
        }
    }

    /// Text safe on a line of mdoc: backslashes doubled, a leading dot or quote guarded.
    static func mdocEscaped(_ text: String) -> String {
        var escaped = text.replacingOccurrences(of: "\\", with: "\\e")
        if escaped.hasPrefix(".") || escaped.hasPrefix("'") { escaped = "\\&" + escaped }
        // A word of mdoc's own on an .It or .Ss line would be read as a macro: keep them text.
        return escaped.split(separator: " ", omittingEmptySubsequences: false).map { word in
            word.count >= 2 && word.count <= 3 && word.first!.isUppercase && word.dropFirst().allSatisfy(\.isLowercase) ? "\\&" + word : String(word)
        }.joined(separator: " ")
    }

    /// `pingdian --licenses`: pingdian's licence and the notices of everything bundled with it.
    public static func licenses() -> CommandResult {
        let files = ["LICENSE", "THIRD_PARTY_NOTICES.md"].compactMap { name in
            EmbeddedFiles.bytes(named: name).map { String(decoding: $0, as: UTF8.self) }
        }
        guard files.count == 2 else { return .failed(CommandFailure(message: "the licence files were not compiled in", exitCode: 70)) }
        return CommandResult(output: Array((files[1] + "\n\n" + files[0]).utf8))
    }
}
