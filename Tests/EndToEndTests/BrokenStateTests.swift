import Foundation
import PingdianCore
import PingdianTestSupport
import Testing

/// Notes files that cannot be written: a read-only folder, a full disk, a notes path that is a
/// folder. The reader and `pingdian import` say so, and nothing is overwritten (Docs/faults.md).
///
/// The tests run as root in CI, and root writes into read-only folders: the read-only case runs
/// pingdian as `nobody` with `setpriv`. No tmpfs can be mounted here, so the full disk is a
/// file-size limit (`prlimit --fsize`, with SIGXFSZ ignored): every write past the limit fails
/// with EFBIG, part-way through, as a write on a full disk fails with ENOSPC.
@Suite("Notes files that cannot be written")
struct BrokenStateTests {
    typealias Setup = ExportImportCommandTests.Setup

    /// One W3C annotation on the setup's text, to import.
    static let importFile = #"{"type": "Annotation", "body": {"type": "TextualBody", "purpose": "commenting", "value": "新的筆記"}, "target": {"selector": {"type": "TextQuoteSelector", "exact": "丙以為"}}}"#

    /// Only root can switch to `nobody`; only for root is a read-only folder not read-only.
    static let isRoot = getuid() == 0

    /// `command` run as `nobody`.
    static func asNobody(_ command: [String]) -> [String] {
        [ExternalProgram.setpriv.path ?? "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"] + command
    }

    /// `command` run with files limited to 1 KiB and SIGXFSZ ignored: a disk that fills at 1 KiB.
    static func withFullDisk(_ command: [String]) -> [String] {
        ["sh", "-c", #"trap "" XFSZ; exec "$0" --fsize=1024 -- "$@""#, ExternalProgram.prlimit.path ?? "prlimit"] + command
    }

    /// The names and bytes of the files in a folder.
    static func contents(of folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            result[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return result
    }

    /// Makes the setup's folder and files belong to `nobody`, the folder read-only.
    static func makeReadOnlyForNobody(_ setup: Setup) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: setup.folder.url.path) {
            chown(setup.folder.url.appendingPathComponent(name).path, 65534, 65534)
        }
        chown(setup.folder.url.path, 65534, 65534)
        chmod(setup.folder.url.path, 0o555)
    }

    /// Runs `pingdian import` through `wrap` and checks the refusal: exit 73, the notes path and
    /// `reason` in the message, every file as it was.
    static func expectImportRefused(_ wrap: ([String]) -> [String], reason: String, prepare: (Setup) throws -> Void) throws {
        let setup = try Setup()
        defer {
            chmod(setup.folder.url.path, 0o755)
            setup.remove()
        }
        let export = try setup.folder.write("import.json", Array(Self.importFile.utf8))
        // The lock file exists already (as after any earlier save), so that the write itself is what fails.
        try prepare(setup)
        let before = try Self.contents(of: setup.folder.url)
        let command = wrap([try PingdianBinary.url.path, "import", export, setup.text, "--notes", setup.notes])
        let run = try Self.run(command)
        #expect(run.exitCode == 73, "\(run.standardError)")
        #expect(run.standardError.contains("\(setup.notes): cannot save the reading state ("), "\(run.standardError)")
        #expect(run.standardError.contains(reason), "\(run.standardError)")
        #expect(try Self.contents(of: setup.folder.url) == before, "nothing written, nothing left behind")
    }

