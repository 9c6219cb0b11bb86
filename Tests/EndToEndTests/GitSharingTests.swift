import Foundation
import PingdianCore
import PingdianFixtures
import PingdianTestSupport
import Testing

/// Notes shared through git with pingdian's merge driver (issue 17 item 7): one reader's notes
/// file in a repository, changed in two clones at once — additions, edits on one side, the same
/// note edited on both, a deletion against an edit — committed and pulled with real git.
@Suite("Notes shared through git", .needs(.git))
struct GitSharingTests {
    static let text = "甲說：「天下之事，皆可為也」。乙曰：不然，非全對。\n\n丙以為，甲之言自相矛盾，亦無用。\n\n丁曰：姑妄言之。\n"
    static let document = TextDocument(title: "essay.txt", text: text)

    /// A scratch folder with a bare repository and the environment git and pingdian run in.
    struct Setup {
        let folder: ScratchFolder
        let environment: [String: String]

        init() throws {
            folder = try ScratchFolder()
            environment = [
                "HOME": folder.url.path, "GIT_CONFIG_NOSYSTEM": "1",
                "GIT_AUTHOR_NAME": "Mei", "GIT_AUTHOR_EMAIL": "mei@example.org",
                "GIT_COMMITTER_NAME": "Mei", "GIT_COMMITTER_EMAIL": "mei@example.org",
            ]
            try git(["init", "-q", "--bare", "-b", "main", "shared.git"])
        }

        /// Runs git in `directory` (the scratch folder by default); fails the test when git does.
        @discardableResult
        func git(_ arguments: [String], in directory: String? = nil) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: try #require(ExternalProgram.git.path))
            process.arguments = arguments
            var environment = ProcessInfo.processInfo.environment
            environment.merge(self.environment) { _, new in new }
            process.environment = environment
            process.currentDirectoryURL = URL(fileURLWithPath: directory ?? folder.url.path)
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let printed = String(decoding: data, as: UTF8.self)
            #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")): \(printed)")
            return printed
        }

        /// Runs pingdian in `directory`.
        func pingdian(_ arguments: [String], in directory: String) throws -> CommandRun {
            try CommandRun.pingdian(arguments, environment: environment, workingDirectory: URL(fileURLWithPath: directory))
        }

