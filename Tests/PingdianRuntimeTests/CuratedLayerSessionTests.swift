import Foundation
import PingdianRuntime
import TerminalKit
import Testing

/// The bundled essay's curated reading through the whole runtime, as a new reader uses it.
@Suite("The curated layer through the runtime")
struct CuratedLayerSessionTests {
    @Test("x walks every contradiction in reading order; % shows the other side with its note")
    func contradictions() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let reader = try scratch.open(size: TerminalSize(columns: 120, rows: 40))
        var offsets: [Int] = []
        for expected in 1...40 {
            try reader.press("x")
            #expect(reader.statusLine.contains("contradiction \(expected)/40"))
            #expect(reader.text.contains("■ Contradiction"))
            #expect(reader.text.contains("↔ Contradicts"))
            offsets.append(reader.state.cursor)
        }
        #expect(offsets == offsets.sorted(), "in reading order")
        try reader.press("x")
        #expect(reader.statusLine.contains("No more contradictions"))
        // % from the last side goes back to its pair, whose note explains the clash.
        try reader.press("%")
        #expect(reader.statusLine.contains("contradiction 39/40"))
        #expect(reader.text.contains("■ Contradiction"))
    }
}
