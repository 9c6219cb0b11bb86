import CellWidth
import Foundation
import Testing

@Suite("pingdian print and the command line, without a terminal")
struct PrintCommandTests {
    static let mustNotStart = Set("、，。．；：？！,.;:?!」』”’）》〉】〕〗］｝)]}—…".unicodeScalars)
    static let mustNotEnd = Set("「『“‘（《〈【〔〖［｛([{".unicodeScalars)

    /// The essay's text, as the repository holds it.
    static var essay: String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try! String(contentsOf: root.appendingPathComponent("Texts/amodei-deepseek-essay.zh-Hant.txt"), encoding: .utf8)
    }

    @Test("print --width W keeps every line within W, breaks no clreq rule and loses no character, for W from 20 to 120")
    func printEveryWidth() throws {
        UTF8Locale.activate()
        let expected = String(String.UnicodeScalarView(Self.essay.unicodeScalars.filter { !$0.properties.isWhitespace }))
        for width in 20...120 {
            let run = try CommandRun.pingdian(["print", "--width", String(width)])
            #expect(run.exitCode == 0)
            var printed = String.UnicodeScalarView()
            for line in run.standardOutput.split(separator: "\n", omittingEmptySubsequences: false) {
                let columns = line.unicodeScalars.reduce(0) { $0 + (CellWidth.of($1) ?? 1) }
                #expect(columns <= width, "width \(width): \(line)")
                let scalars = line.unicodeScalars.filter { !$0.properties.isWhitespace }
                if line.contains("＊　＊　＊") { continue }
                if let first = scalars.first, let last = scalars.last {
                    // Only Latin words wider than the whole line may break a rule (Docs/layout.md).
                    if width >= 16 {
                        #expect(!Self.mustNotStart.contains(first), "width \(width) starts with \(first): \(line)")
                        #expect(!Self.mustNotEnd.contains(last), "width \(width) ends with \(last): \(line)")
                    }
                }
                printed.append(contentsOf: scalars)
            }
            // Compared as one string (an array diff of 6,000 scalars would drown the report).
            let same = String(printed) == expected
            #expect(same, "width \(width): characters lost or reordered")
        }
    }

    @Test("A pipe gets the printed text instead of the reader")
    func pipe() throws {
        let run = try CommandRun.pingdian([], environment: ["COLUMNS": "50"])
        #expect(run.exitCode == 0)
        #expect(run.standardOutput.hasPrefix("一個科學家,幾個月前寫了一篇文章"))
        #expect(!run.standardOutput.contains("\u{1B}"))
    }

    @Test("print --color always styles placeholders; NO_COLOR and pipes print plain text")
    func colour() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let file = try folder.write("controls.txt", Array("標題\u{1B}]0;pwned\u{07}結束\n第二段".utf8))
        let plain = try CommandRun.pingdian(["print", file, "--width", "40"])
        #expect(plain.standardOutput == "標題␛]0;pwned␇結束\n\n第二段\n")
        let colored = try CommandRun.pingdian(["print", file, "--width", "40", "--color", "always"])
        #expect(colored.standardOutput.contains("\u{1B}[38;5;167m␛\u{1B}[0m"))
        #expect(!colored.standardOutput.contains("\u{1B}]0;"))
    }

    @Test("Each bad file gets a one-line message naming it and a non-zero exit", arguments: ["missing", "directory", "binary", "unreadable"])
    func badFiles(kind: String) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path: String
        var expectedCode: Int32 = 66
        switch kind {
        case "missing": path = folder.url.appendingPathComponent("nope.txt").path
        case "directory": path = folder.url.path
        case "binary":
            path = try folder.write("a.bin", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
            expectedCode = 65
        default:
            if getuid() == 0 {
                // root may read any file whatever its mode; a read that fails for it is /proc/self/mem's (EIO).
                path = "/proc/self/mem"
            } else {
                path = try folder.write("secret.txt", Array("秘密".utf8))
                chmod(path, 0)
            }
        }
        for arguments in [[path], ["print", path], ["snapshot", path]] {
            let run = try CommandRun.pingdian(arguments)
            #expect(run.exitCode == expectedCode, "\(arguments)")
            let lines = run.standardError.split(separator: "\n")
            #expect(lines.count == 1, "\(run.standardError)")
            #expect(run.standardError.contains(path))
            #expect(run.standardOutput.isEmpty)
        }
    }

    @Test("Invalid UTF-8 opens with U+FFFD and a warning; an empty file opens with an 'empty' message")
    func invalidAndEmpty() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let invalid = try folder.write("bad.txt", Array("前".utf8) + [0xFF, 0xFE] + Array("後".utf8))
        let run = try CommandRun.pingdian(["print", invalid])
        #expect(run.exitCode == 0)
        #expect(run.standardOutput == "前\u{FFFD}\u{FFFD}後\n")
        #expect(run.standardError.contains("2 invalid UTF-8"))
        let snapshot = try CommandRun.pingdian(["snapshot", invalid, "--size", "80x10"])
        #expect(snapshot.standardOutput.contains("warning: 2 invalid UTF-8"))
        let empty = try folder.write("empty.txt", [])
        let emptySnapshot = try CommandRun.pingdian(["snapshot", empty, "--size", "80x10", "--ui-lang", "zh-Hant"])
        #expect(emptySnapshot.exitCode == 0)
        #expect(emptySnapshot.standardOutput.contains("（這個文本是空的）"))
    }

    @Test("snapshot prints the screen after keys; --help comes from the argument parser")
    func snapshotAndHelp() throws {
        let run = try CommandRun.pingdian(["snapshot", "--size", "100x30", "--keys", "G"])
        let lines = run.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 30)
        #expect(run.standardOutput.contains("這真是一個有意思的現象。"))
        #expect(lines.last?.contains("100%") == true)
        let help = try CommandRun.pingdian(["--help"])
        #expect(help.exitCode == 0)
        #expect(help.standardOutput.contains("USAGE"))
        #expect(help.standardOutput.contains("--ui-lang"))
        let bad = try CommandRun.pingdian(["--punct", "weird"])
        #expect(bad.exitCode == 64)
    }
}

