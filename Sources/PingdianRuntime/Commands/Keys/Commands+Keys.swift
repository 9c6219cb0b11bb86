import CellWidth
import Foundation
import PingdianApp
import PingdianCore
import PingdianTexts

extension Commands {
    /// `pingdian keys`: the reader's keys from its key maps, in `language`: what `?` shows.
    public static func keys(language: UILanguage) -> CommandResult {
        UTF8Locale.activate()
        let sections = KeyHelpSection.all(strings: UIStrings(language))
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
