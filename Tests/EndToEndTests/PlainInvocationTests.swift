import Foundation
import PingdianTestSupport
import Testing
@testable import pingdian

/// `pingdian` and `pingdian FILE` open the reader without swift-argument-parser (Docs/speed.md);
/// every other command line still reaches the parser, even a file named like a command.
@Suite("The plain command lines, without the argument parser")
struct PlainInvocationTests {
    static let names = Pingdian.commandNames

    @Test("The command words are every subcommand's name and help")
    func commandNames() {
        let configured = Pingdian.configuration.subcommands.map { $0.configuration.commandName ?? $0._commandName }
        #expect(Self.names == Set(configured + ["help"]))
        #expect(configured.count == 19)
    }

    @Test("No argument, or one that is neither an option nor a command word, opens the reader directly")
    func plainForms() {
        #expect(PlainInvocation.choice(for: [], commandNames: Self.names)?.file == nil)
        #expect(PlainInvocation.choice(for: [], commandNames: Self.names) != nil)
        for file in ["essay.txt", "./check", "/tmp/a b.txt", "文章.txt", "checks", "Check"] {
            let choice = PlainInvocation.choice(for: [file], commandNames: Self.names)
            #expect(choice?.file == file)
            #expect(choice?.layer == nil && choice?.uiLanguage == nil && choice?.indent == false && choice?.punctuation == .original)
        }
    }

    @Test("Options, command words, an empty word and two arguments go to the parser")
    func parsedForms() {
        let parsed: [[String]] = [["--help"], ["-h"], ["--version"], ["-"], ["--"], ["--indent"], [""], ["essay.txt", "--indent"],
                                  ["a", "b"]] + Self.names.map { [$0] }
        for arguments in parsed {
            #expect(PlainInvocation.choice(for: arguments, commandNames: Self.names) == nil, "\(arguments)")
        }
    }

    @Test("pingdian FILE and pingdian print the text as pingdian read FILE and pingdian read do")
    func sameAsRead() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = try folder.write("文章.txt", Array("第一段，有「引號」。\n\n第二段 with Latin.\n".utf8))
        for (plain, parsed) in [([path], ["read", path]), ([], ["read"])] {
            let fast = try CommandRun.pingdian(plain, environment: ["COLUMNS": "40"])
            let slow = try CommandRun.pingdian(parsed, environment: ["COLUMNS": "40"])
            #expect(fast.exitCode == 0)
            #expect(fast.standardOutput == slow.standardOutput)
            #expect(fast.standardError == slow.standardError)
            #expect(!fast.standardOutput.isEmpty)
        }
    }

    @Test("A missing file, a folder and a binary file fail as through the parser: same message, same exit code")
    func sameFailures() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let binary = try folder.write("blob.txt", [0x00, 0x01, 0x02, 0xFF, 0x00])
        for path in [folder.url.appendingPathComponent("missing.txt").path, folder.url.path, binary] {
            let fast = try CommandRun.pingdian([path])
            let slow = try CommandRun.pingdian(["read", path])
            #expect(fast.exitCode != 0)
            #expect(fast.exitCode == slow.exitCode, "\(path)")
            #expect(fast.standardError == slow.standardError, "\(path)")
        }
    }

    @Test("A file named check in the working folder: pingdian check still checks; ./check opens the file")
    func fileNamedLikeACommand() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        try folder.write("check", Array("名為 check 的文件。\n".utf8))
        let inFolder = try CommandRun.pingdian(["check"], workingDirectory: folder.url)
        let elsewhere = try CommandRun.pingdian(["check"])
        #expect(inFolder.exitCode == 0)
        #expect(inFolder.standardOutput == elsewhere.standardOutput)
        #expect(inFolder.standardOutput.contains("annotations"))
        let file = try CommandRun.pingdian(["./check"], workingDirectory: folder.url)
        #expect(file.exitCode == 0)
        #expect(file.standardOutput.contains("名為 check 的文件。"))
    }

    @Test("--help, help and a bad option still reach the parser: its help, its errors, its exit codes")
    func parserStillAnswers() throws {
        let help = try CommandRun.pingdian(["--help"])
        #expect(help.exitCode == 0)
        #expect(help.standardOutput.contains("USAGE:"))
        #expect(try CommandRun.pingdian(["help"]).standardOutput == help.standardOutput)
        let bad = try CommandRun.pingdian(["--no-such-option"])
        #expect(bad.exitCode == 64)
        #expect(bad.standardError.contains("Unknown option '--no-such-option'"))
    }

    @Test("pingdian FILE opens the reader in a terminal, where pingdian read FILE stopped, and keeps the place for it", .needs(.tmux))
    func readerInATerminal() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let paragraphs = (1...60).map { "第\($0)段。這一段只為了翻頁。" }.joined(separator: "\n")
        let path = try data.write("long.txt", Array((paragraphs + "\n").utf8))
        do {
            let tmux = try ReaderTests.reader(["read", path], dataHome: data)
            defer { tmux.close() }
            try ReaderTests.waitForFrame(tmux, showing: "第1段。")
            try tmux.sendKeys("G")
            try ReaderTests.waitForFrame(tmux, showing: "第60段。", status: "100%")
            try tmux.sendKeys("q")
            #expect(try tmux.waitForExit() == .exited(0))
        }
        do {
            let tmux = try ReaderTests.reader([path], dataHome: data)
            defer { tmux.close() }
            let screen = try ReaderTests.waitForFrame(tmux, showing: "第60段。", status: "¶ 60/60")
            #expect(!screen.contains { $0.contains("第1段。") })
            try tmux.sendKeys("g")
            try ReaderTests.waitForFrame(tmux, showing: "第1段。", status: "¶ 1/60")
            try tmux.sendKeys("q")
            #expect(try tmux.waitForExit() == .exited(0))
        }
        let again = try ReaderTests.reader(["read", path], dataHome: data)
        defer { again.close() }
        try ReaderTests.waitForFrame(again, showing: "第1段。", status: "¶ 1/60")
        try again.sendKeys("q")
        #expect(try again.waitForExit() == .exited(0))
    }
}
