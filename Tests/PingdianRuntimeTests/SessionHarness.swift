import Foundation
import PingdianApp
import PingdianCore
import PingdianRuntime
import TerminalKit

/// Runs whole reader sessions — the runtime with its state file, exports and background work —
/// on a terminal in memory, in a scratch folder of their own (`$XDG_DATA_HOME` included).
struct SessionHarness {
    /// The scratch folder; removed by ``remove()``.
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("pingdian-session-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// A path in the scratch folder.
    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Writes a file into the scratch folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        return path(name)
    }

    /// What a run left: the session, and the terminal with the last frame drawn.
    struct Run {
        let session: ReaderSession
        let terminal: MemoryTerminal
        let failure: CommandFailure?
        /// The rows of the last frame.
        var screen: [String] { terminal.lines }
        /// The status line of the last frame.
        var statusLine: String { terminal.lines.last ?? "" }
        var state: AppState { session.state }
    }

    /// Runs a session on `file` (nil: the bundled essay) with `--notes notes`, pressing `keys`
    /// (vim notation); the session ends when the keys say `q` or, when they run out, as a
    /// closed terminal ends it.
    func run(
        _ file: String? = nil, notes: String? = nil, keys: String, size: TerminalSize = TerminalSize(columns: 100, rows: 30),
        language: String = "en", editor: @escaping (String) -> String? = { _ in nil }, threads: BackgroundThreads = .inline
    ) throws -> Run {
        let prepared = try PreparedReader.prepare(
            TextChoice(file: file, uiLanguage: language), storage: .stateFile(override: notes),
            environment: ["XDG_DATA_HOME": folder.path], threads: threads)
        let terminal = MemoryTerminal(size: size, events: try KeyNotation.parse(keys).map(\.event))
        let session = ReaderSession(prepared, terminal: terminal, editor: editor, noteIDPrefix: "note-test")
        let failure = session.run()
        return Run(session: session, terminal: terminal, failure: failure)
    }

    /// The reader's notes as the state file at `path` holds them.
    func savedNotes(_ path: String) throws -> [Annotation] {
        try StateStore.load(from: URL(fileURLWithPath: path))?.annotations ?? []
    }
}

/// The bundled essay's text, as a file's contents.
enum EssayText {
    static var text: String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Texts/amodei-deepseek-essay.zh-Hant.txt")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }
}

extension SessionHarness {
    /// A session kept open, driven a few keys at a time, as a person reads.
    final class Live {
        let session: ReaderSession
        let terminal: MemoryTerminal

        init(session: ReaderSession, terminal: MemoryTerminal) {
            self.session = session
            self.terminal = terminal
        }

        /// Presses keys (vim notation), taking in what background work finished after each.
        func press(_ keys: String) throws {
            for step in try KeyNotation.parse(keys) where !session.isOver {
                session.handle(step.event)
                session.takeFinishedWork()
            }
        }

        var state: AppState { session.state }
        /// The screen as the reader would draw it now.
        var screen: [String] { Screen.render(session.state).lines }
        var statusLine: String { screen.last ?? "" }
        /// The whole screen as one string, for `contains`.
        var text: String { screen.joined(separator: "\n") }
    }

    /// Opens a session to drive with ``Live/press(_:)``.
    func open(
        _ file: String? = nil, notes: String? = nil, size: TerminalSize = TerminalSize(columns: 100, rows: 30),
        language: String = "en", sourceText: String? = nil, author: String? = nil, others: [String] = [],
        environment: [String: String] = [:], editor: @escaping (String) -> String? = { _ in nil }
    ) throws -> Live {
        var choice = TextChoice(file: file, uiLanguage: language, sourceText: sourceText)
        choice.author = author
        choice.otherReaders = others
        let prepared = try PreparedReader.prepare(
            choice, storage: .stateFile(override: notes),
            environment: environment.merging(["XDG_DATA_HOME": folder.path]) { _, own in own }, threads: .inline, progressive: false)
        let terminal = MemoryTerminal(size: size)
        return Live(session: ReaderSession(prepared, terminal: terminal, editor: editor, noteIDPrefix: "note-test"), terminal: terminal)
    }
}
