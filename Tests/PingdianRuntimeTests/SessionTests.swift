import Foundation
import PingdianApp
import PingdianCore
import PingdianRuntime
import TerminalKit
import Testing

/// The whole runtime on a terminal in memory: keys in, effects performed, files written, the
/// screen out.
@Suite("A reader session on a terminal in memory")
struct SessionTests {
    @Test("The bundled essay opens with its layer; x jumps to the first contradiction; q quits")
    func essayOpensAndQuits() throws {
        let terminal = MemoryTerminal(size: TerminalSize(columns: 100, rows: 30), events: [.key(.character("x")), .key(.character("q"))])
        let prepared = try PreparedReader.prepare(TextChoice(uiLanguage: "en"), storage: .memory, environment: [:], threads: .inline)
        let session = ReaderSession(prepared, terminal: terminal)
        #expect(session.run() == nil)
        #expect(terminal.isShutDown)
        #expect(!terminal.ranOut)
        #expect(terminal.lines.last?.hasPrefix(" contradiction pair 1/20 · side 1/2") == true, "\(terminal.lines.last ?? "")")
    }
}
