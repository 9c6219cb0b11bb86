import Foundation
import PingdianApp
import PingdianCore
import PingdianRuntime
import TerminalKit
import Testing

/// A terminal in memory that keeps the rows of every frame drawn, so that a test can look at the
/// first one.
final class RecordingTerminal: TerminalBackend {
    let memory: MemoryTerminal
    private(set) var frames: [[String]] = []

    init(size: TerminalSize, keys: String) throws {
        memory = MemoryTerminal(size: size, events: try KeyNotation.parse(keys).map(\.event))
    }

    var size: TerminalSize { memory.size }
    var colorCapability: ColorCapability { memory.colorCapability }
    func draw(_ grid: CellGrid) {
        memory.draw(grid)
        frames.append(memory.lines)
    }
    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? { memory.nextEvent(timeoutMilliseconds: timeoutMilliseconds) }
    func suspend() { memory.suspend() }
    func redrawAll() { memory.redrawAll() }
    func runOutside(_ body: () -> Void) { memory.runOutside(body) }
    func shutdown() { memory.shutdown() }
}

/// A large text's first frame is drawn from its first lines, and its lines are counted after it
/// (Docs/speed.md): what the reader sees meanwhile, and that nothing is wrong once they are.
@Suite("A large text counted after its first frame, through the runtime")
struct CountingLaterSessionTests {
    /// 30,000 numbered paragraphs: about 1.8 MB, over the size from which a text opens provisionally.
    static let text = LargeTextSessionTests.text(paragraphs: 30_000)

    /// Runs a reader on `path` (its state under the scratch folder's `$XDG_DATA_HOME`, as a
    /// person's), pressing `keys`; every frame is kept.
    static func run(_ scratch: SessionHarness, _ path: String, keys: String, threads: BackgroundThreads = .inline,
                    size: TerminalSize = TerminalSize(columns: 100, rows: 30)) throws -> (session: ReaderSession, terminal: RecordingTerminal) {
        let prepared = try PreparedReader.prepare(TextChoice(file: path, uiLanguage: "en"), storage: .stateFile(override: nil),
                                                  environment: ["XDG_DATA_HOME": scratch.folder.path], threads: threads)
        let terminal = try RecordingTerminal(size: size, keys: keys)
        let session = ReaderSession(prepared, terminal: terminal, noteIDPrefix: "note-test")
        #expect(session.run() == nil)
        return (session, terminal)
    }

    @Test("The first frame shows the first lines and says the paragraphs are being counted; G waits for the count and says ¶ 30000/30000")
    func firstFrameThenG() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let path = try scratch.write("large.txt", Self.text)
        let (session, terminal) = try Self.run(scratch, path, keys: "Gq")
        let first = try #require(terminal.frames.first)
        #expect(first.last?.contains("¶ 1/… (counting…)") == true, "\(first.last ?? "")")
        #expect(first.joined().contains("第1段"))
        let afterG = try #require(terminal.frames.last { $0.joined().contains("第30000段") })
        #expect(afterG.last?.contains("¶ 30000/30000") == true, "\(afterG.last ?? "")")
        #expect(session.state.document.isCounted && !session.state.document.isProvisional)
        // The state file records the whole text, not its first lines.
        let state = try #require(try StateStore.load(from: ReadingStateFile.url(
            override: nil, for: try LoadedText.open(path), environment: ["XDG_DATA_HOME": scratch.folder.path])))
        #expect(state.text.scalarCount == Self.text.unicodeScalars.count)
        #expect(state.position.offset > Self.text.unicodeScalars.count - 40)
    }

    @Test("G pressed at once, the count on a thread of its own: the key waits for it, then shows the end")
    func gWaitsForTheCountingThread() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let path = try scratch.write("large.txt", Self.text)
        let (_, terminal) = try Self.run(scratch, path, keys: "Gq", threads: .separate)
        #expect(terminal.frames.first?.last?.contains("(counting…)") == true)
        let afterG = try #require(terminal.frames.last { $0.joined().contains("第30000段") })
        #expect(afterG.last?.contains("¶ 30000/30000") == true, "\(afterG.last ?? "")")
    }

    @Test("Moving goes ahead of the count until the view nears the last line counted; G never does")
    func keysAheadOfTheCount() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let path = try scratch.write("large.txt", Self.text)
        let prepared = try PreparedReader.prepare(TextChoice(file: path, uiLanguage: "zh-Hant"), storage: .memory,
                                                  environment: ["XDG_DATA_HOME": scratch.folder.path], threads: .inline)
        // Not run: nothing starts the count, as before the first frame is out.
        let session = ReaderSession(prepared, terminal: MemoryTerminal(size: TerminalSize(columns: 80, rows: 24)))
        let counted = session.state.document.paragraphs.count
        #expect(!session.state.document.isCounted)
        #expect(counted > 100 && counted < 30_000)
        #expect(Screen.render(session.state).lines.last?.contains("第 1 段（段數計算中…）") == true)
        #expect(!session.state.goesAheadOfCount(.character("G")))
        #expect(!session.state.goesAheadOfCount(.character("/")), "a search waits for the whole text")
        var pages = 0
        while session.state.goesAheadOfCount(.character(" ")) {
            session.handle(.key(.character(" ")))
            pages += 1
            // Never the end of the lines counted so far, shown as if it were the end of the text.
            #expect(session.state.top.paragraph + 24 < counted)
        }
        #expect(pages > 5)
        #expect(session.state.top.paragraph + 2 * 24 + 2 >= counted)
        #expect(Screen.render(session.state).lines.last?.contains("段數計算中") == true)
    }

    @Test("Opened again at a position far beyond the first lines: the first frame is there, and so is a copy under another name")
    func reopenedFarIn() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let path = try scratch.write("large.txt", Self.text)
        _ = try Self.run(scratch, path, keys: "Gkkq")
        let (_, again) = try Self.run(scratch, path, keys: "q")
        #expect(again.frames.first?.joined().contains("第29998段") == true)
        // The same text under another name finds the same state file (its whole text compared).
        let copy = try scratch.write("copy.txt", Self.text)
        let (_, copied) = try Self.run(scratch, copy, keys: "q")
        #expect(copied.frames.first?.joined().contains("第29998段") == true)
    }
}
