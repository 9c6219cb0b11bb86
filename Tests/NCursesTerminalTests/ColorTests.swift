@testable import NCursesTerminal
import TerminalKit
import Testing

@Suite("Colour capability and pairs")
struct ColorTests {
    @Test("Capability follows terminfo's colour count")
    func capability() {
        #expect(ColorCapability(colorCount: 0) == .monochrome)
        #expect(ColorCapability(colorCount: 8) == .basic8)
        #expect(ColorCapability(colorCount: 88) == .basic8)
        #expect(ColorCapability(colorCount: 256) == .palette256)
        #expect(ColorCapability(colorCount: 0x1000000) == .palette256)
    }

    @Test("NO_COLOR counts only when set to a non-empty value")
    func noColor() {
        #expect(ColorCapability.noColorRequested(in: ["NO_COLOR": "1"]))
        #expect(!ColorCapability.noColorRequested(in: ["NO_COLOR": ""]))
        #expect(!ColorCapability.noColorRequested(in: [:]))
    }

    @Test("Pairs are handed out once per colour combination, pair 0 is the default")
    func pairs() throws {
        var table = ColorPairTable(limit: 3)
        let red = ColorPairTable.Colors(foreground: 1, background: -1)
        let blue = ColorPairTable.Colors(foreground: 4, background: -1)
        #expect(table.pair(for: .init(foreground: -1, background: -1))! == (0, false))
        #expect(table.pair(for: red)! == (1, true))
        #expect(table.pair(for: red)! == (1, false))
        #expect(table.pair(for: blue)! == (2, true))
        #expect(table.pair(for: .init(foreground: 2, background: 0)) == nil)
        #expect(table.count == 2)
    }
}
