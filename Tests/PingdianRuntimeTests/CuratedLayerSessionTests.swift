import Foundation
import PingdianRuntime
import TerminalKit
import Testing

/// The bundled essay's curated reading through the whole runtime, as a new reader uses it.
@Suite("The curated layer through the runtime")
struct CuratedLayerSessionTests {
    @Test("x walks every side of the 20 contradiction pairs in reading order, saying pair and side; % shows the other side with its note")
    func contradictions() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let reader = try scratch.open(size: TerminalSize(columns: 120, rows: 40))
        var offsets: [Int] = []
        var sidesSeen: [String: Set<String>] = [:]
        for _ in 1...40 {
            try reader.press("x")
            let status = reader.statusLine
            let pair = status.range(of: #"pair \d+/20"#, options: .regularExpression).map { String(status[$0]) }
            let side = status.range(of: #"side \d+/2"#, options: .regularExpression).map { String(status[$0]) }
            #expect(pair != nil && side != nil, "\(status)")
            if let pair, let side { sidesSeen[pair, default: []].insert(side) }
            #expect(reader.text.contains("■ Contradiction"))
            #expect(reader.text.contains("↔ Contradicts"))
            offsets.append(reader.state.cursor)
        }
        #expect(offsets == offsets.sorted(), "in reading order")
        #expect(sidesSeen.count == 20)
        #expect(sidesSeen.values.allSatisfy { $0 == ["side 1/2", "side 2/2"] })
        try reader.press("x")
        #expect(reader.statusLine.contains("No more contradictions"))
        // % from the last side goes to the other side of its pair, whose note explains the clash.
        try reader.press("%")
        #expect(reader.statusLine.contains("side 1/2"))
        #expect(reader.text.contains("■ Contradiction"))
    }

    @Test("With contradictions hidden by the filter, x says they are hidden")
    func hiddenContradictions() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let reader = try scratch.open()
        try reader.press("fjjj<Space><Esc>x")
        #expect(reader.statusLine.contains("Contradictions are hidden by the filter"), "\(reader.statusLine)")
    }

    @Test("The bundled essay comes with its source layer: s walks the 86 checked passages, the pane shows the source's words and verdict")
    func sources() throws {
        let scratch = try SessionHarness()
        defer { scratch.remove() }
        let reader = try scratch.open(size: TerminalSize(columns: 100, rows: 30))
        try reader.press("s")
        #expect(reader.statusLine.contains("/86 · "), "\(reader.statusLine)")
        #expect(reader.text.contains("Source · "), "\(reader.screen)")
        try reader.press("gx%")
        #expect(reader.statusLine.contains("contradiction pair 1/20 · side 2/2"), "% still finds the other side: \(reader.statusLine)")
    }
}
