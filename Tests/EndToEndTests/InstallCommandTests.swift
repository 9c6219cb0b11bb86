import Foundation
import PingdianTestSupport
import Testing

/// What installing pingdian relies on (issue 18; Docs/install.md): `--version`, `--licenses`,
/// the keys from the key maps, the manual page made from the argument parser with the keys in it,
/// the completion scripts.
@Suite("What make install takes from the binary")
struct InstallCommandTests {
    @Test("--version prints the version; --licenses pingdian's licence and every bundled thing's notice")
    func versionAndLicences() throws {
        let version = try CommandRun.pingdian(["--version"])
        #expect(version.exitCode == 0)
        #expect(version.standardOutput.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(version.standardOutput)")
        let licences = try CommandRun.pingdian(["--licenses"])
        #expect(licences.exitCode == 0)
        for words in ["Apache License", "Version 2.0", "CC-CEDICT", "Attribution-ShareAlike 4.0", "commentary and criticism", "W3C"] {
            #expect(licences.standardOutput.contains(words), "\(words)")
        }
    }

    @Test("pingdian keys: the help screen's sections, in English and in Chinese; the new keys among them")
    func keys() throws {
        let english = try CommandRun.pingdian(["keys", "--ui-lang", "en"])
        #expect(english.exitCode == 0)
        let lines = english.standardOutput.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(lines.first == "Moving")
        #expect(lines.contains { $0.hasPrefix("z Next disagreement among readers") })
        #expect(lines.contains { $0.hasPrefix("y Copy another reader's note") })
        let chinese = try CommandRun.pingdian(["keys", "--ui-lang", "zh-Hant"])
        #expect(chinese.standardOutput.contains("下一處讀者分歧"))
    }

    @Test("pingdian manual: an mdoc page of every command from the argument parser, the Chinese kept, the keys in it")
    func manual() throws {
        let run = try CommandRun.pingdian(["manual"], environment: ["SOURCE_DATE_EPOCH": "1765065600"])
        #expect(run.exitCode == 0, "\(run.standardError)")
        let page = run.standardOutput
        #expect(page.hasPrefix(".Dd December 7, 2025\n.Dt PINGDIAN 1\n"))
        #expect(page.contains(".Nd read and annotate Chinese essays in the terminal (評點)"))
        for command in ["read", "print", "agree", "merge-notes", "git-setup", "keys"] { #expect(page.contains(".It Cm \(command)\n"), "\(command)") }
        #expect(!page.contains(".It Cm manual"), "the hidden command is not listed")
        #expect(page.contains("强化学习 finds 強化學習"), "characters outside ASCII are kept")
        #expect(page.contains(".It Fl -with Ar with"))
        #expect(page.contains(".Sh KEYS") && page.contains(".It Sy z Z") || page.contains(".It Sy z"))
        #expect(page.contains(".Sh ENVIRONMENT") && page.contains(".It Ev PINGDIAN_AUTHOR"))
        // No line of text starts with a dot or a quote that mdoc would read as a request.
        let requests = Set([".Dd", ".Dt", ".Os", ".Sh", ".Ss", ".Nm", ".Nd", ".Op", ".Ar", ".Pp", ".Bl", ".It", ".El", ".Pq", ".Xr"])
        for line in page.split(separator: "\n") where line.hasPrefix(".") {
            #expect(requests.contains(String(line.prefix(3))), "\(line)")
        }
        if let man = ExternalProgram.which("man") {
            // The page reads: man formats it without a warning.
            let folder = try ScratchFolder()
            defer { folder.remove() }
            let file = try folder.write("pingdian.1", Array(page.utf8))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: man)
            process.arguments = ["-l", file]
            process.environment = ["MANWIDTH": "80", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "MANPAGER": "cat", "PAGER": "cat"]
            let output = Pipe(), errors = Pipe()
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let warnings = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(text.contains("Next disagreement among readers"))
            #expect(warnings.isEmpty, "\(warnings)")
        }
    }

    @Test("Completion scripts for bash, zsh and fish name the commands")
    func completions() throws {
        for shell in ["bash", "zsh", "fish"] {
            let run = try CommandRun.pingdian(["--generate-completion-script", shell])
            #expect(run.exitCode == 0)
            #expect(run.standardOutput.contains("merge-notes"), "\(shell)")
        }
    }
}