        func path(_ name: String) -> String { folder.url.appendingPathComponent(name).path }
    }

    static func anchor(_ quote: String) -> TextAnchor { document.anchor(ofFirst: quote)! }

    /// An export file holding these notes, as another program or machine would hand them over.
    static func export(_ notes: [Annotation]) -> [UInt8] {
        JSONExporter.export(ExportDocument(document: document, sourcePath: nil, taxonomy: Taxonomy(kinds: []), layers: [(.user, notes)]))
    }

    static func note(_ id: String, _ quote: String, _ text: String) -> Annotation {
        Annotation(id: id, kind: "claim", anchor: anchor(quote), note: text, creator: "Mei")
    }

    /// Applies changes to the notes file of a clone as the reader would, through the state store.
    static func change(_ clone: String, _ changes: [StateChange]) throws {
        _ = try StateStore.apply(changes, to: URL(fileURLWithPath: clone + "/notes/mei.json"), document: document, path: clone + "/essay.txt")
    }

    @Test("Two clones change one notes file at once; the pull merges it note by note: every note of both sides is there, the file reads, a rerun changes nothing")
    func twoClones() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        let laptop = setup.path("laptop"), lab = setup.path("lab")

        // The laptop: the text, the merge driver, three notes imported; pushed.
        try setup.git(["clone", "-q", "shared.git", "laptop"])
        let setUp = try setup.pingdian(["git-setup"], in: laptop)
        #expect(setUp.exitCode == 0, "\(setUp.standardError)")
        #expect(setUp.standardOutput.contains(".gitattributes: added *.json merge=pingdian"))
        #expect(try setup.pingdian(["git-setup"], in: laptop).standardOutput.contains("already has"), "a second run changes nothing")
        try Data(Self.text.utf8).write(to: URL(fileURLWithPath: laptop + "/essay.txt"))
        try FileManager.default.createDirectory(atPath: laptop + "/notes", withIntermediateDirectories: true)
        let first = try setup.folder.write("first.json", Self.export([
            Self.note("n1", "天下之事", "誇大"), Self.note("n2", "不然", "反駁"), Self.note("n3", "自相矛盾", "矛盾在此"),
            Self.note("n4", "姑妄言之", "存疑"),
        ]))
        let imported = try setup.pingdian(["import", first, "essay.txt", "--notes", "notes/mei.json"], in: laptop)
        #expect(imported.exitCode == 0, "\(imported.standardError)")
        try setup.git(["add", "."], in: laptop)
        try setup.git(["commit", "-q", "-m", "notes"], in: laptop)
        try setup.git(["push", "-q", "origin", "main"], in: laptop)

        // The lab computer clones it and sets up its own driver (git's config is not cloned).
        try setup.git(["clone", "-q", "shared.git", "lab"], in: nil)
        #expect(try setup.pingdian(["git-setup"], in: lab).exitCode == 0)

        // The laptop: a new note, n1 edited, n3 edited; pushed.
        let laptopNew = try setup.folder.write("laptop.json", Self.export([Self.note("L1", "亦無用", "筆電上加的")]))
        #expect(try setup.pingdian(["import", laptopNew, "essay.txt", "--notes", "notes/mei.json"], in: laptop).exitCode == 0)
        try Self.change(laptop, [.saving(Self.note("n1", "天下之事", "誇大：筆電上改的")), .saving(Self.note("n3", "自相矛盾", "筆電上的看法"))])
        try setup.git(["commit", "-q", "-am", "laptop"], in: laptop)
        try setup.git(["push", "-q", "origin", "main"], in: laptop)

        // The lab: its own new note, n2 edited, n3 edited differently, n1 deleted (edited on the laptop), n4 deleted.
        let labNew = try setup.folder.write("lab.json", Self.export([Self.note("B1", "姑妄言之", "實驗室加的")]))
        #expect(try setup.pingdian(["import", labNew, "essay.txt", "--notes", "notes/mei.json"], in: lab).exitCode == 0)
        try Self.change(lab, [.saving(Self.note("n2", "不然", "反駁：實驗室改的")), .saving(Self.note("n3", "自相矛盾", "實驗室的看法")),
                              .removing(id: "n1"), .removing(id: "n4")])
        try setup.git(["commit", "-q", "-am", "lab"], in: lab)

        // The pull merges with the driver: no conflict for git, no markers in the file.
        let pulled = try setup.git(["pull", "--no-rebase", "--no-edit", "origin", "main"], in: lab)
        #expect(!pulled.contains("CONFLICT"), "\(pulled)")
        let mergedBytes = try Data(contentsOf: URL(fileURLWithPath: lab + "/notes/mei.json"))
        #expect(!String(decoding: mergedBytes, as: UTF8.self).contains("<<<<<<<"))
        let merged = try #require(try StateStore.load(from: URL(fileURLWithPath: lab + "/notes/mei.json")))
        let byID = Dictionary(merged.annotations.map { ($0.id, $0) }) { first, _ in first }
        #expect(Set(byID.keys) == ["n1", "n2", "n3", "L1", "B1"], "n4 deleted on one side, unchanged on the other: gone")
        #expect(byID["n1"]?.note == "誇大：筆電上改的", "deleted in the lab, edited on the laptop: the edit is kept")
        #expect(byID["n2"]?.note == "反駁：實驗室改的")
        #expect(byID["n3"]?.note == "實驗室的看法")
        #expect(byID["n3"]?.conflicts.map(\.note) == ["筆電上的看法"], "changed on both sides: both texts kept")
        #expect(byID["L1"]?.creator == "Mei" && byID["B1"]?.note == "實驗室加的")

        // The merge again, by hand, from the same three versions: the same bytes.
        let base = try setup.git(["merge-base", "HEAD^1", "HEAD^2"], in: lab).trimmingCharacters(in: .whitespacesAndNewlines)
        try setup.folder.write("base.json", Array(try setup.git(["show", "\(base):notes/mei.json"], in: lab).utf8))
        try setup.folder.write("theirs.json", Array(try setup.git(["show", "HEAD^2:notes/mei.json"], in: lab).utf8))
        let rerun = try setup.pingdian(["merge-notes", setup.path("base.json"), "notes/mei.json", setup.path("theirs.json"),
                                        "--output", setup.path("again.json")], in: lab)
        #expect(rerun.exitCode == 0, "\(rerun.standardError)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: setup.path("again.json"))) == mergedBytes)

        // And the laptop pulls the merge as a fast-forward: the same file.
        try setup.git(["push", "-q", "origin", "main"], in: lab)
        try setup.git(["pull", "-q", "--no-rebase", "origin", "main"], in: laptop)
        #expect(try Data(contentsOf: URL(fileURLWithPath: laptop + "/notes/mei.json")) == mergedBytes)
    }

    @Test("merge-notes by hand: a file that is not a notes file is merged as text; a corrupt notes file is left alone with one line")
    func byHand() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        let base = try setup.folder.write("base.txt", Array("{\"a\": 1}\n".utf8))
        let ours = try setup.folder.write("ours.txt", Array("{\"a\": 1, \"b\": 2}\n".utf8))
        let theirs = try setup.folder.write("theirs.txt", Array("{\"a\": 1}\n".utf8))
        let text = try setup.pingdian(["merge-notes", base, ours, theirs], in: setup.folder.url.path)
        #expect(text.exitCode == 0 && text.standardError.contains("merged as text"))
        var state = ReadingState(document: Self.document, path: nil, offset: 0, updated: Date())
        state.annotations = [Self.note("n1", "不然", "x")]
        let good = try setup.folder.write("good.json", Array(try JSONEncoder().encode(state)))
        let corrupt = try setup.folder.write("corrupt.json", Array(#"{"format": "pingdian-state", "version": 3, "text": 1}"#.utf8))
        let refused = try setup.pingdian(["merge-notes", good, corrupt, good], in: setup.folder.url.path)
        #expect(refused.exitCode == 65)
        #expect(refused.standardError.hasPrefix("pingdian: \(corrupt): not a valid pingdian state file"))
        #expect(refused.standardError.split(separator: "\n").count == 1)
        #expect(try String(contentsOfFile: corrupt, encoding: .utf8) == #"{"format": "pingdian-state", "version": 3, "text": 1}"#)
    }

    @Test("git-setup outside a repository says so in one line")
    func notARepository() throws {
        let setup = try Setup()
        defer { setup.folder.remove() }
        let run = try setup.pingdian(["git-setup", setup.path("nowhere")], in: setup.folder.url.path)
        #expect(run.exitCode == 66)
        #expect(run.standardError == "pingdian: \(setup.path("nowhere")) is not in a git repository: run 'git init' there first\n")
    }
}