    /// Runs a command line (the first element an executable path) like `CommandRun.pingdian`.
    static func run(_ command: [String]) throws -> CommandRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0] == "sh" ? "/bin/sh" : command[0])
        process.arguments = Array(command.dropFirst())
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": "/nonexistent",
                               "XDG_DATA_HOME": NSTemporaryDirectory() + "pingdian-unused-\(UUID().uuidString)"]
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandRun(standardOutput: String(decoding: out, as: UTF8.self), standardError: String(decoding: err, as: UTF8.self),
                          exitCode: process.terminationStatus)
    }

    @Test("import into a read-only folder: exit 73, “Permission denied”, the notes untouched",
          .needs(.setpriv), .enabled(if: isRoot, "runs as root"))
    func importReadOnly() throws {
        try Self.expectImportRefused(Self.asNobody, reason: "Permission denied") { setup in
            _ = try StateStore.apply([], to: URL(fileURLWithPath: setup.notes), document: TextDocument(title: "essay.txt", text: ExportImportCommandTests.text), path: setup.text)
            try Self.makeReadOnlyForNobody(setup)
        }
    }

    @Test("import onto a full disk: exit 73, “File too large”, the notes and their backup untouched, no temporary file left",
          .needs(.prlimit))
    func importFullDisk() throws {
        try Self.expectImportRefused(Self.withFullDisk, reason: "File too large") { setup in
            // Over 1 KiB already, so that writing it again (as the backup, then the new file) fails part-way.
            let size = try Data(contentsOf: URL(fileURLWithPath: setup.notes)).count
            #expect(size > 1024)
        }
    }

    /// The reader on the setup's text with its notes, through `wrap`; adds a note and quits, and
    /// checks that both failures are reported and nothing was written.
    static func readerCannotWrite(_ wrap: ([String]) -> [String], reason: String, prepare: (Setup) throws -> Void) throws {
        let setup = try Setup()
        defer {
            chmod(setup.folder.url.path, 0o755)
            setup.remove()
        }
        try prepare(setup)
        let before = try Self.contents(of: setup.folder.url)
        let script = #""$@"; echo "exit=$?""#
        let command = ["sh", "-c", script, "sh"] + wrap([try PingdianBinary.url.path, setup.text, "--notes", setup.notes])
        // Wide enough for the whole refusal, which names the temporary file it could not create.
        let tmux = try TmuxSession(columns: 400, rows: 30, command: command, environment: ["XDG_DATA_HOME": setup.folder.url.path])
        defer { tmux.close() }
        try ReaderTests.waitForFrame(tmux, showing: "甲說")
        try tmux.sendKeys("v", ")", "a")
        try tmux.waitForText("Which move is this?")
        try tmux.sendKeys("1")
        try tmux.waitForText("Enter saves")
        try tmux.sendText("存不下的筆記")
        try tmux.sendKeys("Enter")
        let refused = try tmux.waitForScreen("the note refused") { ($0.last ?? "").contains("not saved") }
        #expect(refused.last?.contains(reason) == true, "\(refused.last ?? "")")
        try tmux.sendKeys("G", "q")
        let after = try tmux.waitForScreen("the reader's last words") { $0.contains { $0.hasPrefix("exit=") } }
        #expect(after.contains("exit=0"))
        #expect(after.joined().contains("pingdian: the reading position was not saved: \(setup.notes): cannot save the reading state ("),
                "\(after)")
        #expect(try Self.contents(of: setup.folder.url) == before, "nothing written, nothing left behind")
    }

    @Test("The reader in a read-only folder: the new note and the position are refused with the reason; nothing changes",
          .needs(.tmux), .needs(.setpriv), .enabled(if: isRoot, "runs as root"))
    func readerReadOnly() throws {
        try Self.readerCannotWrite(Self.asNobody, reason: "Permission denied") { setup in
            try Self.makeReadOnlyForNobody(setup)
        }
    }

    @Test("The reader on a full disk: the new note and the position are refused with the reason; nothing changes",
          .needs(.tmux), .needs(.prlimit))
    func readerFullDisk() throws {
        try Self.readerCannotWrite(Self.withFullDisk, reason: "File too large") { _ in }
    }

    @Test("--notes naming a folder: the reader says so, reads on, and leaves the folder as it was", .needs(.tmux))
    func notesPathIsAFolder() throws {
        let data = try ScratchFolder()
        defer { data.remove() }
        let folder = data.url.appendingPathComponent("notes.json")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        try data.write("notes.json/inside.txt", Array("keep".utf8))
        let tmux = try ReaderTests.reader(["--notes", folder.path], columns: 200, dataHome: data)
        defer { tmux.close() }
        let screen = try ReaderTests.waitForFrame(tmux, showing: "一個科學家", status: "open: Is a directory")
        #expect(screen.last?.contains(folder.path) == true, "\(screen.last ?? "")")
        try tmux.sendText("5Gq")
        #expect(try tmux.waitForExit() == .exited(0))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["inside.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: data.url.path).sorted() == ["notes.json"])
    }
}