@Suite("The bundled essay and layers, from anywhere")
struct BundledTextTests {
    @Test("A copy of the binary in another folder, run from yet another, still opens the bundled essay and its layer")
    func copiedBinary() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let copy = folder.url.appendingPathComponent("bin/pingdian")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        // Copied by cp, not in this process: a copy written here would leave a writable descriptor
        // that a test running in parallel could inherit through fork, and exec fails ETXTBSY.
        let cp = Process()
        cp.executableURL = URL(fileURLWithPath: "/bin/cp")
        cp.arguments = [try PingdianBinary.url.path, copy.path]
        try cp.run()
        cp.waitUntilExit()
        #expect(cp.terminationStatus == 0)
        let elsewhere = folder.url.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["snapshot", "--size", "100x30", "--keys", "x"]
        process.currentDirectoryURL = elsewhere
        process.environment = ["LANG": "C.UTF-8", "HOME": folder.url.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.contains("一個科學家"))
        #expect(text.contains("■ Contradiction"))
    }

    @Test("A layer next to the text, or given with --layer, is shown; a broken one is reported")
    func layers() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let text = "第一段：他說甲。\n第二段：他又說非甲。"
        let file = try folder.write("essay.txt", Array(text.utf8))
        let layer = """
        {"format": "pingdian-layer", "version": 1, "id": "mine", "annotations": [
          {"id": "a", "kind": "contradiction", "anchor": {"exact": "他說甲", "start": 4, "end": 7},
           "note": "前後不一。", "links": [{"type": "contradicts", "target": "b"}]},
          {"id": "b", "kind": "contradiction", "anchor": {"exact": "他又說非甲", "start": 13, "end": 18}}
        ]}
        """
        try folder.write("essay.moves.json", Array(layer.utf8))
        let companion = try CommandRun.pingdian(["snapshot", file, "--size", "100x20", "--keys", "x"])
        #expect(companion.standardOutput.contains("■ Contradiction"))
        #expect(companion.standardOutput.contains("前後不一。"))
        #expect(companion.standardOutput.contains("「他又說非甲」"))
        let elsewhere = try folder.write("other.json", Array(layer.replacingOccurrences(of: "前後不一。", with: "另一層。").utf8))
        let explicit = try CommandRun.pingdian(["snapshot", file, "--layer", elsewhere, "--size", "100x20", "--keys", "x"])
        #expect(explicit.standardOutput.contains("另一層。"))
        try folder.write("essay.moves.json", Array("{ not json".utf8))
        let broken = try CommandRun.pingdian(["snapshot", file, "--size", "100x20"])
        #expect(broken.exitCode == 0)
        #expect(broken.standardOutput.contains("essay.moves.json"))
        #expect(broken.standardOutput.contains("第一段"))
        let missing = try CommandRun.pingdian(["snapshot", file, "--layer", folder.url.appendingPathComponent("nope.json").path])
        #expect(missing.exitCode == 66)
        #expect(missing.standardError.contains("nope.json"))
    }
}
